import NLPCore
import Testing

@testable import Extraction

/// Hand-parsed sentences (UD EWT conventions), so the rules are tested apart from the parser.
@Suite("Clause extractor")
struct ClauseExtractorTests {
    /// `form/UPOS/head/deprel` (lemma: the form in lower case) or `form/lemma/UPOS/head/deprel` items
    /// separated by spaces; heads are 1-based, 0 for the root.
    static func parsed(_ text: String) -> Sentence {
        Sentence(
            words: text.split(separator: " ").map { item in
                var parts = item.split(separator: "/").map(String.init)
                if parts.count == 4 { parts.insert(parts[0].lowercased(), at: 1) }
                return Token(form: parts[0], lemma: parts[1], upos: parts[2], head: Int(parts[3]), deprel: parts[4])
            })
    }

    static func triples(_ sentence: Sentence) -> [String] {
        ClauseExtractor().relations(in: sentence).map { relation in
            func text(_ indices: [Int]) -> String { indices.map { sentence.words[$0].form }.joined(separator: " ") }
            let predicate = relation.predicateText { sentence.words[$0].form }
            return ([text(relation.subject), predicate] + relation.arguments.map(text)).joined(separator: " | ")
        }
    }

    @Test func subjectVerbObject() {
        let sentence = Self.parsed("Mark/PROPN/3/nsubj Esper/PROPN/1/flat visited/VERB/0/root Vietnam/PROPN/3/obj ./PUNCT/3/punct")
        #expect(Self.triples(sentence) == ["Mark Esper | visited | Vietnam"])
    }

    @Test func auxiliariesNegationAndPrepositionalArguments() {
        let sentence = Self.parsed(
            "He/PRON/4/nsubj will/AUX/4/aux not/PART/4/advmod meet/VERB/0/root the/DET/6/det press/NOUN/4/obj "
                + "in/ADP/8/case Hanoi/PROPN/4/obl")
        #expect(Self.triples(sentence) == ["He | will not meet | the press | in Hanoi"])
    }

    @Test func thePrepositionJoinsThePredicateWithoutAnObject() {
        let sentence = Self.parsed("Rodan/PROPN/2/nsubj taught/VERB/0/root at/ADP/4/case Yale/PROPN/2/obl")
        #expect(Self.triples(sentence) == ["Rodan | taught at | Yale"])
    }

    @Test func controlledComplementsJoinThePredicate() {
        let sentence = Self.parsed(
            "Vietnam/PROPN/2/nsubj wants/VERB/0/root to/PART/4/mark promote/VERB/2/xcomp relations/NOUN/4/obj")
        #expect(Self.triples(sentence) == ["Vietnam | wants to promote | relations"])
    }

    @Test func coordinatedVerbsShareTheSubject() {
        let sentence = Self.parsed(
            "He/PRON/2/nsubj served/VERB/0/root as/ADP/4/case minister/NOUN/2/obl and/CCONJ/6/cc became/VERB/2/conj "
                + "a/DET/8/det judge/NOUN/6/xcomp")
        #expect(Self.triples(sentence).contains("He | served as | minister"))
        #expect(Self.triples(sentence).contains { $0.hasPrefix("He | became") })
    }

    @Test func coordinatedObjectsAreDistributed() {
        let sentence = Self.parsed(
            "US/PROPN/2/nsubj supports/VERB/0/root Vietnam/PROPN/2/obj and/CCONJ/7/cc ASEAN/PROPN/7/nmod:poss "
                + "'s/PART/5/case stance/NOUN/3/conj")
        #expect(Self.triples(sentence).filter { $0.hasPrefix("US") } == ["US | supports | Vietnam", "US | supports | ASEAN 's stance"])
    }

    @Test func copularClauses() {
        let sentence = Self.parsed("Billy/PROPN/4/nsubj is/AUX/4/cop a/DET/4/det footballer/NOUN/0/root")
        #expect(Self.triples(sentence) == ["Billy | is | a footballer"])
    }

    @Test func relativeClausesTakeTheirNounAsSubject() {
        let sentence = Self.parsed(
            "Billy/PROPN/3/nsubj is/AUX/3/cop footballer/NOUN/0/root who/PRON/5/nsubj plays/VERB/3/acl:relcl "
                + "for/ADP/7/case Jets/PROPN/5/obl")
        #expect(Self.triples(sentence).contains("footballer | plays for | Jets"))
        #expect(Self.triples(sentence).contains("Billy | is | footballer"))
    }

