import ArticleInput
import Extraction
import NLPCore
import NLPPipeline
import NewsgraphTestSupport
import Testing

/// What the seed article's pronouns, role nouns, demonyms and groups refer to, and whose claims
/// its reported speech is, through the shipped pipeline.
@Suite("Seed article references")
struct SeedReferenceTests {
    /// The seed article's sentences (headline first) and their entities, read once.
    static let seed = read("seeds/000_dbe25a89b6a06857.txt")

    /// A shared article's sentences (headline first) and entities.
    static func read(_ path: String) -> (sentences: [Sentence], entities: ArticleEntities)? {
        guard let url = SharedData.url(path), let bytes = try? SharedData.bytes(atPath: url.path) else { return nil }
        let article = PlainTextArticle.read(String(decoding: bytes, as: UTF8.self))
        let text = (article.metadata.headline.map { $0 + "\n\n" } ?? "") + article.text
        guard let document = try? Pipeline.load().annotate(text: text) else { return nil }
        return (document.sentences, EntityResolver().resolveArticle(document.sentences))
    }

    /// A phrase of the seed: the first sentence that starts with `start` (or contains it, with
    /// `anywhere`), and in it the words of `phrase` (space-separated forms, first occurrence).
    struct Phrase: CustomStringConvertible, Sendable {
        var sentence: String
        var phrase: String
        var expected: [String]
        var description: String { "\(phrase) in \(sentence) → \(expected)" }
    }

    static func locate(_ phrase: Phrase, in sentences: [Sentence]) -> (Int, [Int])? {
        guard let number = sentences.firstIndex(where: { $0.words.map(\.form).joined(separator: " ").contains(phrase.sentence) })
        else { return nil }
        let forms = sentences[number].words.map(\.form)
        let wanted = phrase.phrase.split(separator: " ").map(String.init)
        guard let start = (0...(forms.count - wanted.count)).first(where: { Array(forms[$0..<$0 + wanted.count]) == wanted }) else {
            return nil
        }
        return (number, Array(start..<start + wanted.count))
    }

