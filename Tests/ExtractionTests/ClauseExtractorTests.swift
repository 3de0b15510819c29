import NLPCore
import Testing

@testable import Extraction

/// Hand-parsed sentences (UD EWT conventions), so the rules are tested apart from the parser.
@Suite("Clause extractor")
struct ClauseExtractorTests {
    /// `form/UPOS/head/deprel` (lemma: the form in lower case), `form/lemma/UPOS/head/deprel` or
    /// `form/lemma/UPOS/XPOS/head/deprel` items separated by spaces; heads are 1-based, 0 for the root.
    static func parsed(_ text: String) -> Sentence {
        Sentence(
            words: text.split(separator: " ").map { item in
                var parts = item.split(separator: "/").map(String.init)
                if parts.count == 4 { parts.insert(parts[0].lowercased(), at: 1) }
                if parts.count == 5 { parts.insert("_", at: 3) }
                return Token(form: parts[0], lemma: parts[1], upos: parts[2], xpos: parts[3], head: Int(parts[4]), deprel: parts[5])
            })
    }

    static func triples(_ sentence: Sentence, _ extractor: ClauseExtractor = ClauseExtractor()) -> [String] {
        extractor.relations(in: sentence).map { relation in
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
        #expect(Self.triples(sentence, .graph) == ["He | will not meet | the press | in Hanoi"])
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
        #expect(
            Self.triples(sentence, .graph).filter { $0.hasPrefix("US") } == ["US | supports | Vietnam", "US | supports | ASEAN 's stance"])
    }

