import Perceptron
import RDFIO
import RDFModel
import Testing

@testable import RDFDiff

@Suite("Graph diffs")
struct GraphDiffTests {
    static func quads(_ nQuads: String) throws -> [Quad] { Array(try RDFParser.parse(nQuads, format: .nQuads)) }

    static let a = """
        _:x <http://e/knows> _:y .
        _:y <http://e/name> "Ann" .
        <http://e/s> <http://e/p> "v" <http://e/g> .

        """

    @Test func isomorphicGraphsWithOtherBlankLabelsAreEqual() throws {
        let relabelled = Self.a.replacingAll("_:x", "_:n1").replacingAll("_:y", "_:n0")
        let diff = try GraphDiff(try Self.quads(Self.a), try Self.quads(relabelled))
        #expect(diff.isEmpty)
        #expect(try GraphDiff(try Self.quads(Self.a), try Self.quads(Self.a)).isEmpty)
    }

    @Test func changesAreFoundAndThePatchTurnsAIntoB() throws {
        let b = Self.a.replacingAll("\"Ann\"", "\"Anne\"") + "<http://e/s> <http://e/q> <http://e/o> .\n"
        let diff = try GraphDiff(try Self.quads(Self.a), try Self.quads(b))
        #expect(diff.removed.count == 1 && diff.added.count == 2)
        let patched = try RDFPatch.apply(RDFPatch.text(diff), to: diff.a)
        #expect(Dataset(patched).isIsomorphic(to: Dataset(try Self.quads(b))))
    }

    /// Seeded random graphs with blank nodes, each edited at random: applying diff(A, B) to A gives B.
    @Test(arguments: 0..<25)
    func patchingWithTheDiffGivesB(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        func graph(_ size: Int) -> [Quad] {
            (0..<size).map { _ in
                let subject: Term = random.next() % 2 == 0 ? .blankNode(BlankNode("b\(random.next() % 6)")) : .iri(IRI(unchecked: "http://e/n\(random.next() % 5)"))
                let object: Term =
                    switch random.next() % 3 {
                    case 0: .blankNode(BlankNode("b\(random.next() % 6)"))
                    case 1: .iri(IRI(unchecked: "http://e/n\(random.next() % 5)"))
                    default: .literal(Literal("v\(random.next() % 4)"))
                    }
                let graph: Term? = random.next() % 4 == 0 ? .iri(IRI(unchecked: "http://e/g")) : nil
                return Quad(subject, IRI(unchecked: "http://e/p\(random.next() % 3)"), object, graph: graph)
            }
        }
        let a = graph(12)
        var b = a.filter { _ in random.next() % 5 != 0 } + graph(3)
        b.shuffle(using: &random)
        let diff = try GraphDiff(a, b)
        let patched = try RDFPatch.apply(RDFPatch.text(diff), to: diff.a)
        #expect(Dataset(patched).isIsomorphic(to: Dataset(b)), "seed \(seed)")
        #expect(try GraphDiff(b, patched).isEmpty)
    }

    @Test func sparqlUpdateDeletesThenInserts() throws {
        let a = try Self.quads("<http://e/s> <http://e/p> \"old\" <http://e/g> .\n")
        let b = try Self.quads("<http://e/s> <http://e/p> \"new\" <http://e/g> .\n<http://e/s> <http://e/q> <http://e/o> .\n")
        let text = try SPARQLUpdate.text(try GraphDiff(a, b))
        #expect(
            text == """
                DELETE DATA {
                  GRAPH <http://e/g> {
                    <http://e/s> <http://e/p> "old" .
                  }
                } ;
                INSERT DATA {
                  <http://e/s> <http://e/q> <http://e/o> .
                  GRAPH <http://e/g> {
                    <http://e/s> <http://e/p> "new" .
                  }
                }

                """)
        let withBlank = try Self.quads("_:b <http://e/p> \"x\" .\n")
        #expect(throws: PatchError.self) { try SPARQLUpdate.text(try GraphDiff(withBlank, [])) }
    }

    @Test func badPatchRowsAreErrorsWithTheirLine() throws {
        #expect(throws: PatchError(line: 2, message: "unknown row 'X'; expected H, TX, TC, TA, PA, PD, A or D")) {
            try RDFPatch.apply("TX .\nX <a> <b> <c> .\n", to: [])
        }
        #expect(throws: PatchError.self) { try RDFPatch.apply("A <http://e/s> <http://e/p> .\n", to: []) }
        // An aborted transaction changes nothing.
        #expect(try RDFPatch.apply("TX .\nA <http://e/s> <http://e/p> <http://e/o> .\nTA .\n", to: []).isEmpty)
    }

    @Test func theSummaryReadsClaimsWithTheirSentences() throws {
        let ng = "https://newsgraph.dev/ontology#"
        func article(_ surface: String, _ sentence: String) -> String {
            """
            <http://e/esper> <http://www.w3.org/2000/01/rdf-schema#label> "Mark Esper" .
            <http://e/st> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
            <http://e/st> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://e/esper> .
            <http://e/st> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <\(ng)visit> .
            <http://e/st> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <http://e/vietnam> .
            <http://e/st> <\(ng)surfaceText> "\(surface)" .
            <http://e/st> <\(ng)extractedFrom> <http://e/s1> .
            <http://e/s1> <\(ng)text> "\(sentence)" .
            <http://e/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <\(ng)Sentence> .

            """
        }
        let a = try Self.quads(article("Esper visited Vietnam", "Esper visited Vietnam."))
        let b = try Self.quads(article("Esper visited Vietnam in May", "Esper visited Vietnam in May."))
        let text = DiffSummary.text(try GraphDiff(a, b))
        #expect(text.contains("claims: 1 only in A, 1 only in B (1 of them reworded)"))
        #expect(text.contains("Mark Esper  <http://e/esper>\n  ~ visit vietnam\n      was: “Esper visited Vietnam”\n      now: “Esper visited Vietnam in May”\n"))
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
