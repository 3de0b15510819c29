import RDFDiff
import RDFIO
import RDFModel

/// How `load` changes a graph that is already in the store.
package enum LoadMode: String, CaseIterable, Sendable {
    /// Graph Store PUT: the graph becomes the input (idempotent; large graphs: PUT, then POSTs).
    case replace
    /// Graph Store POST: the input is added to what is there.
    case add
    /// GET the graph, diff, and send only the changes as SPARQL Update DELETE DATA / INSERT DATA.
    case incremental
}

package struct LoadOptions: Sendable {
    package var mode: LoadMode
    package var batchSize: Int
    /// Say what would be sent; send nothing.
    package var dryRun: Bool

    package init(mode: LoadMode = .replace, batchSize: Int = 20_000, dryRun: Bool = false) {
        self.mode = mode
        self.batchSize = batchSize
        self.dryRun = dryRun
    }
}

/// Loads graphs into a store and keeps the record of what the store acknowledged, so that a
/// failure can say exactly what was and was not loaded.
package final class StoreLoader {
    private let client: StoreClient?
    private let endpoints: StoreEndpoints
    private let options: LoadOptions
    /// Receives `--dry-run` lines.
    private let log: (String) -> Void
    /// Receives the number of statements acknowledged so far, after each request.
    private let progress: (Int) -> Void
    package private(set) var ledger = LoadLedger()
    /// Graphs already replaced (PUT) in this run: later batches for them are added.
    private var replaced: Set<String?> = []

    /// `client` may be nil only with `dryRun`.
    package init(
        client: StoreClient?, endpoints: StoreEndpoints, options: LoadOptions, log: @escaping (String) -> Void,
        progress: @escaping (Int) -> Void
    ) {
        self.client = client
        self.endpoints = endpoints
        self.options = options
        self.log = log
        self.progress = progress
    }

    // MARK: - Inputs

    /// Loads an RDF file, its default graph into `graph` (nil: the store's default graph) and its
    /// named graphs into themselves. Streams in batches, except in incremental mode, which needs
    /// each graph whole to diff it.
    package func loadFile(_ path: String, format: RDFFormat, graph: String?) async throws(LoadFailure) {
        do {
            if options.mode == .incremental {
                var dataset = Dataset()
                let input = try FileInput(path: path)
                try Conversion.run(input, format: format, baseIRI: "file://" + path, lenient: false, into: &dataset) { _ in }
                try await loadIncrementally(Array(dataset), graph: graph)
                return
            }
            var batcher = GraphBatcher(defaultGraph: graph, batchSize: options.batchSize)
            var parser = RDFParser(format: format, baseIRI: "file://" + path)
            let input = try FileInput(path: path)
            var buffer = [UInt8](repeating: 0, count: 1 << 18)
            while true {
                let count = try buffer.withUnsafeMutableBytes { try input.read(into: $0) }
                if count == 0 { break }
                try buffer.withUnsafeBytes { try parser.append(UnsafeRawBufferPointer(rebasing: $0[0..<count]), into: &batcher) }
                for batch in batcher.takeReady() { try await send(batch) }
            }
            try parser.finish(into: &batcher)
            for batch in try batcher.finish() { try await send(batch) }
            markComplete(batcher.graphs)
        } catch let failure as LoadFailure {
            throw failure
        } catch let error as LoadError {
            throw LoadFailure(error: error, ledger: ledger)
        } catch {
            throw LoadFailure(error: LoadError(.other, "\(path): \(error)"), ledger: ledger)
        }
    }

    /// Loads triples held in memory (an article's graph) into `graph`.
    package func loadTriples(_ triples: [Triple], graph: String) async throws(LoadFailure) {
        let quads = triples.map { Quad($0) }
        do {
            if options.mode == .incremental {
                try await loadIncrementally(quads, graph: graph)
                return
            }
            var batcher = GraphBatcher(defaultGraph: graph, batchSize: options.batchSize)
            for quad in quads {
                try quad.withRef { try batcher.consume($0) }
                for batch in batcher.takeReady() { try await send(batch) }
            }
            for batch in try batcher.finish() { try await send(batch) }
            markComplete([graph])
        } catch let error as LoadError {
            throw LoadFailure(error: error, ledger: ledger)
        } catch {
            throw LoadFailure(error: LoadError(.other, "\(error)"), ledger: ledger)
        }
    }

    // MARK: - Requests

    private func send(_ batch: GraphBatcher.Batch) async throws(LoadError) {
        let first = !replaced.contains(batch.graph)
        let method: StoreRequest.Method = options.mode == .replace && first ? .put : .post
        let url = endpoints.graphURL(batch.graph, bulk: method == .post)
        let number = (ledger.state(of: batch.graph)?.requests ?? 0) + 1
        let request = StoreRequest(
            method, url, contentType: "application/n-triples", body: batch.body,
            isIdempotent: method == .put || !batch.hasBlankNodes,
            purpose: "\(method.rawValue) of \(Self.label(batch.graph)) (request \(number), \(batch.statements) statements)")
        try await perform(request, graph: batch.graph, statements: batch.statements)
        replaced.insert(batch.graph)
    }

    private func perform(_ request: StoreRequest, graph: String?, statements: Int) async throws(LoadError) {
        // A bulk POST is not a transaction: if it fails, the store may hold part of it.
        let isBulk = request.method == .post && request.url != endpoints.update && endpoints.bulkParameter != nil
        ledger.inFlight = graph
        ledger.inFlightIsNonAtomic = isBulk
        if options.dryRun {
            log("\(request.method.rawValue) \(StoreEndpoints.redacted(request.url)) — \(statements) statements, \(request.body.byteCount) bytes")
        } else if let client {
            _ = try await client.send(request)
        }
        ledger.inFlightIsNonAtomic = false
        ledger.record(graph: graph, statements: statements)
        progress(ledger.statementsSent)
    }

    // MARK: - Incremental

    /// Per graph: fetch it, diff with the new content, send only the changes.
    private func loadIncrementally(_ quads: [Quad], graph: String?) async throws(LoadError) {
        var byGraph: [String?: [Quad]] = [:]
        var order: [String?] = []
        for quad in quads {
            let target: String?
            switch quad.graph {
            case nil: target = graph
            case .iri(let iri)?: target = iri.string
            default: throw LoadError(.other, "a statement in a blank-node graph cannot be loaded: the Graph Store Protocol names graphs by IRI")
            }
            if byGraph[target] == nil { order.append(target) }
            byGraph[target, default: []].append(Quad(quad.subject, quad.predicate, quad.object))
        }
        for target in order {
            try await updateGraph(target, to: byGraph[target] ?? [])
        }
        markComplete(order)
    }

    private func updateGraph(_ graph: String?, to new: [Quad]) async throws(LoadError) {
        let old = try await fetch(graph)
        let diff: GraphDiff
        do { diff = try GraphDiff(old, new) } catch { throw LoadError(.other, "\(Self.label(graph)): \(error.message)") }
        ledger.noteGraph(graph)
        if diff.isEmpty { return }
        let graphTerm: Term? = graph.map { .iri(IRI(unchecked: $0)) }
        var named = diff
        named.removed = diff.removed.map { Quad($0.subject, $0.predicate, $0.object, graph: graphTerm) }
        named.added = diff.added.map { Quad($0.subject, $0.predicate, $0.object, graph: graphTerm) }
        guard let text = try? SPARQLUpdate.text(named) else {
            // Blank nodes cannot be deleted by DELETE DATA: replace the graph instead.
            var batcher = GraphBatcher(defaultGraph: graph, batchSize: Int.max)
            do {
                for quad in new { try quad.withRef { try batcher.consume($0) } }
                for batch in try batcher.finish() {
                    let request = StoreRequest(
                        .put, endpoints.graphURL(batch.graph), contentType: "application/n-triples", body: batch.body,
                        isIdempotent: true, purpose: "PUT of \(Self.label(graph)) (its removed statements have blank nodes)")
                    try await perform(request, graph: graph, statements: batch.statements)
                    replaced.insert(graph)
                }
            } catch let error as LoadError {
                throw error
            } catch {
                throw LoadError(.other, "\(error)")
            }
            return
        }
        let hasBlankNodes = diff.added.contains { quad in
            if case .blankNode = quad.subject { return true }
            if case .blankNode = quad.object { return true }
            return false
        }
        let request = StoreRequest(
            .post, endpoints.update, contentType: "application/sparql-update", body: .bytes(Array(text.utf8)),
            isIdempotent: !hasBlankNodes,
            purpose: "SPARQL Update of \(Self.label(graph)) (\(diff.removed.count) removed, \(diff.added.count) added)")
        try await perform(request, graph: graph, statements: diff.removed.count + diff.added.count)
    }

    /// The graph as the store has it (empty when the store does not know it).
    private func fetch(_ graph: String?) async throws(LoadError) -> [Quad] {
        guard let client else { return [] }
        let request = StoreRequest(
            .get, endpoints.graphURL(graph), accept: "application/n-triples", isIdempotent: true,
            purpose: "GET of \(Self.label(graph))")
        let response: StoreResponse
        do {
            response = try await client.send(request, bodyLimit: Int.max)
        } catch where error.kind == .status(404) {
            return []
        }
        do {
            var dataset = Dataset()
            var parser = RDFParser(format: .nTriples)
            try response.body.withUnsafeBytes { try parser.append($0, into: &dataset) }
            try parser.finish(into: &dataset)
            return Array(dataset)
        } catch {
            throw LoadError(.other, "\(request.purpose): the store's N-Triples could not be read: \(error)")
        }
    }

    // MARK: - Record

    private func markComplete(_ graphs: [String?]) {
        for graph in graphs { ledger.complete(graph) }
    }

    static func label(_ graph: String?) -> String { graph.map { "graph <\($0)>" } ?? "the default graph" }
}