    /// How our parser attaches it: `Vietnam` a compound of `stance`, `ASEAN 's` coordinated with it,
    /// `on the East Sea issue` on the verb.
    @Test func coordinatedPossessorsAreDistributed() {
        let sentence = Self.parsed(
            "the/DET/2/det US/PROPN/3/nsubj supports/VERB/0/root Vietnam/PROPN/8/compound and/CCONJ/6/cc "
                + "ASEAN/PROPN/4/conj 's/PART/6/case stance/NOUN/3/obj on/ADP/13/case the/DET/13/det East/PROPN/12/compound "
                + "Sea/PROPN/13/compound issue/NOUN/3/obl ./PUNCT/3/punct")
        #expect(
            Self.triples(sentence, .graph) == [
                "the US | supports | Vietnam 's stance | on the East Sea issue",
                "the US | supports | ASEAN 's stance | on the East Sea issue",
            ])
    }

    /// The same with the prepositional phrase on the noun, as UD has it.
    @Test func coordinatedPossessorsKeepTheSharedModifiers() {
        let sentence = Self.parsed(
            "US/PROPN/2/nsubj supports/VERB/0/root Vietnam/PROPN/7/nmod:poss and/CCONJ/5/cc ASEAN/PROPN/3/conj "
                + "'s/PART/5/case stance/NOUN/2/obj on/ADP/9/case issue/NOUN/7/nmod")
        #expect(
            Self.triples(sentence, .graph).filter { $0.hasPrefix("US") } == [
                "US | supports | Vietnam 's stance on issue", "US | supports | ASEAN 's stance on issue",
            ])
    }

    @Test func coordinatedSubjectsAreDistributedForTheGraph() {
        let sentence = Self.parsed(
            "Vietnam/PROPN/5/nsubj and/CCONJ/4/cc the/DET/4/det US/PROPN/1/conj agreed/VERB/0/root to/PART/7/mark "
                + "boost/VERB/5/xcomp ties/NOUN/7/obj")
        #expect(Self.triples(sentence, .graph) == ["Vietnam | agreed to boost | ties", "the US | agreed to boost | ties"])
        // For CaRB the relation as written comes first; each conjunct's follows, ranked lower.
        let relations = ClauseExtractor().relations(in: sentence)
        #expect(Self.triples(sentence).first == "Vietnam and the US | agreed to boost | ties")
        #expect(relations.count == 3 && relations.dropFirst().allSatisfy { $0.confidence < relations[0].confidence })
    }

    @Test func sharedModifiersGoToTheOtherConjuncts() {
        // `improved Nissan 's morale and image`, `a series of rocket attacks and raids`.
        let possessor = Self.parsed(
            "they/PRON/2/nsubj improved/VERB/0/root Nissan/PROPN/5/nmod:poss 's/PART/3/case morale/NOUN/2/obj "
                + "and/CCONJ/7/cc image/NOUN/5/conj")
        #expect(
            Self.triples(possessor, .graph).filter { $0.hasPrefix("they") } == [
                "they | improved | Nissan 's morale", "they | improved | Nissan 's image",
            ])
        let preposition = Self.parsed(
            "they/PRON/2/nsubj launched/VERB/0/root a/DET/4/det series/NOUN/2/obj of/ADP/7/case rocket/NOUN/7/compound "
                + "attacks/NOUN/4/nmod and/CCONJ/9/cc raids/NOUN/7/conj")
        #expect(
            Self.triples(preposition, .graph) == [
                "they | launched | a series of rocket attacks", "they | launched | a series of raids",
            ])
    }

    @Test func betweenNeedsBothConjuncts() {
        let sentence = Self.parsed(
            "it/PRON/2/nsubj flows/VERB/0/root along/ADP/5/case the/DET/5/det border/NOUN/2/obl between/ADP/7/case "
                + "Shrewsbury/PROPN/5/nmod and/CCONJ/9/cc Penn/PROPN/7/conj")
        #expect(Self.triples(sentence, .graph).first == "it | flows along | the border between Shrewsbury and Penn")
    }

    /// Constructions, each a hand parse and one relation it must give.
    static let constructions: [(String, String)] = [
        // A copular adjective with the verb it controls.
        (
            "soldiers/NOUN/4/nsubj were/AUX/4/cop not/PART/4/advmod able/ADJ/0/root to/PART/6/mark reinforce/VERB/4/xcomp "
                + "the/DET/8/det hotel/NOUN/6/obj",
            "soldiers | were not able to reinforce | the hotel"
        ),
        // An adjective and its preposition.
        (
            "numbers/NOUN/3/nsubj are/AUX/3/cop equal/ADJ/0/root to/ADP/6/case the/DET/6/det others/NOUN/3/obl",
            "numbers | are equal to | the others"
        ),
        // A noun and its of-phrase.
        (
            "Owen/PROPN/4/nsubj was/AUX/4/cop the/DET/4/det father/NOUN/0/root of/ADP/6/case socialism/NOUN/4/nmod",
            "Owen | was the father of | socialism"
        ),
        // An adverb right after the verb joins the predicate.
        (
            "He/PRON/2/nsubj toured/VERB/0/root extensively/ADV/2/advmod throughout/ADP/6/case the/DET/6/det world/NOUN/2/obl",
            "He | toured extensively throughout | the world"
        ),
        // A relative clause on a copular predicate speaks of the subject.
        (
            "Billy/PROPN/3/nsubj is/AUX/3/cop footballer/NOUN/0/root who/PRON/5/nsubj plays/VERB/3/acl:relcl "
                + "for/ADP/7/case Jets/PROPN/5/obl",
            "Billy | plays for | Jets"
        ),
        // A relative pronoun object stands for its noun.
        (
            "they/PRON/2/nsubj had/VERB/0/root a/DET/4/det match/NOUN/2/obj which/PRON/7/obj Keibler/PROPN/7/nsubj "
                + "lost/VERB/4/acl:relcl",
            "Keibler | lost | a match"
        ),
        // A reduced relative reads with be in the sentence's tense.
        (
            "it/it/PRON/PRP/2/nsubj launched/launch/VERB/VBD/0/root a/a/DET/DT/4/det campaign/campaign/NOUN/NN/2/obj "
                + "created/create/VERB/VBN/4/acl by/by/ADP/IN/7/case WPP/WPP/PROPN/NNP/5/obl",
            "a campaign | was created by | WPP"
        ),
        // An adverb before the verb belongs to the predicate; a coordinated participle shares the auxiliary.
        (
            "Nissan/Nissan/PROPN/NNP/4/nsubj has/have/AUX/VBZ/4/aux often/often/ADV/RB/4/advmod instituted/institute/VERB/VBN/0/root "
                + "schedules/schedule/NOUN/NNS/4/obj and/and/CCONJ/CC/7/cc allowed/allow/VERB/VBN/4/conj jeans/jean/NOUN/NNS/7/obj",
            "Nissan | has allowed | jeans"
        ),
        // The verb with its prepositional argument alone, as a secondary reading.
        (
            "XM/PROPN/2/nsubj offered/VERB/0/root a/DET/4/det month/NOUN/2/obj to/ADP/6/case subscribers/NOUN/2/obl",
            "XM | offered to | subscribers"
        ),
        // A nominal complement's `to be` joins the predicate.
        (
            "Michael/PROPN/3/nsubj:pass was/AUX/3/aux:pass considered/VERB/0/root to/PART/7/mark be/AUX/7/cop "
                + "the/DET/7/det saint/NOUN/3/xcomp",
            "Michael | was considered to be | the saint"
        ),
        // A multi-word conjunction is left out of the conjunct it introduces.
        (
            "it/PRON/2/nsubj contains/VERB/0/root shapes/NOUN/2/obj as/ADV/7/cc well/ADV/4/fixed as/ADP/4/fixed "
                + "symbols/NOUN/3/conj",
            "it | contains | symbols"
        ),
        // A controlled verb without arguments is the argument.
        (
            "Alan/PROPN/2/nsubj begins/VERB/0/root to/PART/4/mark behave/VERB/2/xcomp strangely/ADV/4/advmod",
            "Alan | begins to | behave strangely"
        ),
        // Quotation marks stay around a phrase.
        (
            "they/PRON/2/nsubj named/VERB/0/root it/PRON/2/obj \"/PUNCT/5/punct Velocity/PROPN/2/xcomp \"/PUNCT/5/punct",
            "they | named | \" Velocity \" | it"
        ),
        // A coordinated verb shares the time phrase written before the subject.
        (
            "In/ADP/2/case 1717/NUM/4/obl Mary/PROPN/4/nsubj observed/VERB/0/root it/PRON/4/obj and/CCONJ/7/cc "
                + "left/VERB/4/conj Istanbul/PROPN/7/obj",
            "Mary | left | Istanbul | In 1717"
        ),
        // Each prepositional argument with its own preposition, when the first is in the predicate.
        (
            "Billy/PROPN/2/nsubj plays/VERB/0/root as/ADP/4/case midfielder/NOUN/2/obl for/ADP/6/case Jets/PROPN/2/obl",
            "Billy | plays for | Jets"
        ),
        // An adverbial clause is the argument of a verb without others.
        (
            "Dripping/NOUN/4/nsubj:pass can/AUX/4/aux be/AUX/4/aux:pass clarified/VERB/0/root by/SCONJ/6/mark "
                + "adding/VERB/4/advcl potato/NOUN/6/obj",
            "Dripping | can be clarified | by adding potato"
        ),
        // So is an adverb or adjective after it.
        (
            "line/NOUN/3/nsubj:pass was/AUX/3/aux:pass put/VERB/0/root higher/ADJ/3/advmod",
            "line | was put | higher"
        ),
        // A reporting verb after the main clause reports it.
        (
            "prices/NOUN/2/nsubj rose/VERB/0/root ,/PUNCT/5/punct he/PRON/5/nsubj adds/add/VERB/2/parataxis ./PUNCT/2/punct",
            "he | adds | prices rose"
        ),
        // A reporting verb after a clause the parser hung on a second subject.
        (
            "deals/NOUN/6/nsubj numbered/VERB/1/acl 51/NUM/2/obj ,/PUNCT/5/punct firm/NOUN/6/nsubj added/add/VERB/0/root "
                + "./PUNCT/6/punct",
            "firm | added | deals numbered 51"
        ),
        // A clause the parser hung on a quotation mark belongs to the mark's head.
        (
            "Brothers/PROPN/2/nsubj says/VERB/0/root \"/PUNCT/2/punct We/PRON/5/nsubj believe/VERB/3/ccomp it/PRON/5/obj",
            "Brothers | says | We believe it"
        ),
        // A relative clause without a relative pronoun has its noun as object.
        (
            "the/DET/2/det offer/NOUN/0/root Pacific/PROPN/5/nsubj is/AUX/5/aux making/VERB/2/acl:relcl",
            "Pacific | is making | the offer"
        ),
    ]

    @Test(arguments: constructions)
    func readsConstruction(_ parse: String, _ expected: String) {
        #expect(Self.triples(Self.parsed(parse)).contains(expected), "\(Self.triples(Self.parsed(parse)))")
    }

    @Test func aGerundAfterAPrepositionDoesNotTakeItsNounAsSubject() {
        let sentence = Self.parsed(
            "they/they/PRON/PRP/2/nsubj had/have/VERB/VBD/0/root the/the/DET/DT/4/det idea/idea/NOUN/NN/2/obj "
                + "of/of/SCONJ/IN/6/mark running/run/VERB/VBG/4/acl workshops/workshop/NOUN/NNS/6/obj")
        #expect(Self.triples(sentence).contains("they | had | the idea of running workshops"))
        #expect(!Self.triples(sentence).contains { $0.hasPrefix("the idea |") })
    }

    @Test func copularClauses() {
        let sentence = Self.parsed("Billy/PROPN/4/nsubj is/AUX/4/cop a/DET/4/det footballer/NOUN/0/root")
        #expect(Self.triples(sentence) == ["Billy | is | a footballer"])
    }

    @Test func relativeClausesTakeTheirNounAsSubject() {
        let sentence = Self.parsed(
            "Billy/PROPN/3/nsubj is/AUX/3/cop footballer/NOUN/0/root who/PRON/5/nsubj plays/VERB/3/acl:relcl "
                + "for/ADP/7/case Jets/PROPN/5/obl")
        #expect(Self.triples(sentence).contains("Billy | plays for | Jets"))
        #expect(Self.triples(sentence).contains("Billy | is | footballer"))
        let noun = Self.parsed(
            "Billy/PROPN/2/nsubj met/VERB/0/root footballers/NOUN/2/obj who/PRON/5/nsubj play/VERB/3/acl:relcl "
                + "for/ADP/7/case Jets/PROPN/5/obl")
        #expect(Self.triples(noun).contains("footballers | play for | Jets"))
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

@Suite("CaRB format")
struct CaRBFormatTests {
    @Test func theImpliedBeIsWrittenAsItsLemma() {
        let line = "Esper , the secretary , visited Hanoi ."
        let sentence = ClauseExtractorTests.parsed(
            "Esper/PROPN/6/nsubj ,/PUNCT/4/punct the/DET/4/det secretary/NOUN/1/appos ,/PUNCT/4/punct visited/VERB/0/root "
                + "Hanoi/PROPN/6/obj ./PUNCT/6/punct")
        let lines = CaRBFormat.lines(line, ClauseExtractor().relations(in: sentence)).split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("\tbe\tEsper\tthe secretary") })
        #expect(lines.contains { $0.hasSuffix("\tvisited\tEsper\tHanoi") })
    }

    @Test func aQuotedArgumentKeepsItsQuotationMarks() {
        let line = "`` Kormoran '' sank ships"
        let sentence = ClauseExtractorTests.parsed(
            "\"/PUNCT/4/punct Kormoran/PROPN/4/nsubj \"/PUNCT/4/punct sank/VERB/0/root ships/NOUN/4/obj")
        let lines = CaRBFormat.lines(line, ClauseExtractor().relations(in: sentence)).split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("\tsank\t`` Kormoran ''\tships") }, "\(lines)")
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
        // A role noun the parser marks as describing the name.
        let role = ClauseExtractorTests.parsed("producer/NOUN/2/nmod:desc Graham/PROPN/3/nsubj left/VERB/0/root")
        #expect(ClauseExtractorTests.triples(role) == ["Graham | is | producer"])
        let address = ClauseExtractorTests.parsed("St./PROPN/2/nmod:desc George/PROPN/3/nsubj left/VERB/0/root")
        #expect(ClauseExtractorTests.triples(address).isEmpty)
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
