import RDFModel
import RDFTurtle
import NewsgraphTestSupport
import Testing

/// Feeds `quads` to a serializer writing into memory and returns the document.
func serialize<S: RDFSerializer>(_ quads: [Quad], prefixes: [(String, String)] = [], _ make: (ByteOutput) -> S)
    throws -> String
{
    let output = MemoryOutput()
    var serializer = make(output)
    for (name, iri) in prefixes { try serializer.prefix(name, iri: iri) }
    for quad in quads { try serializer.consume(quad) }
    try serializer.finish()
    return output.string
}

func iri(_ s: String) -> Term { .iri(IRI(unchecked: s)) }
func blank(_ s: String) -> Term { .blankNode(BlankNode(s)) }
func literal(_ s: String) -> Term { .literal(Literal(s)) }
func literal(_ s: String, language: String) -> Term { .literal(Literal(s, language: language)) }
func literal(_ s: String, datatype: String) -> Term { .literal(Literal(s, datatype: IRI(unchecked: datatype))) }

@Suite struct NTriplesSerializerTests {
    let p = IRI(unchecked: "http://ex/p")

    @Test func nTriplesSerializerWritesCanonicalLines() throws {
        let quads = [
            Quad(iri("http://ex/s"), p, iri("http://ex/o")),
            Quad(blank("b0"), p, literal("plain")),
            Quad(iri("http://ex/s"), p, literal("chat", language: "fr-BE")),
            Quad(iri("http://ex/s"), p, literal("1", datatype: "http://www.w3.org/2001/XMLSchema#integer")),
            Quad(iri("http://ex/s"), p, literal("tab\there \"q\" back\\ nl\n cr\r bs\u{08} ff\u{0C} nul\u{00} del\u{7F} é")),
            Quad(iri("http://ex/a b<c>\"{}|^`\\"), p, iri("http://ex/ü")),
        ]
        let expected = """
            <http://ex/s> <http://ex/p> <http://ex/o> .
            _:b0 <http://ex/p> "plain" .
            <http://ex/s> <http://ex/p> "chat"@fr-BE .
            <http://ex/s> <http://ex/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://ex/s> <http://ex/p> "tab\\there \\"q\\" back\\\\ nl\\n cr\\r bs\\b ff\\f nul\\u0000 del\\u007F é" .
            <http://ex/a\\u0020b\\u003Cc\\u003E\\u0022\\u007B\\u007D\\u007C\\u005E\\u0060\\u005C> <http://ex/p> <http://ex/ü> .

            """
        let actual = try serialize(quads) { NTriplesSerializer(output: $0, format: .nTriples) }
        #expect(actual == expected)
    }

    @Test func nQuadsSerializerWritesGraphNames() throws {
        let quads = [
            Quad(iri("http://ex/s"), p, iri("http://ex/o")),
            Quad(iri("http://ex/s"), p, iri("http://ex/o"), graph: iri("http://ex/g")),
            Quad(iri("http://ex/s"), p, literal("x"), graph: blank("g1")),
        ]
        let expected = """
            <http://ex/s> <http://ex/p> <http://ex/o> .
            <http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .
            <http://ex/s> <http://ex/p> "x" _:g1 .

            """
        #expect(try serialize(quads) { NTriplesSerializer(output: $0, format: .nQuads) } == expected)
    }

    @Test func nTriplesSerializerRejectsNamedGraph() {
        let quad = Quad(iri("http://ex/s"), p, iri("http://ex/o"), graph: iri("http://ex/g"))
        #expect(throws: RDFSerializationError.self) {
            try serialize([quad]) { NTriplesSerializer(output: $0, format: .nTriples) }
        }
    }

    /// Every ASCII byte and some non-ASCII text, in an IRI, a literal and a datatype, is encoded
    /// exactly as the shared RDFModel encoding does.
    @Test(arguments: [TermKind.iri, .literal, .blankNode])
    func nTriplesSerializerMatchesModelEncoding(kind: TermKind) throws {
        let text = String(decoding: (0..<128).map { UInt8($0) } + Array("é 日本 🎉".utf8), as: UTF8.self)
        let term: Term =
            switch kind {
            case .iri: iri("http://ex/" + text)
            case .blankNode: blank("b-1.x")
            default: literal(text, datatype: "http://ex/d t" + text)
            }
        let quad = Quad(term, p, term.isIRI ? term : literal(text, language: "en"))
        #expect(try serialize([quad]) { NTriplesSerializer(output: $0, format: .nTriples) } == referenceLine(quad))
    }

    /// Random strings mixing plain bytes with every byte that needs an escape, at every offset,
    /// encode exactly as the plain reference encoder does (the writer skips 8 clean bytes at once).
    @Test(arguments: 0..<8)
    func nTriplesSerializerMatchesModelEncodingOnRandomText(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let special: [UInt8] = Array(0...0x20) + Array("\"<>\\^`{|}@[]\u{7F}".utf8)
        let plain = Array("abcXYZ09-_./#é日".utf8)
        for _ in 0..<50 {
            let length = Int.random(in: 0..<40, using: &random)
            let bytes = (0..<length).map { _ in
                Int.random(in: 0..<6, using: &random) == 0 ? special.randomElement(using: &random) ?? 0
                    : plain.randomElement(using: &random) ?? 0
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let quad = Quad(iri("http://ex/" + text), p, literal(text))
            #expect(try serialize([quad]) { NTriplesSerializer(output: $0, format: .nTriples) } == referenceLine(quad))
        }
    }

    /// Output reaches the ByteOutput in pieces of at least 64 KiB before finish, and all of it after.
    @Test func nTriplesSerializerFlushesInChunks() throws {
        final class Recorder: ByteOutput {
            var writes: [Int] = []
            func write(_ bytes: UnsafeRawBufferPointer) throws { writes.append(bytes.count) }
        }
        let recorder = Recorder()
        var serializer = NTriplesSerializer(output: recorder, format: .nTriples)
        let text = String(repeating: "x", count: 100)
        let line = "<http://ex/s> <http://ex/p> \"\(text)\" .\n"
        for _ in 0..<2000 { try serializer.consume(Quad(iri("http://ex/s"), p, literal(text))) }
        #expect(recorder.writes.count >= 3)
        #expect(recorder.writes.allSatisfy { $0 >= 1 << 16 })
        try serializer.finish()
        #expect(recorder.writes.reduce(0, +) == 2000 * line.utf8.count)
        // A literal larger than the buffer is written whole.
        try serializer.consume(Quad(iri("http://ex/s"), p, literal(String(repeating: "y", count: 1 << 18))))
        try serializer.finish()
        #expect(recorder.writes.reduce(0, +) == 2000 * line.utf8.count + 29 + (1 << 18) + 4)
    }

    /// The N-Triples line of `quad` as the plain reference encoder writes it.
    func referenceLine(_ quad: Quad) -> String {
        var reference = ReferenceEncoder()
        quad.withRef { q in
            reference.appendNTriplesTerm(q.subject)
            reference.append(" ")
            reference.appendNTriplesTerm(q.predicate)
            reference.append(" ")
            reference.appendNTriplesTerm(q.object)
            reference.append(" .\n")
        }
        return reference.string
    }
}
