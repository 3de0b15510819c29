import ArgumentParser
import GraphDOT
import Glibc
import KnowledgeGraph
import RDFIO
import RDFModel

/// `newsgraph build`: articles in, knowledge graphs out.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build knowledge graphs from news articles (plain text or HTML).",
        discussion: """
            Each article (a .txt file, or HTML for .html and .htm; folders are walked) is cleaned, \
            analysed and turned into a graph written as DIR/<name>.<ext> for each format: ttl \
            (Turtle), nt (N-Triples), rdf (RDF/XML), trig (TriG, one named graph per article), nq \
            (N-Quads, likewise), dot (GraphViz) and svg, png or pdf (the graph drawn, as `render` \
            does with its defaults). Entities get the same IRI in every article: \
            <base>entity/<name>. The default base is \(IRIMinter.defaultBase). Output is \
            byte-identical on re-runs. An article that cannot be read is reported and the others \
            are still built; the exit status is then 1.

            Examples:
              newsgraph build article.txt
              newsgraph build news/ -o graphs --formats ttl,trig
              newsgraph build page.html --base https://example.org/kg/
            """
    )

    static let allFormats = ["ttl", "nt", "rdf", "trig", "nq", "dot", "svg", "png", "pdf"]

    @Argument(help: "Article files or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The output folder.")
    var output = "Output"

    @Option(help: "Comma-separated formats: ttl, nt, rdf, trig, nq, dot, svg, png, pdf.")
    var formats = "ttl,nt,rdf,trig,dot,svg"

    @Option(help: "The base IRI under which entities, concepts and articles are named.")
    var base = IRIMinter.defaultBase

    @Option(help: "A directory with the models (default: the shipped models).")
    var models: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    var formatList: [String] { formats.split(separator: ",").map { $0.trimmingSpaces() } }

    func validate() throws {
        for format in formatList where !Self.allFormats.contains(format) {
            throw ValidationError("unknown format '\(format)'; expected some of \(Self.allFormats.joined(separator: ", "))")
        }
        if formatList.isEmpty { throw ValidationError("--formats names no format") }
        _ = try ArticleBuilding.minter(base: base)
    }

    func run() throws {
        let minter = try ArticleBuilding.minter(base: base)
        let (paths, missing) = ArticlePaths.expand(inputs)
        for path in missing { Diagnostics.printRaw("\(path): error: no such file or folder") }
        if paths.isEmpty && missing.isEmpty { Diagnostics.error("no article files in \(inputs.joined(separator: " "))") }
        try makeDirectory(output)
        let clock = ContinuousClock()
        let start = clock.now
        let building = try ArticleBuilding(models: models, minter: minter)
        var failures = missing.count
        var totals = ArticleGraph.Counts()
        for path in paths {
            do {
                let graph = try building.graph(path)
                try write(graph, name: ArticlePaths.stem(path), minter: minter)
                totals.sentences += graph.counts.sentences
                totals.entities += graph.counts.entities
                totals.statements += graph.counts.statements
            } catch {
                failures += 1
            }
        }
        if !quiet {
            let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
            Diagnostics.printRaw(
                "built \(paths.count - (failures - missing.count)) of \(paths.count) articles: \(totals.sentences) sentences, "
                    + "\(totals.entities) entities, \(totals.statements) statements in \((seconds * 100).rounded() / 100) s"
                    + (failures > 0 ? "; \(failures) failed" : ""))
        }
        if failures > 0 { throw ExitCode.failure }
    }

    func write(_ graph: ArticleGraph, name: String, minter: IRIMinter) throws {
        let prefixes = PrefixMap.articleGraph(minter)
        for format in formatList {
            let path = output + "/" + name + "." + format
            let bytes: [UInt8]
            switch format {
            case "dot", "svg", "png", "pdf":
                bytes = try Render.image(graph.triples, format: format, options: DOTOptions(maxEdges: Render.defaultMaxEdges, engine: "auto"))
            default:
                guard let rdfFormat = RDFFormat(fileExtension: format) else { continue }
                do {
                    // The graph's triples are sorted and distinct already: they go to the writer as they are.
                    let memory = MemoryOutput()
                    var writer = RDFWriter(
                        format: rdfFormat, output: memory, prefixes: prefixes, pretty: rdfFormat != .nTriples && rdfFormat != .nQuads)
                    for quad in graph.quads(named: rdfFormat.supportsDatasets) { try writer.consume(quad) }
                    try writer.finish()
                    bytes = memory.bytes
                } catch {
                    Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path))
                    throw ExitCode.failure
                }
            }
            try FileIO.write(bytes, to: path)
        }
    }

    func makeDirectory(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                Diagnostics.printRaw("\(path): error: not a folder")
                throw ExitCode.failure
            }
            return
        }
        var partial = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            partial += component + "/"
            if mkdir(partial, 0o777) != 0 && errno != EEXIST {
                Diagnostics.printRaw("\(path): error: cannot create the folder (\(String(cString: strerror(errno))))")
                throw ExitCode.failure
            }
        }
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