    @Test func aCopulaWithoutComplementGivesNothing() {
        // `he is` (ellipsis): no complement, so no relation with an empty argument.
        let sentence = Self.parsed("he/PRON/2/nsubj is/AUX/0/root")
        #expect(ClauseExtractor().relations(in: sentence).allSatisfy { $0.arguments.allSatisfy { !$0.isEmpty } })
    }

    @Test func emptyAndUnparsedSentencesGiveNothing() {
        #expect(ClauseExtractor().relations(in: Sentence(words: [])).isEmpty)
        #expect(ClauseExtractor().relations(in: Sentence(words: [Token(form: "Hello")])).isEmpty)
    }
}

@Suite("Nominal relations")
struct NominalRelationTests {
    @Test func appositionsAndTitlesStateWhatSomeoneIs() {
        let apposition = ClauseExtractorTests.parsed(
            "Esper/PROPN/0/root ,/PUNCT/5/punct the/DET/5/det US/PROPN/5/compound secretary/NOUN/1/appos")
        #expect(ClauseExtractorTests.triples(apposition) == ["Esper | is | the US secretary"])
        let title = ClauseExtractorTests.parsed(
            "Defense/PROPN/2/compound Secretary/PROPN/3/compound Esper/PROPN/4/nsubj arrived/VERB/0/root")
        #expect(ClauseExtractorTests.triples(title) == ["Esper | is | Defense Secretary"])
    }

    @Test func possessivesStateWhatSomeoneHas() {
        let sentence = ClauseExtractorTests.parsed("the/DET/2/det Jets/PROPN/4/nmod:poss 's/PART/2/case midfielder/NOUN/0/root")
        let relations = ClauseExtractor().relations(in: sentence)
        #expect(relations.map(\.kind) == [.possession])
        #expect(ClauseExtractorTests.triples(sentence) == ["the Jets | has | midfielder"])
    }

    @Test func placesOfNounsAreStated() {
        let sentence = ClauseExtractorTests.parsed(
            "Competition/NOUN/6/nsubj in/ADP/4/case the/DET/4/det sale/NOUN/1/nmod is/AUX/6/aux heating/VERB/0/root up/ADP/6/compound:prt")
        #expect(ClauseExtractorTests.triples(sentence).contains("Competition | is in | the sale"))
    }
}

@Suite("Predicate names")
struct PredicateNameTests {
    static func parsed(_ text: String) -> Sentence { ClauseExtractorTests.parsed(text) }

    @Test func lemmasWithPrepositionsAndNoTense() throws {
        let sentence = Self.parsed("Rodan/Rodan/PROPN/2/nsubj taught/teach/VERB/0/root at/at/ADP/4/case Yale/Yale/PROPN/2/obl")
        let relation = try #require(ClauseExtractor().relations(in: sentence).first)
        let name = PredicateName(relation, in: sentence)
        #expect(name.label == "teach at" && name.localName == "teachAt" && !name.negated && name.modality == nil)
    }

    @Test func negationAndModalityAreAttributes() throws {
        let sentence = Self.parsed("He/he/PRON/4/nsubj will/will/AUX/4/aux not/not/PART/4/advmod meet/meet/VERB/0/root press/press/NOUN/4/obj")
        let relation = try #require(ClauseExtractor().relations(in: sentence).first)
        let name = PredicateName(relation, in: sentence)
        #expect(name.label == "meet" && name.negated && name.modality == "will")
    }

    @Test func tenseAuxiliariesAndControlledVerbs() throws {
        let sentence = Self.parsed(
            "Vietnam/Vietnam/PROPN/3/nsubj has/have/AUX/3/aux wanted/want/VERB/0/root to/to/PART/5/mark "
                + "promote/promote/VERB/3/xcomp ties/tie/NOUN/5/obj")
        let relation = try #require(ClauseExtractor().relations(in: sentence).first)
        #expect(PredicateName(relation, in: sentence).label == "want to promote")
        #expect(PredicateName(relation, in: sentence).localName == "wantToPromote")
    }

    @Test func impliedRelationsAreBeAndHave() {
        let sentence = Self.parsed("x/x/NOUN/0/root")
        #expect(PredicateName(Relation(subject: [0], predicate: [], arguments: [[0]], confidence: 1), in: sentence).label == "be")
        #expect(
            PredicateName(Relation(subject: [0], predicate: [], arguments: [[0]], confidence: 1, kind: .possession), in: sentence)
                .localName == "have")
    }
}
