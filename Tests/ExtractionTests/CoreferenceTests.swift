import NLPCore
import Testing

@testable import Extraction

/// Pronouns, role nouns, host and guest, demonyms, coordination and groups on a hand-parsed
/// article about a visit.
@Suite("Coreference")
struct CoreferenceTests {
    static let article: [Sentence] = [
        // 0
        handParsed(
            "Prime/ADJ/2/amod Minister/PROPN/3/nmod:desc Le/PROPN/6/nsubj|PER Van/PROPN/3/flat|+ Tam/PROPN/3/flat|+ "
                + "receives/receive/VERB/0/root US/PROPN/9/compound|LOC Defense/PROPN/9/compound Secretary/PROPN/10/nmod:desc "
                + "John/PROPN/6/obj|PER Smith/PROPN/10/flat|+ ./PUNCT/6/punct"),
        // 1
        handParsed(
            "The/DET/2/det host/NOUN/3/nsubj said/say/VERB/0/root that/SCONJ/6/mark Vietnam/PROPN/6/nsubj|LOC "
                + "wants/want/VERB/3/ccomp peace/NOUN/6/obj ./PUNCT/3/punct"),
        // 2
        handParsed("He/PRON/2/nsubj thanked/thank/VERB/0/root the/DET/4/det guest/NOUN/2/obj ./PUNCT/2/punct"),
        // 3
        handParsed(
            "For/ADP/3/case his/PRON/3/nmod:poss part/NOUN/6/obl ,/PUNCT/3/punct Smith/PROPN/6/nsubj|PER "
                + "praised/praise/VERB/0/root Vietnam/PROPN/6/obj|LOC and/CCONJ/10/cc its/PRON/10/nmod:poss army/NOUN/7/conj ./PUNCT/6/punct"
        ),
        // 4
        handParsed(
            "The/DET/3/det Vietnamese/ADJ/3/amod PM/NOUN/4/nsubj confirmed/confirm/VERB/0/root the/DET/7/det "
                + "Vietnamese/ADJ/7/amod Government/NOUN/9/nmod:poss 's/PART/7/case support/NOUN/4/obj ./PUNCT/4/punct"),
        // 5
        handParsed(
            "Vietnam/PROPN/3/nsubj|LOC will/AUX/3/aux help/VERB/0/root Laos/PROPN/3/obj|LOC ,/PUNCT/7/punct "
                + "he/PRON/7/nsubj pledged/pledge/VERB/3/parataxis ./PUNCT/3/punct"),
        // 6
        handParsed(
            "Defense/PROPN/2/compound Minister/PROPN/4/nmod:desc General/ADJ/4/amod Pham/PROPN/7/nsubj|PER Duc/PROPN/4/flat|+ "
                + "Lam/PROPN/4/flat|+ met/meet/VERB/0/root the/DET/11/det US/PROPN/11/compound|LOC Defense/PROPN/11/compound "
                + "Secretary/PROPN/7/obj ./PUNCT/7/punct"),
        // 7
        handParsed(
            "General/ADJ/2/nmod:desc Lam/PROPN/6/nsubj and/CCONJ/5/cc the/DET/5/det guest/NOUN/2/conj talked/talk/VERB/0/root ./PUNCT/6/punct"
        ),
        // 8
        handParsed(
            "The/DET/4/det two/NUM/4/nummod defense/NOUN/4/compound leaders/NOUN/5/nsubj visited/visit/VERB/0/root "
                + "the/DET/7/det border/NOUN/5/obj ./PUNCT/5/punct"),
        // 9
        handParsed("They/PRON/2/nsubj agreed/agree/VERB/0/root ./PUNCT/2/punct"),
        // 10
        handParsed(
            "The/DET/3/det two/NUM/3/nummod sides/NOUN/4/nsubj signed/sign/VERB/0/root deals/NOUN/4/obj with/ADP/9/case "
                + "the/DET/9/det US/PROPN/9/compound|LOC side/NOUN/4/obl ./PUNCT/4/punct"),
        // 11
        handParsed("Smith/PROPN/2/nsubj|PER thanked/thank/VERB/0/root him/PRON/2/obj ./PUNCT/2/punct"),
    ]
    static let resolved = EntityResolver().resolveArticle(article)

