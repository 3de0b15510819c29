import RDFModel
import Testing

@testable import TripleStore

@Suite("Store endpoints")
struct StoreEndpointsTests {
    /// The documented service layouts of each store.
    @Test(arguments: [
        (StoreKind.oxigraph, "http://h:7878", "http://h:7878/store", "http://h:7878/update"),
        (.fuseki, "http://h:3030/news/", "http://h:3030/news/data", "http://h:3030/news/update"),
        (.graphdb, "http://h:7200/repositories/news", "http://h:7200/repositories/news/rdf-graphs/service", "http://h:7200/repositories/news/statements"),
        (.virtuoso, "http://h:8890", "http://h:8890/sparql-graph-crud", "http://h:8890/sparql"),
        (.generic, "http://h/gsp", "http://h/gsp", "http://h/gsp"),
    ])
    func presets(_ kind: StoreKind, _ endpoint: String, _ graphStore: String, _ update: String) {
        let endpoints = StoreEndpoints.preset(kind, endpoint: endpoint, authenticated: false)
        #expect(endpoints.graphStore == graphStore)
        #expect(endpoints.update == update)
    }

    @Test func virtuosoWithCredentialsUsesItsAuthenticatedService() {
        #expect(StoreEndpoints.preset(.virtuoso, endpoint: "http://h:8890", authenticated: true).graphStore == "http://h:8890/sparql-graph-crud-auth")
    }

    @Test func graphURLsAreEncoded() {
        let endpoints = StoreEndpoints.preset(.oxigraph, endpoint: "http://h:7878", authenticated: false)
        #expect(endpoints.graphURL("https://e.org/a b?x=1&y=é") == "http://h:7878/store?graph=https%3A%2F%2Fe.org%2Fa%20b%3Fx%3D1%26y%3D%C3%A9")
        #expect(endpoints.graphURL(nil) == "http://h:7878/store?default")
        #expect(endpoints.graphURL("http://g", bulk: true) == "http://h:7878/store?graph=http%3A%2F%2Fg&no_transaction")
        #expect(StoreEndpoints.preset(.fuseki, endpoint: "http://h/ds", authenticated: false).graphURL("http://g", bulk: true) == "http://h/ds/data?graph=http%3A%2F%2Fg")
    }

    @Test(arguments: [
        ("http://user:pw@h:1/x?y", "http://***@h:1/x?y"), ("https://h/a@b", "https://h/a@b"), ("http://h:1", "http://h:1"),
        ("http://a:b@c@h/", "http://***@h/"),
    ])
    func userInformationIsRedacted(_ url: String, _ shown: String) {
        #expect(StoreEndpoints.redacted(url) == shown)
    }
}

@Suite("Graph batches")
struct GraphBatcherTests {
    static func quad(_ s: Term, _ o: Term, graph: Term? = nil) -> Quad {
        Quad(s, IRI(unchecked: "http://e/p"), o, graph: graph)
    }

    /// Ground statements in batches of the given size per graph; blank-node statements of a graph
    /// all in one file, after its ground batches.
    @Test func batchesPerGraphAndBlankNodesTogether() throws {
        var batcher = GraphBatcher(defaultGraph: "http://e/default", batchSize: 2)
        let a = Term.iri(IRI(unchecked: "http://e/a"))
        let named = Term.iri(IRI(unchecked: "http://e/g"))
        var quads: [Quad] = []
        for index in 0..<5 { quads.append(Self.quad(a, .literal(Literal("\(index)")))) }
        quads.append(Self.quad(.blankNode(BlankNode("x")), .literal(Literal("b1"))))
        quads.append(Self.quad(a, .blankNode(BlankNode("x"))))
        quads.append(Self.quad(a, .literal(Literal("n")), graph: named))
        var sent: [GraphBatcher.Batch] = []
        for quad in quads {
            try quad.withRef { try batcher.consume($0) }
            sent += batcher.takeReady()
        }
        sent += try batcher.finish()
        #expect(sent.map(\.graph) == ["http://e/default", "http://e/default", "http://e/default", "http://e/g", "http://e/default"])
        #expect(sent.map(\.statements) == [2, 2, 1, 1, 2])
        #expect(sent.map(\.hasBlankNodes) == [false, false, false, false, true])
        guard case .file(let path, let size) = sent[4].body else {
            Issue.record("blank-node statements are not in a file")
            return
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "_:x <http://e/p> \"b1\" .\n<http://e/a> <http://e/p> _:x .\n")
        #expect(size == text.utf8.count)
    }

    @Test func aBlankNodeGraphNameIsRefused() {
        var batcher = GraphBatcher(defaultGraph: nil, batchSize: 10)
        let quad = Self.quad(.iri(IRI(unchecked: "http://e/a")), .literal(Literal("1")), graph: .blankNode(BlankNode("g")))
        #expect(throws: LoadError.self) { try quad.withRef { try batcher.consume($0) } }
    }
}

@Suite("Load failures")
struct LoadFailureTests {
    @Test func theMessageSaysWhatWasLoaded() {
        var ledger = LoadLedger()
        ledger.record(graph: "http://g/1", statements: 10)
        ledger.complete("http://g/1")
        ledger.record(graph: "http://g/2", statements: 5)
        let failure = LoadFailure(error: LoadError(.status(500), "boom"), ledger: ledger)
        #expect(failure.description.contains("1 graph(s) whole: graph <http://g/1>"))
        #expect(failure.description.contains("graph <http://g/2> is only partly loaded: 1 request(s), 5 statements acknowledged"))
        #expect(LoadFailure(error: LoadError(.transport, "x"), ledger: LoadLedger()).description.hasSuffix("nothing was loaded"))
    }

    @Test func aFailedBulkRequestMayHaveLeftPartOfItsGraph() {
        var ledger = LoadLedger()
        ledger.inFlight = "http://g/3"
        ledger.inFlightIsNonAtomic = true
        let text = LoadFailure(error: LoadError(.transport, "dropped"), ledger: ledger).description
        #expect(text.contains("graph <http://g/3> may be partly loaded"))
        #expect(!text.contains("nothing was loaded"))
    }

    @Test(arguments: [(500, true), (503, true), (429, true), (400, false), (404, false), (401, false)])
    func onlyTransientStatusesAreRetried(_ status: Int, _ transient: Bool) {
        #expect(LoadError(.status(status), "").isTransient == transient)
    }
}
