import ArgumentParser
import GraphDOT
import Glibc
import KnowledgeGraph
import RDFIO
import RDFModel

/// `newsgraph build`: articles in, knowledge graphs out.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build knowledge graphs from news articles (plain text or HTML).",
        discussion: """
            Each article (a .txt file, or HTML for .html and .htm; folders are walked) is cleaned, \
            analysed and turned into a graph written as DIR/<name>.<ext> for each format: ttl \
            (Turtle), nt (N-Triples), rdf (RDF/XML), trig (TriG, one named graph per article), nq \
            (N-Quads, likewise), dot (GraphViz) and svg, png or pdf (the graph drawn, as `render` \
            does with its defaults). Entities get the same IRI in every article: \
            <base>entity/<name>. The default base is \(IRIMinter.defaultBase). Output is \
            byte-identical on re-runs. Articles are built --jobs at a time (default: one per \
            core), with a progress bar on a terminal; an article whose content, the formats, the \
            base and the executable have not changed since the last build into the same folder \
            is skipped (DIR/.newsgraph-cache.tsv). An article that cannot be read is reported \
            and the others are still built; the exit status is then 1.

            Examples:
              newsgraph build article.txt
              newsgraph build news/ -o graphs --formats ttl,trig --jobs 4
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

    @Option(help: "Articles built at once (default: the number of cores).")
    var jobs: Int?

    var formatList: [String] { formats.split(separator: ",").map { $0.trimmingSpaces() } }

    func validate() throws {
        for format in formatList where !Self.allFormats.contains(format) {
            throw ValidationError("unknown format '\(format)'; expected some of \(Self.allFormats.joined(separator: ", "))")
        }
        if formatList.isEmpty { throw ValidationError("--formats names no format") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        _ = try ArticleBuilding.minter(base: base)
    }

    /// What became of one article.
    struct Outcome: Sendable {
        var key: String?
        var entry: BuildCache.Entry?
        var cached = false
    }

    func run() async throws {
        let minter = try ArticleBuilding.minter(base: base)
        let (paths, missing) = ArticlePaths.expand(inputs)
        for path in missing { Diagnostics.printRaw("\(path): error: no such file or folder") }
        if paths.isEmpty && missing.isEmpty { Diagnostics.error("no article files in \(inputs.joined(separator: " "))") }
        try makeDirectory(output)
        let clock = ContinuousClock()
        let start = clock.now
        let previous = BuildCache(folder: output, fingerprint: BuildCache.fingerprint(models: models, formats: formatList, base: base))
        var cache = BuildCache(folder: "/nonexistent", fingerprint: previous.fingerprint)
        // Articles whose content and outputs are unchanged are not built again; the models are
        // loaded only if some article needs them.
        var work: [(path: String, key: String?)] = []
        var outcomes: [Outcome] = []
        for path in paths {
            let key = (try? FileIO.readQuietly(path)).map { BuildCache.key($0, name: ArticlePaths.stem(path)) }
            if let key, let entry = previous[key], entry.name == ArticlePaths.stem(path), outputsExist(entry.name) {
                outcomes.append(Outcome(key: key, entry: entry, cached: true))
            } else {
                work.append((path, key))
            }
        }
        let building = work.isEmpty ? nil : try ArticleBuilding(models: models, minter: minter)
        let progress = ProgressLine(enabled: !quiet && isatty(2) != 0)
        progress.update { ProgressLine.bar(done: outcomes.count, total: paths.count, failed: 0) }
        var failures = missing.count
        if let building {
            let jobs = self.jobs ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            try await withThrowingTaskGroup(of: Outcome.self) { group in
                var next = work.makeIterator()
                func start(_ item: (path: String, key: String?)) {
                    group.addTask { self.build(item.path, key: item.key, building: building, minter: minter) }
                }
                for _ in 0..<jobs { if let item = next.next() { start(item) } }
                while let outcome = try await group.next() {
                    outcomes.append(outcome)
                    if outcome.entry == nil { failures += 1 }
                    let failed = failures - missing.count
                    progress.update(final: outcomes.count == paths.count) {
                        ProgressLine.bar(done: outcomes.count, total: paths.count, failed: failed)
                    }
                    if let item = next.next() { start(item) }
                }
            }
        }
        progress.finish()
        var totals = ArticleGraph.Counts()
        var triples = 0
        for outcome in outcomes {
            guard let key = outcome.key, let entry = outcome.entry else { continue }
            cache[key] = entry
            totals.sentences += entry.counts.sentences
            totals.entities += entry.counts.entities
            totals.statements += entry.counts.statements
            triples += entry.triples
        }
        // The corpus files are rewritten unless nothing was built and they list the same articles.
        let corpusIsCurrent = work.isEmpty && cache.entries == previous.entries
            && ["nq", "trig", "ttl"].allSatisfy { FileIO.regularFileSize(output + "/" + Self.corpusName + "." + $0) != nil }
        if !corpusIsCurrent { try writeCorpus(outcomes.compactMap(\.entry), minter: minter) }
        try FileIO.write(Array(cache.text.utf8), to: output + "/" + BuildCache.fileName)
        if !quiet {
            let seconds = Annotate.seconds(clock.now - start)
            let skipped = outcomes.filter(\.cached).count
            Diagnostics.printRaw(
                "built \(paths.count - (failures - missing.count)) of \(paths.count) articles: \(totals.sentences) sentences, "
                    + "\(totals.entities) entities, \(totals.statements) statements, \(triples) triples in \((seconds * 100).rounded() / 100) s"
                    + (skipped > 0 ? " (\(skipped) unchanged, not rebuilt)" : "")
                    + (failures > 0 ? "; \(failures) failed" : ""))
        }
        if failures > 0 { throw ExitCode.failure }
    }

    /// The corpus files: `corpus.nq` and `corpus.trig` (one named graph per article, named by its
    /// IRI) and `corpus.ttl` (all articles in one graph: entities meet on their IRIs), from the
    /// articles' own RDF outputs, in name order. Nothing when no RDF format was asked for.
    func writeCorpus(_ entries: [BuildCache.Entry], minter: IRIMinter) throws {
        guard let source = ["nt", "ttl", "trig", "nq", "rdf"].first(where: formatList.contains),
            let sourceFormat = RDFFormat(fileExtension: source)
        else { return }
        let prefixes = PrefixMap.articleGraph(minter)
        let path = output + "/" + Self.corpusName
        do {
            let quads = try FileOutput(atomicallyReplacing: path + ".nq")
            let trig = try FileOutput(atomicallyReplacing: path + ".trig")
            let turtle = try FileOutput(atomicallyReplacing: path + ".ttl")
            // Each article's file is sorted already: its statements stream to the three files as they
            // are read, so the corpus costs a parse and a write per statement. In corpus.ttl a
            // statement two articles share (an entity's type or name) appears once per article: the
            // same triple, which any reader takes as one.
            var sink = CorpusSink(
                quads: RDFWriter(format: .nQuads, output: quads), trig: RDFWriter(format: .trig, output: trig, prefixes: prefixes),
                turtle: RDFWriter(format: .turtle, output: turtle, prefixes: prefixes))
            for entry in entries.sorted(by: { $0.name < $1.name }) {
                let file = output + "/" + entry.name + "." + source
                sink.graph = Array(entry.article.utf8)
                var parser = RDFParser(format: sourceFormat, baseIRI: "file://" + file)
                let bytes = try FileIO.readQuietly(file)
                try bytes.withUnsafeBytes { try parser.append($0, into: &sink) }
                try parser.finish(into: &sink)
            }
            try sink.quads.finish()
            try sink.trig.finish()
            try sink.turtle.finish()
            try quads.commit()
            try trig.commit()
            try turtle.commit()
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path))
            throw ExitCode.failure
        }
    }

    /// Statements of one article on their way to the corpus files.
    struct CorpusSink: RDFSink {
        var quads: RDFWriter
        var trig: RDFWriter
        var turtle: RDFWriter
        /// The article's IRI: the graph its statements go to in the dataset files.
        var graph: [UInt8] = []

        mutating func consume(_ quad: QuadRef) throws {
            var named = quad
            try graph.withUnsafeBytes { iri in
                named.graph = TermRef(kind: .iri, value: iri)
                try quads.consume(named)
                try trig.consume(named)
            }
            var plain = quad
            plain.graph = .defaultGraph
            try turtle.consume(plain)
        }
    }

    /// The stem of the corpus files.
    static let corpusName = "corpus"

    /// Builds and writes one article; a failure has been reported when the outcome has no entry.
    func build(_ path: String, key: String?, building: ArticleBuilding, minter: IRIMinter) -> Outcome {
        do {
            let graph = try building.graph(path)
            let name = ArticlePaths.stem(path)
            try write(graph, name: name, minter: minter)
            return Outcome(
                key: key, entry: BuildCache.Entry(name: name, article: graph.article.string, counts: graph.counts, triples: graph.triples.count))
        } catch {
            return Outcome(key: key)
        }
    }

    /// Whether every output file of `name` is there.
    func outputsExist(_ name: String) -> Bool {
        formatList.allSatisfy { FileIO.regularFileSize(output + "/" + name + "." + $0) != nil }
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