    static func names(_ sentence: Int, _ words: [Int]) -> [String] {
        resolved.referents(sentence: sentence, words: words).map { resolved.entities[$0].name }.sorted()
    }

    struct Case: Sendable, CustomStringConvertible {
        var sentence: Int
        var words: [Int]
        var expected: [String]
        var what: String
        var description: String { "\(what) → \(expected)" }
    }

    static let cases: [Case] = [
        Case(sentence: 0, words: [0, 1, 2, 3, 4], expected: ["Le Van Tam"], what: "title and name"),
        Case(sentence: 0, words: [6, 7, 8, 9, 10], expected: ["John Smith"], what: "US Defense Secretary John Smith"),
        Case(sentence: 1, words: [0, 1], expected: ["Le Van Tam"], what: "the host: who receives"),
        Case(sentence: 2, words: [0], expected: ["Le Van Tam"], what: "he: the most salient person, a subject"),
        Case(sentence: 2, words: [2, 3], expected: ["John Smith"], what: "the guest: who is received"),
        Case(sentence: 3, words: [1], expected: ["John Smith"], what: "his: forward to the clause's subject"),
        Case(sentence: 3, words: [8], expected: ["Vietnam"], what: "its: not a person"),
        Case(sentence: 3, words: [6, 7, 8, 9], expected: ["Vietnam"], what: "Vietnam and its army: the army is no entity"),
        Case(sentence: 4, words: [0, 1, 2], expected: ["Le Van Tam"], what: "the Vietnamese PM: the Prime Minister"),
        Case(sentence: 4, words: [1], expected: ["Vietnam"], what: "Vietnamese: the country"),
        Case(sentence: 4, words: [4, 5, 6], expected: ["Vietnam"], what: "the Vietnamese Government: the country"),
        Case(sentence: 4, words: [4, 5, 6, 7, 8], expected: [], what: "the Vietnamese Government's support: no entity"),
        Case(sentence: 5, words: [5], expected: ["Le Van Tam"], what: "he after the PM"),
        Case(sentence: 6, words: [7, 8, 9, 10], expected: ["John Smith"], what: "the US Defense Secretary: by role"),
        Case(sentence: 7, words: [0, 1], expected: ["Pham Duc Lam"], what: "General Lam: untagged short name"),
        Case(sentence: 7, words: [0, 1, 2, 3, 4], expected: ["John Smith", "Pham Duc Lam"], what: "coordination"),
        Case(sentence: 8, words: [0, 1, 2, 3], expected: ["John Smith", "Pham Duc Lam"], what: "the two defense leaders"),
        Case(sentence: 9, words: [0], expected: ["John Smith", "Pham Duc Lam"], what: "they: the last group"),
        Case(sentence: 10, words: [0, 1, 2], expected: ["United States", "Vietnam"], what: "the two sides: two countries"),
        Case(sentence: 10, words: [6, 7, 8], expected: ["United States"], what: "the US side"),
        Case(sentence: 10, words: [4], expected: [], what: "deals"),
    ]

    @Test(arguments: cases)
    func refersTo(_ test: Case) {
        #expect(Self.names(test.sentence, test.words) == test.expected.sorted())
    }

    @Test func anObjectPronounIsNotItsVerbsSubject() {
        let names = Self.names(11, [2])
        #expect(names.count == 1)
        #expect(!names.contains("John Smith"))
    }

