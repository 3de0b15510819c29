import RDFCanon
import RDFIO
import RDFModel

/// Why a patch could not be read or applied.
package struct PatchError: Error, Equatable, CustomStringConvertible, Sendable {
    package var line: Int
    package var message: String
    package var description: String { "\(line):1: error: \(message)" }
}

/// RDF Patch, as Apache Jena's RDF Delta defines it: a transaction of `D` (delete) and `A` (add)
/// rows, each a quad in N-Quads term syntax.
package enum RDFPatch {
    /// The patch that turns `diff.a` into `diff.b`: deletions first, then additions.
    package static func text(_ diff: GraphDiff) -> String {
        var out = "TX .\n"
        for quad in diff.removed { out += "D " + Canonicalizer.nQuadsLine(quad) }
        for quad in diff.added { out += "A " + Canonicalizer.nQuadsLine(quad) }
        return out + "TC .\n"
    }

    /// `quads` with `patch` applied. Header (`H`), prefix (`PA`, `PD`) and transaction (`TX`,
    /// `TC`, `TA`) rows are accepted; `TA` (abort) leaves the quads unchanged.
    package static func apply(_ patch: String, to quads: [Quad]) throws(PatchError) -> [Quad] {
        var result = Set(quads)
        var pending: [(add: Bool, quad: Quad)] = []
        for (offset, raw) in patch.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            let number = offset + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let code = line.prefix { $0 != " " && $0 != "\t" }
            let rest = String(line.dropFirst(code.count))
            switch code {
            case "A", "D":
                let quad: Quad
                do {
                    let parsed = Array(try RDFParser.parse(rest, format: .nQuads))
                    guard parsed.count == 1, let only = parsed.first else {
                        throw PatchError(line: number, message: "a row holds exactly one quad")
                    }
                    quad = only
                } catch let error as PatchError {
                    throw error
                } catch {
                    throw PatchError(line: number, message: "bad quad: \(error)")
                }
                pending.append((code == "A", quad))
            case "TX", "H", "PA", "PD":
                continue
            case "TC":
                for change in pending { if change.add { result.insert(change.quad) } else { result.remove(change.quad) } }
                pending = []
            case "TA":
                pending = []
            default:
                throw PatchError(line: number, message: "unknown row '\(code)'; expected H, TX, TC, TA, PA, PD, A or D")
            }
        }
        // Rows outside a transaction apply as they stand.
        for change in pending { if change.add { result.insert(change.quad) } else { result.remove(change.quad) } }
        return result.sorted()
    }
}
