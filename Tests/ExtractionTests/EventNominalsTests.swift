import NLPCore
import Testing

@testable import Extraction

/// Visits named by a noun or a participle.
@Suite("Event nominals")
struct EventNominalsTests {
    static func triples(_ sentence: Sentence, includingOpen: Bool = false) -> [String] {
        EventNominals().relations(in: sentence, includingOpen: includingOpen).map { relation in
            func text(_ indices: [Int]) -> String { indices.map { sentence.words[$0].form }.joined(separator: " ") }
            return ([text(relation.subject), PredicateName(relation, in: sentence).label] + relation.arguments.map(text))
                .joined(separator: " | ")
        }
    }

    @Test(arguments: [
        (
            "The/DET/2/det visit/NOUN/8/nsubj of/ADP/5/case the/DET/5/det minister/NOUN/2/nmod to/ADP/7/case Hanoi/PROPN/2/nmod "
                + "ended/end/VERB/0/root ./PUNCT/8/punct", "the minister | visit | Hanoi"
        ),
        (
            "Smith/PROPN/3/nmod:poss 's/PART/1/case visit/NOUN/6/nsubj to/ADP/5/case Hanoi/PROPN/3/nmod ended/end/VERB/0/root",
            "Smith | visit | Hanoi"
        ),
        (
            "The/DET/3/det visiting/visit/VERB/3/amod minister/NOUN/6/nsubj to/ADP/5/case Hanoi/PROPN/3/nmod spoke/speak/VERB/0/root",
            "The minister | visit | Hanoi"
        ),
        (
            "a/DET/2/det delegation/NOUN/0/root ,/PUNCT/8/punct who/PRON/8/nsubj are/be/AUX/8/cop on/ADP/8/case an/DET/8/det "
                + "visit/NOUN/2/acl:relcl to/ADP/10/case Hanoi/PROPN/8/nmod", "a delegation | visit | Hanoi"
        ),
    ])
    func visits(_ parse: String, _ expected: String) {
        #expect(Self.triples(handParsed(parse)) == [expected])
    }

    @Test func aVisitWithoutADestinationIsOpen() {
        let sentence = handParsed("The/DET/3/det visiting/visit/VERB/3/amod minister/NOUN/4/nsubj spoke/speak/VERB/0/root")
        #expect(Self.triples(sentence).isEmpty)
        #expect(Self.triples(sentence, includingOpen: true) == ["The minister | visit"])
        #expect(EventNominals().relations(in: sentence, includingOpen: true).first?.confidence == EventNominals.confidence)
    }

    @Test func theClauseExtractorReadsVisits() {
        let sentence = handParsed(
            "Smith/PROPN/3/nmod:poss 's/PART/1/case visit/NOUN/6/nsubj to/ADP/5/case Hanoi/PROPN/3/nmod ended/end/VERB/0/root")
        #expect(ClauseExtractor().relations(in: sentence).contains { $0.predicate == [2] && $0.arguments == [[4]] })
    }
}
