import NLPCore
import Testing

@testable import Extraction

/// Reported speech on hand-parsed sentences: which relations are a speaker's claims, and whose.
@Suite("Attribution")
struct AttributionTests {
    /// The sentence's relations after attribution, as `subject | predicate | arguments` with the
    /// speaker's words and the reporting verb (or `-`).
    static func attributed(_ sentence: Sentence) -> [String: String] {
        let relations = Attribution().attributed(ClauseExtractor().relations(in: sentence), in: sentence)
        func text(_ indices: [Int]) -> String { indices.map { sentence.words[$0].form }.joined(separator: " ") }
        var result: [String: String] = [:]
        for relation in relations {
            let key = ([text(relation.subject), relation.predicateText { sentence.words[$0].form }] + relation.arguments.map(text))
                .joined(separator: " | ")
            result[key] = relation.reportedBy.map { "\(text(relation.attributedTo ?? [])) (\(sentence.words[$0].form))" } ?? "-"
        }
        return result
    }

    @Test func thatClause() {
        let sentence = handParsed(
            "He/PRON/2/nsubj said/say/VERB/0/root that/SCONJ/5/mark Vietnam/PROPN/5/nsubj wants/want/VERB/2/ccomp "
                + "peace/NOUN/5/obj ./PUNCT/2/punct")
        let relations = Self.attributed(sentence)
        #expect(relations["Vietnam | wants | peace"] == "He (said)")
        #expect(relations["He | said that | Vietnam wants peace"] == "-")
    }

    @Test func reportingVerbAfterTheClaim() {
        let sentence = handParsed(
            "Vietnam/PROPN/3/nsubj will/AUX/3/aux help/VERB/0/root Laos/PROPN/3/obj ,/PUNCT/7/punct he/PRON/7/nsubj "
                + "pledged/pledge/VERB/3/parataxis ./PUNCT/3/punct")
        #expect(Self.attributed(sentence)["Vietnam | will help | Laos"] == "he (pledged)")
    }

    /// What the reporting clause says of the speaker is the article's own statement.
    @Test func theReportingClauseIsNotReported() {
        let sentence = handParsed(
            "Vietnam/PROPN/3/nsubj will/AUX/3/aux help/VERB/0/root Laos/PROPN/3/obj ,/PUNCT/6/punct Smith/PROPN/11/nsubj "
                + ",/PUNCT/9/punct the/DET/9/det minister/NOUN/6/appos ,/PUNCT/9/punct pledged/pledge/VERB/3/parataxis ./PUNCT/3/punct")
        let relations = Self.attributed(sentence)
        #expect(relations["Vietnam | will help | Laos"] == "Smith (pledged)")
        #expect(relations["Smith | is | the minister"] == "-")
    }

    @Test func claimAfterAComma() {
        let sentence = handParsed(
            "Smith/PROPN/2/nsubj affirmed/affirm/VERB/0/root ,/PUNCT/7/punct the/DET/5/det cooperation/NOUN/7/nsubj "
                + "is/be/AUX/7/cop important/ADJ/2/conj ./PUNCT/2/punct")
        #expect(Self.attributed(sentence)["the cooperation | is | important"] == "Smith (affirmed)")
    }

    @Test func sharedSubjectOfAParticiple() {
        let sentence = handParsed(
            "The/DET/2/det PM/NOUN/3/nsubj spoke/speak/VERB/0/root ,/PUNCT/5/punct suggesting/suggest/VERB/3/advcl "
                + "that/SCONJ/9/mark the/DET/8/det sides/NOUN/9/nsubj sign/VERB/5/ccomp deals/NOUN/9/obj ./PUNCT/3/punct")
        #expect(Self.attributed(sentence)["the sides | sign | deals"] == "The PM (suggesting)")
    }

    @Test func coordinatedClaimsAndClausesInside() {
        let sentence = handParsed(
            "He/PRON/2/nsubj stressed/stress/VERB/0/root that/SCONJ/5/mark Vietnam/PROPN/5/nsubj values/value/VERB/2/ccomp "
                + "ties/NOUN/5/obj and/CCONJ/8/cc backs/back/VERB/5/conj Laos/PROPN/8/obj ./PUNCT/2/punct")
        let relations = Self.attributed(sentence)
        #expect(relations["Vietnam | values | ties"] == "He (stressed)")
        #expect(relations["Vietnam | backs | Laos"] == "He (stressed)")
    }

    /// A verb that reports nothing leaves its complement a plain relation.
    @Test func otherVerbsDoNotReport() {
        let sentence = handParsed(
            "He/PRON/2/nsubj regretted/regret/VERB/0/root that/SCONJ/5/mark Vietnam/PROPN/5/nsubj lost/lose/VERB/2/ccomp "
                + "games/NOUN/5/obj ./PUNCT/2/punct")
        #expect(Self.attributed(sentence)["Vietnam | lost | games"] == "-")
    }
}
