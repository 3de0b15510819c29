import NewsgraphTestSupport
import RDFModel
import RDFTurtle
import Testing

/// Round trips over every Turtle and TriG eval test of the W3C suites: the expected result
/// (N-Triples/N-Quads, in file order) is written by each serializer, with the prefixes that the
/// test's own input declares, read back with our parsers, and must be isomorphic to what was
/// written.
@Suite("Serializer round trips over the W3C eval tests")
struct SerializerRoundTripTests {
    static let cases: [W3CTestEntry] =
        W3CSuite.turtle.entriesOrEmpty.filter { $0.typeName == "TestTurtleEval" }
        + W3CSuite.trig.entriesOrEmpty.filter { $0.typeName == "TestTrigEval" }

    @Test("the manifests list 145 Turtle and 143 TriG eval tests", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func manifestsAreComplete() throws {
        try #require(SharedData.root != nil, "shared test data not found")
        #expect(Self.cases.filter { $0.typeName == "TestTurtleEval" }.count == 145)
        #expect(Self.cases.filter { $0.typeName == "TestTrigEval" }.count == 143)
    }

    @Test("streaming Turtle/TriG", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: cases)
    func streamingRoundTrip(_ test: W3CTestEntry) throws {
        let source = try Source(test)
        let document = try serialize(source.quads, prefixes: source.prefixes) {
            TurtleSerializer(output: $0, format: source.format)
        }
        try expectRoundTrip(document, source)
    }

    @Test("streaming with a base IRI", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: cases)
    func streamingRoundTripWithBase(_ test: W3CTestEntry) throws {
        let source = try Source(test)
        let document = try serialize(source.quads) {
            TurtleSerializer(output: $0, format: source.format, prefixes: .common, baseIRI: test.baseIRI)
        }
        try expectRoundTrip(document, source)
    }

    @Test("pretty Turtle/TriG", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: cases)
    func prettyRoundTrip(_ test: W3CTestEntry) throws {
        let source = try Source(test)
        let prefixes = PrefixMap(source.prefixes)
        let document = try serialize(source.quads) {
            TurtlePrettySerializer(output: $0, format: source.format, prefixes: prefixes)
        }
        try expectRoundTrip(document, source)
        // Deterministic: the statements in another order give the same bytes.
        var random = SplitMix64(seed: UInt64(test.name.utf8.count))
        let shuffled = try serialize(source.quads.shuffled(using: &random)) {
            TurtlePrettySerializer(output: $0, format: source.format, prefixes: prefixes)
        }
        #expect(shuffled == document)
    }

    @Test("N-Quads", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: cases)
    func nQuadsRoundTrip(_ test: W3CTestEntry) throws {
        let source = try Source(test)
        let document = try serialize(source.quads) { NTriplesSerializer(output: $0, format: .nQuads) }
        let back = parse(document, as: .nQuads)
        #expect(back.error == nil)
        #expect(back.dataset == source.dataset, "the line formats keep blank node labels:\n\(document)")
    }

    /// Parses `document` in the source's syntax, in one piece and byte by byte.
    private func expectRoundTrip(_ document: String, _ source: Source) throws {
        for chunking in [Chunking.whole, .fixed(1)] {
            let back = parse(document, as: source.format == .trig ? .trig : .turtle, chunking: chunking)
            #expect(back.error == nil, "\(String(describing: back.error)):\n\(document)")
            #expect(back.dataset.isIsomorphic(to: source.dataset), "not isomorphic:\n\(document)")
        }
    }
}

/// What a round trip starts from: the expected result's statements, and the input's prefixes.
struct Source {
    let quads: [Quad]
    let dataset: Dataset
    let prefixes: [(String, String)]
    let format: TurtleFormat

    init(_ test: W3CTestEntry) throws {
        let suite: W3CSuite = test.typeName == "TestTrigEval" ? .trig : .turtle
        let resultPath = try #require(test.resultPath)
        let result = parse(try SharedData.bytes(atPath: resultPath), as: suite.resultSyntax)
        try #require(result.error == nil, "the expected result does not parse: \(String(describing: result.error))")
        quads = result.quads
        dataset = Dataset(result.quads)
        let input = parse(try SharedData.bytes(atPath: test.actionPath), as: suite.syntax, baseIRI: test.baseIRI)
        prefixes = input.prefixes.map { ($0.name, $0.iri) }
        format = suite == .trig ? .trig : .turtle
    }
}
