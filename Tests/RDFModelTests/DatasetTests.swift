import RDFModel
import Testing

@Suite struct DatasetTests {
    let a = Term.iri(IRI(unchecked: "http://ex/a"))
    let b = Term.iri(IRI(unchecked: "http://ex/b"))
    let g = Term.iri(IRI(unchecked: "http://ex/g"))
    let p = IRI(unchecked: "http://ex/p")
    let q = IRI(unchecked: "http://ex/q")

    @Test func datasetInsertRemoveContainsCount() {
        var dataset = Dataset()
        #expect(dataset.isEmpty)
        let r1 = dataset.insert(Quad(a, p, b))
        #expect(r1)
        let r2 = dataset.insert(Quad(a, p, b))
        #expect(!r2)
        let r3 = dataset.insert(Quad(a, p, b, graph: g))
        #expect(r3)
        #expect(dataset.count == 2)
        #expect(dataset.contains(Quad(a, p, b, graph: g)))
        #expect(!dataset.contains(Quad(b, p, a)))
        let r4 = dataset.remove(Quad(a, p, b))
        #expect(r4)
        let r5 = dataset.remove(Quad(a, p, b))
        #expect(!r5)
        #expect(dataset.count == 1)
        #expect(!dataset.contains(Quad(a, p, b)))
        #expect(dataset.quads(subject: a) == [Quad(a, p, b, graph: g)])
        #expect(dataset.quads(graph: .defaultGraph).isEmpty)
    }

    @Test func datasetPatternQueries() {
        let dataset = RDFModelTests.dataset(
            """
            <http://ex/a> <http://ex/p> <http://ex/b> .
            <http://ex/a> <http://ex/q> "x" .
            <http://ex/b> <http://ex/p> <http://ex/a> <http://ex/g> .
            _:n <http://ex/p> <http://ex/b> <http://ex/g> .
            """)
        #expect(Set(dataset.quads(subject: a)) == [Quad(a, p, b), Quad(a, q, .literal(Literal("x")))])
        #expect(Set(dataset.quads(predicate: p, object: b)).count == 2)
        #expect(dataset.quads(predicate: p, object: b, graph: .defaultGraph) == [Quad(a, p, b)])
        #expect(dataset.quads(predicate: p, graph: .named(g)).count == 2)
        #expect(dataset.quads(subject: .blankNode(BlankNode("n"))).count == 1)
        #expect(dataset.quads(subject: a, graph: .named(g)).isEmpty)
        #expect(dataset.quads(subject: .iri(IRI(unchecked: "http://unknown"))).isEmpty)
        #expect(dataset.quads(graph: .named(.iri(IRI(unchecked: "http://unknown")))).isEmpty)
        #expect(dataset.quads().count == 4)
        #expect(dataset.graphNames == [g])
        #expect(dataset.graph().count == 2)
        #expect(dataset.graph(g).count == 2)
    }

    @Test func datasetSortedIsQuadOrder() {
        let dataset = RDFModelTests.dataset(
            """
            <http://ex/b> <http://ex/p> <http://ex/a> <http://ex/g> .
            _:n <http://ex/p> <http://ex/b> .
            <http://ex/b> <http://ex/p> "z" .
            <http://ex/a> <http://ex/q> <http://ex/a> .
            <http://ex/a> <http://ex/p> <http://ex/b> .
            """)
        let expected = [
            "<http://ex/a> <http://ex/p> <http://ex/b> .",
            "<http://ex/a> <http://ex/q> <http://ex/a> .",
            "<http://ex/b> <http://ex/p> \"z\" .",
            "_:n <http://ex/p> <http://ex/b> .",
            "<http://ex/b> <http://ex/p> <http://ex/a> <http://ex/g> .",
        ]
        #expect(dataset.sorted().map(\.description) == expected)
        #expect(Set(dataset.map(\.description)) == Set(expected))
    }

    @Test func datasetConsumesBorrowedQuads() throws {
        var dataset = Dataset()
        let quad = Quad(
            .blankNode(BlankNode("x")), p, .literal(Literal("chat", language: "fr")), graph: g)
        try dataset.consume(quad)
        try dataset.consume(Triple(a, q, .literal(Literal("1", datatype: XSD.integer))))
        #expect(dataset.contains(quad))
        #expect(dataset.contains(Quad(a, q, .literal(Literal("1", datatype: XSD.integer)))))
        #expect(dataset.count == 2)
    }

    @Test func datasetEqualityIgnoresInsertionOrder() {
        let quads = [Quad(a, p, b), Quad(b, q, a, graph: g), Quad(a, q, .literal(Literal("x")))]
        let forward = Dataset(quads)
        var backward = Dataset(quads.reversed())
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        backward.remove(quads[0])
        #expect(forward != backward)
        backward.insert(Quad(a, p, a))
        #expect(forward != backward)
    }

    /// RDF terms are equal when their code points are: NFC and NFD spellings are different terms,
    /// although Swift's `String` compares them equal.
    @Test func datasetComparesTermsByCodePoints() {
        let composed = Term.literal(Literal("caf\u{E9}"))
        let decomposed = Term.literal(Literal("cafe\u{301}"))
        var dataset = Dataset([Quad(a, p, composed)])
        let inserted = dataset.insert(Quad(a, p, decomposed))
        #expect(inserted)
        #expect(dataset.count == 2)
        #expect(dataset.quads(object: decomposed).count == 1)
        #expect(Dataset([Quad(a, p, composed)]) != Dataset([Quad(a, p, decomposed)]))
        #expect(!Dataset([Quad(a, p, composed)]).isIsomorphic(to: Dataset([Quad(a, p, decomposed)])))
    }

    @Test func graphBasicsAndSinkDropGraphName() throws {
        var graph = Graph()
        try graph.consume(Quad(a, p, b, graph: g))
        let r6 = graph.insert(Triple(b, p, a))
        #expect(r6)
        let r7 = graph.insert(Triple(a, p, b))
        #expect(!r7)
        #expect(graph.count == 2)
        #expect(graph.contains(Triple(a, p, b)))
        #expect(graph.triples(subject: b) == [Triple(b, p, a)])
        #expect(graph.sorted() == [Triple(a, p, b), Triple(b, p, a)])
        let r8 = graph.remove(Triple(a, p, b))
        #expect(r8)
        #expect(Array(graph) == [Triple(b, p, a)])
    }
}
