import Perceptron
import RDFModel
import Testing

@testable import RDFCanon

/// The canonical lines engine against the plain definition: every quad's canonical N-Quads line,
/// distinct, sorted by bytes.
@Suite("Canonical lines")
struct CanonicalLinesTests {
    /// The reference: one string per line, sorted by UTF-8 bytes, duplicates dropped.
    static func reference(_ quads: [Quad]) -> String {
        let lines = Set(quads.map(Canonicalizer.nQuadsLine)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return lines.joined()
    }

    static func lines(_ quads: [Quad]) -> String {
        var lines = CanonicalLines(allowsBlankNodes: true)
        for quad in quads { lines.add(quad) }
        return lines.string()
    }

    /// Subjects and objects that are prefixes of one another, literals with and without tags,
    /// graphs and the default graph, repeated subjects far apart, duplicates.
    static let tricky: [Quad] = {
        let p = IRI(unchecked: "http://e/p")
        let q = IRI(unchecked: "http://e/p2")
        let terms: [Term] = [
            .blankNode(BlankNode("a")), .blankNode(BlankNode("ab")), .iri(IRI(unchecked: "http://e/s")),
            .iri(IRI(unchecked: "http://e/s2")), .literal(Literal("abc")), .literal(Literal("abc", language: "en")),
            .literal(Literal("ab\tc\u{7F}\u{1}")), .literal(Literal("1", datatype: IRI(unchecked: "http://www.w3.org/2001/XMLSchema#integer"))),
        ]
        var quads: [Quad] = []
        for s in terms.prefix(4) {
            for o in terms {
                quads.append(Quad(s, p, o))
                quads.append(Quad(s, q, o, graph: .iri(IRI(unchecked: "http://e/g"))))
                quads.append(Quad(s, p, o, graph: .blankNode(BlankNode("g"))))
            }
        }
        return quads + quads.prefix(5)
    }()

    @Test func trickyTermsSortAsWholeLines() {
        #expect(Self.lines(Self.tricky) == Self.reference(Self.tricky))
        #expect(Self.lines(Self.tricky.reversed()) == Self.reference(Self.tricky))
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func shuffledInputGivesTheSameLines(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var quads = Self.tricky
        quads.shuffle(using: &generator)
        #expect(Self.lines(quads) == Self.reference(quads))
    }

    /// A document parsed in pieces, written in two halves, is the document parsed whole.
    @Test(arguments: [1, 2, 3])
    func piecesAndHalvesGiveTheWholeDocument(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var quads = Self.tricky + Self.tricky
        quads.shuffle(using: &generator)
        let cut = Int.random(in: 0...quads.count, using: &generator)
        var first = CanonicalLines(allowsBlankNodes: true)
        var second = CanonicalLines(allowsBlankNodes: true)
        for quad in quads[..<cut] { first.add(quad) }
        for quad in quads[cut...] { second.add(quad) }
        let document = CanonicalDocument([first, second])
        let middle = Int.random(in: 0...document.groupCount, using: &generator)
        let output = MemoryOutput()
        var writer = ByteWriter(output: output)
        try document.write(groups: 0..<middle, into: &writer)
        try writer.flush()
        #expect(output.bytes.count == document.byteCount(groups: 0..<middle))
        try document.write(groups: middle..<document.groupCount, into: &writer)
        try writer.flush()
        #expect(output.string == Self.reference(quads))
    }

    @Test func aBlankNodeStopsALineSinkThatRefusesThem() {
        var lines = CanonicalLines(allowsBlankNodes: false)
        let quad = Quad(.iri(IRI(unchecked: "http://e/s")), IRI(unchecked: "http://e/p"), .blankNode(BlankNode("x")))
        #expect(throws: CanonicalLines.BlankNodeFound.self) { try quad.withRef { try lines.consume($0) } }
    }
}