    static let phrases: [Phrase] = [
        Phrase(sentence: "He hailed the outcomes", phrase: "He", expected: ["Nguyen Xuan Phuc"]),
        Phrase(sentence: "The host said", phrase: "The host", expected: ["Nguyen Xuan Phuc"]),
        Phrase(sentence: "the guest said", phrase: "the guest", expected: ["Mark Esper"]),
        Phrase(sentence: "The Vietnamese PM confirmed", phrase: "The Vietnamese PM", expected: ["Nguyen Xuan Phuc"]),
        Phrase(sentence: "Speaking at the talks", phrase: "General Lich", expected: ["Ngo Xuan Lich"]),
        Phrase(sentence: "The US Defense Secretary also said", phrase: "The US Defense Secretary", expected: ["Mark Esper"]),
        Phrase(sentence: "After the reception", phrase: "the two defense leaders", expected: ["Mark Esper", "Ngo Xuan Lich"]),
        Phrase(
            sentence: "The two top defense officials agreed", phrase: "The two top defense officials",
            expected: ["Mark Esper", "Ngo Xuan Lich"]),
        Phrase(sentence: "He hailed the outcomes", phrase: "Vietnamese", expected: ["Vietnam"]),
        Phrase(sentence: "Vietnam will continue", phrase: "he", expected: ["Nguyen Xuan Phuc"]),
        Phrase(sentence: "For his part", phrase: "his", expected: ["Mark Esper"]),
        Phrase(sentence: "He also stressed", phrase: "He", expected: ["Mark Esper"]),
        Phrase(sentence: "He reaffirmed", phrase: "He", expected: ["Mark Esper"]),
        Phrase(sentence: "He expressed his wish", phrase: "He", expected: ["Nguyen Xuan Phuc"]),
        Phrase(sentence: "Speaking at the talks", phrase: "his", expected: ["Mark Esper"]),
        Phrase(sentence: "He hailed the outcomes", phrase: "the visiting US Defense Secretary", expected: ["Mark Esper"]),
        Phrase(sentence: "The two sides later exchanged", phrase: "The two sides", expected: ["United States", "Vietnam"]),
        Phrase(sentence: "He thanked Vietnam", phrase: "the US side", expected: ["United States"]),
        Phrase(sentence: "The US Defense Secretary reconfirmed", phrase: "Vietnam and ASEAN ’s stance", expected: []),
        Phrase(sentence: "Earlier on the morning", phrase: "the Vietnamese Defense Minister", expected: ["Ngo Xuan Lich"]),
        Phrase(sentence: "Prime Minister Nguyen", phrase: "US Secretary of Defense Mark Esper", expected: ["Mark Esper"]),
    ]

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: phrases)
    func phraseRefersTo(_ phrase: Phrase) throws {
        let seed = try #require(Self.seed, "the seed article could not be read")
        Self.check(phrase, seed)
    }

    static func check(_ phrase: Phrase, _ seed: (sentences: [Sentence], entities: ArticleEntities)) {
        guard let (sentence, words) = Self.locate(phrase, in: seed.sentences) else {
            Issue.record("\(phrase.phrase) not found in a sentence with \(phrase.sentence)")
            return
        }
        let names = seed.entities.referents(sentence: sentence, words: words).map { seed.entities.entities[$0].name }.sorted()
        #expect(names == phrase.expected.sorted())
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func rolesAndTypes() throws {
        let seed = try #require(Self.seed, "the seed article could not be read")
        let entities = seed.entities.entities
        for entity in entities {
            print(
                "entity \(entity.name) \(entity.type) country=\(entity.isCountry) roles=\(entity.roles) countries=\(entity.countries) mentions=\(entity.mentions.map { "\($0.sentence):\($0.text)/\($0.kind)" })"
            )
        }
        func entity(_ name: String) -> ResolvedEntity? { entities.first { $0.name == name } }
        #expect(entity("Mark Esper")?.roles.contains("US Defense Secretary") == true)
        #expect(entity("Ngo Xuan Lich")?.roles.contains("Vietnamese Defense Minister") == true)
        #expect(entity("Nguyen Xuan Phuc")?.roles == ["Prime Minister"])
        #expect(entity("Ngo Xuan Lich")?.countries == ["Vietnam"])
        #expect(entity("Vietnam")?.isCountry == true && entity("Vietnam")?.type == "LOC")
        #expect(entity("United States")?.isCountry == true && entity("United States")?.type == "LOC")
        #expect(entity("ASEAN")?.type == "ORG")
        #expect(entity("Mark Esper")?.type == "PER")
        #expect(entity("Vietnam")?.mentions.contains { $0.kind == .demonym } == true)
        #expect(!entities.contains { $0.name.lowercased().contains("leftcenterrightdel") })
    }

    /// Reported claims: (start of the sentence, a word of the claim's subject, the speaker).
    static let claims: [(String, String, String)] = [
        ("Vietnam will continue partnering", "Vietnam", "Nguyen Xuan Phuc"),
        ("The host said that Vietnam wants", "Vietnam", "Nguyen Xuan Phuc"),
        ("He also stressed that the US wants", "US", "Mark Esper"),
        ("He reaffirmed that the US highly values", "US", "Mark Esper"),
    ]

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: claims)
    func reportedSpeechIsAttributed(_ start: String, _ subject: String, _ speaker: String) throws {
        let seed = try #require(Self.seed, "the seed article could not be read")
        let number = try #require(seed.sentences.firstIndex { $0.words.map(\.form).joined(separator: " ").hasPrefix(start) })
        let sentence = seed.sentences[number]
        let relations = Attribution().attributed(ClauseExtractor().relations(in: sentence), in: sentence)
        let claims = relations.filter { relation in relation.subject.contains { sentence.words[$0].form == subject } }
        #expect(!claims.isEmpty)
        for claim in claims {
            let speakers =
                (claim.attributedTo ?? []).isEmpty ? [] : seed.entities.referents(sentence: number, words: claim.attributedTo ?? [])
            #expect(speakers.map { seed.entities.entities[$0].name } == [speaker], "\(claim)")
            #expect(claim.reportedBy.map { Attribution.reportingVerbs.contains(sentence.words[$0].lemma.lowercased()) } == true)
        }
        // The report itself is the speaker's own statement.
        #expect(
            relations.filter { $0.reportedBy == nil }.allSatisfy { relation in
                !relation.subject.contains { sentence.words[$0].form == subject }
            })
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theVisitIsARelation() throws {
        let seed = try #require(Self.seed, "the seed article could not be read")
        let number = try #require(
            seed.sentences.firstIndex { $0.words.map(\.form).joined(separator: " ").hasPrefix("The visit of the US Defense Secretary") })
        let sentence = seed.sentences[number]
        let visits = ClauseExtractor().relations(in: sentence).filter { PredicateName($0, in: sentence).label == "visit" }
        let names = visits.map { visit in
            [visit.subject, visit.arguments.first ?? []].map { words in
                seed.entities.referents(sentence: number, words: words).map { seed.entities.entities[$0].name }
            }
        }
        #expect(names == [[["Mark Esper"], ["Vietnam"]]])
        #expect(visits.allSatisfy { $0.confidence >= 0.5 && $0.confidence <= 0.6 })
    }

    /// `the visiting US Defense Secretary`: an open visit by Esper, completed by where the article
    /// says he visits.
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theVisitingSecretaryVisitsVietnam() throws {
        let seed = try #require(Self.seed, "the seed article could not be read")
        let number = try #require(
            seed.sentences.firstIndex { $0.words.map(\.form).joined(separator: " ").hasPrefix("He hailed the outcomes") })
        let sentence = seed.sentences[number]
        #expect(EventNominals().relations(in: sentence).isEmpty)
        let open = EventNominals().relations(in: sentence, includingOpen: true)
        #expect(open.count == 1)
        let visitors = open.flatMap { seed.entities.referents(sentence: number, words: $0.subject) }
        #expect(visitors.map { seed.entities.entities[$0].name } == ["Mark Esper"])
        let places = visitors.flatMap { seed.entities.destinations(ofVisitsBy: $0) }
        #expect(places.map { seed.entities.entities[$0].name } == ["Vietnam"])
        #expect(open.allSatisfy { PredicateName($0, in: sentence).label == "visit" })
    }
}
