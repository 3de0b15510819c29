import GraphDOT
import RDFDiff
import RDFModel

/// A diff drawn: the union of both graphs, edges only in B green, only in A red, in both grey.
enum DiffImage {
    static let added = "#2b8a3e"
    static let removed = "#c92a2a"

    static func bytes(_ diff: GraphDiff, format: String) throws -> [UInt8] {
        var colours: [Triple: String] = [:]
        for quad in diff.added { colours[quad.triple] = added }
        for quad in diff.removed { colours[quad.triple] = removed }
        let union = Array(Set(diff.a.map(\.triple) + diff.b.map(\.triple)))
        var options = DOTOptions(
            caption: "green: only in B (added) · red: only in A (removed) · grey: in both", maxEdges: Render.defaultMaxEdges,
            engine: "auto")
        options.edgeColours = colours
        return try Render.image(union, format: format, options: options)
    }
}
