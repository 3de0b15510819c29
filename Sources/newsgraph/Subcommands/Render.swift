import ArgumentParser
import GraphDOT
import GraphRendering
import KnowledgeGraph
import RDFIO
import RDFModel

/// `newsgraph render`: a graph image from any RDF file or from an article.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a graph as SVG, PNG, PDF or DOT, from an RDF file or an article.",
        discussion: """
            INPUT is an RDF file (N-Triples, N-Quads, Turtle, TriG, RDF/XML, by extension or --from) \
            or an article (.txt, .html, .htm), which is built first. Entities are nodes shaped and \
            coloured by type, with a legend; relations are labelled edges; statements the graph \
            records but does not assert are dashed. The layout is chosen by size with --layout auto \
            (dot up to \(DOTWriter.autoDotLimit) edges, sfdp above); above --max-edges only the most \
            connected entities are drawn and the image says what was left out. Rendering runs in \
            process through graphviz; the same graph gives the same bytes.

            Examples:
              newsgraph render article.txt -o article.svg
              newsgraph render corpus.ttl -o corpus.png --max-edges 300
              newsgraph render corpus.nq -o esper.svg --focus "Mark Esper" --depth 2
            """
    )

    static let defaultMaxEdges = 250

    @Argument(help: "An RDF file or an article, or - for RDF on standard input (with --from).")
    var input: String

    @Option(name: .shortAndLong, help: "The image: .svg, .png, .pdf or .dot (default: INPUT's name with .svg).")
    var output: String?

    @Option(help: "The layout engine: auto, dot, neato, fdp or sfdp.")
    var layout = "auto"

    @Option(help: "Draw at most this many edges, keeping the most connected entities (0: no limit).")
    var maxEdges = Render.defaultMaxEdges

    @Option(help: "Draw only this entity (IRI or label) and its neighbours.")
    var focus: String?

    @Option(help: "With --focus, how many edges away neighbours may be.")
    var depth = 1

    @Flag(help: "Draw statement, sentence and article nodes and their provenance too.")
    var showProvenance = false

    @Option(help: "The input's RDF format when its extension does not say: nt, nq, ttl, trig or rdfxml.", transform: Convert.format)
    var from: RDFFormat?

    @Option(help: "For an article: the base IRI of what is minted.")
    var base = IRIMinter.defaultBase

    @Option(help: "For an article: a directory with the models (default: the shipped models).")
    var models: String?

    var outputPath: String { output ?? ArticlePaths.stem(input) + ".svg" }

    var outputFormat: String? {
        let name = outputPath.split(separator: "/").last.map(String.init) ?? outputPath
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return ["svg", "png", "pdf", "dot", "gv"].contains(ext) ? (ext == "gv" ? "dot" : ext) : nil
    }

    var isArticle: Bool {
        from == nil && ArticlePaths.isArticle(input)
    }

    func validate() throws {
        guard outputFormat != nil else { throw ValidationError("cannot tell the image format of '\(outputPath)'; use .svg, .png, .pdf or .dot") }
        guard layout == "auto" || GraphvizRenderer.engines.contains(layout) else {
            throw ValidationError("unknown layout '\(layout)'; expected auto or one of \(GraphvizRenderer.engines.joined(separator: ", "))")
        }
        if maxEdges < 0 { throw ValidationError("--max-edges must be 0 or more") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if !isArticle, from == nil, RDFFormat(path: input) == nil {
            throw ValidationError("cannot tell the format of '\(input)'; pass --from, or give an article (.txt, .html)")
        }
    }

    func run() throws {
        let triples: [Triple]
        if isArticle {
            triples = try ArticleBuilding(models: models, minter: ArticleBuilding.minter(base: base)).graph(input).triples
        } else {
            triples = try readRDF()
        }
        let options = DOTOptions(
            showProvenance: showProvenance, maxEdges: maxEdges == 0 ? nil : maxEdges, focus: focus, depth: depth, engine: layout)
        try FileIO.write(try Self.image(triples, format: outputFormat ?? "svg", options: options), to: outputPath)
    }

    func readRDF() throws -> [Triple] {
        guard let format = from ?? RDFFormat(path: input) else { throw ExitCode(2) }
        return Array(Set(try FileIO.readDataset(input, format: format).map(\.triple)))
    }

    /// The graph drawn as `format` (`dot`, `svg`, `png`, `pdf`); errors are reported and exit with status 1.
    static func image(_ triples: [Triple], format: String, options: DOTOptions) throws -> [UInt8] {
        do {
            let drawing = try DOTWriter.drawing(triples, options: options)
            guard let image = ImageFormat(rawValue: format) else { return Array(drawing.text.utf8) }
            return try GraphvizRenderer.render(dot: drawing.text, engine: drawing.engine, format: image)
        } catch let error as DOTError {
            Diagnostics.error(error.message)
            throw ExitCode.failure
        } catch let error as RenderError {
            Diagnostics.error(error.message)
            throw ExitCode.failure
        }
    }
}