    @Test func onePerReferentWithRolesAndCountries() {
        let entities = Self.resolved.entities
        let names = entities.map(\.name)
        for name in ["Le Van Tam", "John Smith", "Pham Duc Lam", "Vietnam", "United States", "Laos"] {
            #expect(names.filter { $0 == name }.count == 1, "\(name)")
        }
        #expect(!names.contains("Lam") && !names.contains("Vietnamese") && !names.contains("US"))
        func entity(_ name: String) -> ResolvedEntity? { entities.first { $0.name == name } }
        #expect(entity("Le Van Tam")?.roles == ["Prime Minister"])
        #expect(entity("John Smith")?.roles == ["US Defense Secretary"])
        #expect(entity("John Smith")?.countries == ["United States"])
        #expect(entity("Pham Duc Lam")?.roles == ["Defense Minister", "General"])
        #expect(entity("Vietnam")?.isCountry == true)
        #expect(entity("Vietnam")?.type == "LOC")
        #expect(entity("Le Van Tam")?.type == "PER")
        #expect(entity("Vietnam")?.mentions.filter { $0.kind == .demonym }.count == 2)
        #expect(entity("John Smith")?.mentions.contains { $0.kind == .pronoun && $0.text == "his" } == true)
        #expect(entity("John Smith")?.mentions.contains { $0.kind == .group && $0.sentence == 8 } == true)
        #expect(entity("Le Van Tam")?.mentions.contains { $0.kind == .nominal && $0.text == "The Vietnamese PM" } == true)
    }

    @Test func resolveKeepsTheArticlesEntities() {
        #expect(EntityResolver().resolve(Self.article) == Self.resolved.entities)
    }

    /// With no one hosting, `the host` is left unresolved rather than guessed.
    @Test func noHostNoReferent() {
        let sentences = [
            handParsed("Smith/PROPN/2/nsubj|PER arrived/arrive/VERB/0/root ./PUNCT/2/punct"),
            handParsed("The/DET/2/det host/NOUN/3/nsubj spoke/speak/VERB/0/root ./PUNCT/3/punct"),
        ]
        #expect(EntityResolver().resolveArticle(sentences).referents(sentence: 1, words: [0, 1]).isEmpty)
    }

