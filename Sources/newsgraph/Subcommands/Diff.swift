import ArgumentParser
import GraphDOT
import GraphRendering
import KnowledgeGraph
import RDFCanon
import RDFDiff
import RDFIO
import RDFModel

/// `newsgraph diff A B`: what changed between two graphs, or two articles.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two RDF graphs or two articles; exit 0 when equal, 1 when different, 2 on error.",
        discussion: """
            A and B are RDF files in any syntax or articles (.txt, .html), which are built first. \
            Blank nodes are matched by canonicalizing both sides (RDFC-1.0), so graphs that differ \
            only in blank node labels are equal. Formats: text (a summary, then per entity the \
            claims and triples only in A (-) or only in B (+), with the sentences that state them \
            when the graphs carry provenance), patch (RDF Patch, as Apache Jena's RDF Delta; \
            `newsgraph patch A PATCH` applies it), sparql (SPARQL 1.1 Update), dot, svg or png \
            (the union graph: added edges green, removed red, unchanged grey).

            Examples:
              newsgraph diff old.ttl new.ttl
              newsgraph diff article.txt article-corrected.txt --format patch -o changes.rdfp
              newsgraph diff a.nq b.nq --format sparql | curl --data-binary @- …
            """
    )

    @Argument(help: "The first graph or article.")
    var a: String

    @Argument(help: "The second graph or article.")
    var b: String

    @Option(help: "text, patch, sparql, dot, svg or png.")
    var format = "text"

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var output: String?

    @Option(help: "For articles: the base IRI of what is minted.")
    var base = IRIMinter.defaultBase

    @Option(help: "For articles: a directory with the models (default: the shipped models).")
    var models: String?

    static let formats = ["text", "patch", "sparql", "dot", "svg", "png"]

    func validate() throws {
        guard Self.formats.contains(format) else {
            throw ValidationError("unknown format '\(format)'; expected one of \(Self.formats.joined(separator: ", "))")
        }
    }

    func run() throws {
        let different: Bool
        do {
            different = try compare()
        } catch let code as ExitCode where code == .failure {
            throw ExitCode(2)  // a read or write error: 1 means "different" here
        }
        if different { throw ExitCode(1) }
    }

    /// Writes the diff; whether A and B differ.
    func compare() throws -> Bool {
        var building: ArticleBuilding?
        func quads(_ path: String) throws -> [Quad] {
            guard ArticlePaths.isArticle(path) else {
                guard let format = RDFFormat(path: path) else {
                    Diagnostics.printRaw("\(path): error: cannot tell the format from the extension")
                    throw ExitCode(2)
                }
                return Array(try FileIO.readDataset(path, format: format))
            }
            if building == nil { building = try ArticleBuilding(models: models, minter: ArticleBuilding.minter(base: base)) }
            return try building.map { try $0.graph(path).quads(named: false) } ?? []
        }
        let left = try quads(a)
        let right = try quads(b)
        let diff: GraphDiff
        do {
            diff = try GraphDiff(left, right)
        } catch {
            Diagnostics.error(error.message)
            throw ExitCode(2)
        }
        let bytes: [UInt8]
        switch format {
        case "patch": bytes = Array(RDFPatch.text(diff).utf8)
        case "sparql":
            do {
                bytes = Array(try SPARQLUpdate.text(diff).utf8)
            } catch {
                Diagnostics.error(error.message)
                throw ExitCode(2)
            }
        case "dot", "svg", "png":
            bytes = try DiffImage.bytes(diff, format: format)
        default: bytes = Array(DiffSummary.text(diff).utf8)
        }
        try FileIO.write(bytes, to: output)
        return !diff.isEmpty
    }
}

/// `newsgraph patch A PATCH`: applies an RDF Patch.
struct Patch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply an RDF Patch (as `diff --format patch` writes) to a graph.",
        discussion: """
            A is put in RDFC-1.0 canonical form first, so the patch's blank node labels (those \
            `diff` wrote) name the same nodes. The result is written in the output's format \
            (by extension; N-Quads on standard output).

            Examples:
              newsgraph diff a.ttl b.ttl --format patch -o ab.rdfp; newsgraph patch a.ttl ab.rdfp -o b2.ttl
            """
    )

    @Argument(help: "The graph to patch.")
    var graph: String

    @Argument(help: "The RDF Patch file.")
    var patch: String

    @Option(name: .shortAndLong, help: "The output file (default: standard output, N-Quads).")
    var output: String?

    func run() throws {
        guard let format = RDFFormat(path: graph) else {
            throw ValidationError("cannot tell the format of '\(graph)' from its extension")
        }
        let quads = Array(try FileIO.readDataset(graph, format: format))
        let text = try FileIO.readText(patch)
        let result: [Quad]
        do {
            let canonical = try Canonicalizer().canonicalize(quads).quads
            result = try RDFPatch.apply(text, to: canonical)
        } catch let error as PatchError {
            Diagnostics.printRaw("\(patch):\(error.description)")
            throw ExitCode.failure
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode.failure
        }
        let outputFormat = output.flatMap { RDFFormat(path: $0) } ?? .nQuads
        do {
            let bytes = try RDFWriter.serialize(Dataset(result), format: outputFormat, pretty: outputFormat != .nQuads && outputFormat != .nTriples)
            try FileIO.write(bytes, to: output)
        } catch let code as ExitCode {
            throw code
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: output ?? "-"))
            throw ExitCode.failure
        }
    }
}