    /// `in his capacity as the US Defense Secretary`: the possessor is the one with that role, though
    /// the subject is more salient.
    @Test func aPossessiveTakesTheRoleItsPhraseGives() {
        let sentences = [
            handParsed(
                "Minister/PROPN/2/nmod:desc Lam/PROPN/3/nsubj|PER met/meet/VERB/0/root US/PROPN/6/compound|LOC "
                    + "Defense/PROPN/6/compound Secretary/PROPN/7/nmod:desc Smith/PROPN/3/obj|PER ./PUNCT/3/punct"),
            handParsed(
                "Lam/PROPN/2/nsubj|PER welcomed/welcome/VERB/0/root Smith/PROPN/2/obj|PER in/ADP/6/case his/PRON/6/nmod:poss "
                    + "capacity/NOUN/2/obl as/ADP/11/case the/DET/11/det US/PROPN/11/compound|LOC Defense/PROPN/11/compound "
                    + "Secretary/PROPN/6/nmod ./PUNCT/2/punct"),
            handParsed("He/PRON/2/nsubj smiled/smile/VERB/0/root ./PUNCT/2/punct"),
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        #expect(resolved.referents(sentence: 1, words: [4]).map { resolved.entities[$0].name } == ["Smith"])
        #expect(resolved.referents(sentence: 2, words: [0]).map { resolved.entities[$0].name } == ["Lam"])
    }

    /// An apposition stands in for a head that names no one: `his host, Lam` → Lam.
    @Test func anAppositionStandsIn() {
        let sentences = [
            handParsed(
                "his/PRON/2/nmod:poss host/NOUN/5/nsubj ,/PUNCT/4/punct Lam/PROPN/2/appos|PER spoke/speak/VERB/0/root ./PUNCT/5/punct")
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        #expect(resolved.referents(sentence: 0, words: [0, 1, 2, 3]).map { resolved.entities[$0].name } == ["Lam"])
        #expect(resolved.referents(sentence: 0, words: [0, 1]).isEmpty)
    }

    /// `a minister` brings in someone new; `the host country` is no host.
    @Test func indefiniteAndModifierRoleNounsAreUnresolved() {
        let sentences = [
            handParsed(
                "Minister/PROPN/2/nmod:desc Smith/PROPN/3/nsubj|PER hosted/host/VERB/0/root Jones/PROPN/3/obj|PER ./PUNCT/3/punct"),
            handParsed("A/DET/2/det minister/NOUN/3/nsubj spoke/speak/VERB/0/root ./PUNCT/3/punct"),
            handParsed("The/DET/3/det host/NOUN/3/compound country/NOUN/4/nsubj spoke/speak/VERB/0/root ./PUNCT/4/punct"),
            handParsed("The/DET/2/det minister/NOUN/3/nsubj spoke/speak/VERB/0/root ./PUNCT/3/punct"),
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        #expect(resolved.referents(sentence: 1, words: [0, 1]).isEmpty)
        #expect(resolved.referents(sentence: 2, words: [0, 1, 2]).isEmpty)
        #expect(resolved.referents(sentence: 2, words: [1]).isEmpty)
        #expect(resolved.referents(sentence: 3, words: [0, 1]).map { resolved.entities[$0].name } == ["Smith"])
    }

    /// `the defense chief`: a generic head matches any role in what the description names.
    @Test func aGenericHeadMatchesTheRolesField() {
        let sentences = [
            handParsed(
                "Defense/PROPN/2/compound Secretary/PROPN/3/nmod:desc Smith/PROPN/4/nsubj|PER met/meet/VERB/0/root "
                    + "Trade/PROPN/6/compound Minister/PROPN/7/nmod:desc Jones/PROPN/4/obj|PER ./PUNCT/4/punct"),
            handParsed("The/DET/3/det defense/NOUN/3/compound chief/NOUN/4/nsubj left/leave/VERB/0/root ./PUNCT/4/punct"),
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        #expect(resolved.referents(sentence: 1, words: [0, 1, 2]).map { resolved.entities[$0].name } == ["Smith"])
    }

    /// A description no one's role fits (`the US President`) refers to no one.
    @Test func aRoleNoOneHasIsUnresolved() {
        let sentences = [
            handParsed(
                "Defense/PROPN/2/compound Secretary/PROPN/3/nmod:desc Smith/PROPN/4/nsubj|PER spoke/speak/VERB/0/root ./PUNCT/4/punct"),
            handParsed(
                "The/DET/3/det US/PROPN/3/compound|LOC President/PROPN/4/nsubj spoke/speak/VERB/0/root ./PUNCT/4/punct"),
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        #expect(resolved.referents(sentence: 1, words: [0, 1, 2]).isEmpty)
        #expect(resolved.referents(sentence: 1, words: [1]).map { resolved.entities[$0].name } == ["United States"])
    }

    /// `she` skips a more salient man known by `Mr.`; `he` then skips the woman `she` named.
    @Test func pronounsAgreeInGender() {
        let sentences = [
            handParsed(
                "Mr./PROPN/2/nmod:desc Smith/PROPN/3/nsubj|PER met/meet/VERB/0/root Anna/PROPN/3/obj|PER Berg/PROPN/4/flat|+ ./PUNCT/3/punct"
            ),
            handParsed("She/PRON/2/nsubj thanked/thank/VERB/0/root Vietnam/PROPN/2/obj|LOC ./PUNCT/2/punct"),
            handParsed("He/PRON/2/nsubj smiled/smile/VERB/0/root ./PUNCT/2/punct"),
            handParsed("She/PRON/2/nsubj left/leave/VERB/0/root ./PUNCT/2/punct"),
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        func name(_ sentence: Int) -> [String] { resolved.referents(sentence: sentence, words: [0]).map { resolved.entities[$0].name } }
        #expect(name(1) == ["Anna Berg"])
        #expect(name(2) == ["Smith"])
        #expect(name(3) == ["Anna Berg"])
    }

    @Test func visitsHaveDestinations() {
        let sentences = [
            handParsed(
                "Smith/PROPN/3/nmod:poss|PER 's/PART/1/case visit/NOUN/6/nsubj to/ADP/5/case Vietnam/PROPN/3/nmod|LOC ended/end/VERB/0/root"
            ),
            handParsed("Smith/PROPN/2/nsubj|PER visited/visit/VERB/0/root Laos/PROPN/2/obj|LOC ./PUNCT/2/punct"),
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        let smith = resolved.entities.firstIndex { $0.name == "Smith" }
        #expect(smith.map { resolved.destinations(ofVisitsBy: $0).map { resolved.entities[$0].name } } == ["Vietnam", "Laos"])
    }
}
