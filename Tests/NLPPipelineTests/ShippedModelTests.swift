import EntityRecognition
import NLPCore
import NLPEvaluation
import NLPPipeline
import NewsgraphTestSupport
import Testing

/// The shipped models (Sources/EnglishModels/Models), as `make models` trained them.
@Suite("Shipped models")
struct ShippedModelTests {
    static let pipeline = Result { try Pipeline.load() }

    @Test func everyShippedModelLoads() throws {
        #expect(try Self.pipeline.get().recognizer != nil)
    }

    @Test func loadAndTagANewsSentence() throws {
        let pipeline = try Self.pipeline.get()
        let document = pipeline.annotate(text: "US Defense Secretary Mark Esper visited Vietnam on Thursday.")
        let words = document.sentences.flatMap(\.words)
        #expect(words.map(\.form) == ["US", "Defense", "Secretary", "Mark", "Esper", "visited", "Vietnam", "on", "Thursday", "."])
        #expect(words.map(\.upos) == ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"])
        #expect(words[5].lemma == "visit" && words[5].xpos == "VBD")
        #expect(words[3].entity == EntityTag(.begin, "PER") && words[4].entity == EntityTag(.inside, "PER"))
        #expect(words[6].entity == EntityTag(.begin, "LOC"))
    }

    /// Entity F1 on UNER EWT test and UNER PUD, predicted on the UD files' words (UD English EWT
    /// test, UD English PUD) and scored by character alignment, as `newsgraph eval ner` does.
    /// Floors: the acceptance bars (measured: EWT test 74.30, PUD 63.33).
    @Test(
        .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)),
        arguments: [
            ("data/uner-english-ewt/en_ewt-ud-test.iob2", "data/ud-english-ewt/en_ewt-ud-test.conllu", 74.0),
            ("data/uner-english-pud/en_pud-ud-test.iob2", "data/ud-english-pud/en_pud-ud-test.conllu", 62.0),
        ])
    func entityF1(goldPath: String, wordsPath: String, floor: Double) throws {
        let goldURL = try #require(SharedData.url(goldPath), "shared test data not found")
        let wordsURL = try #require(SharedData.url(wordsPath), "shared test data not found")
        let gold = try IOB2.read(utf8: try SharedData.bytes(atPath: goldURL.path), path: goldURL.path)
        var predicted = try CoNLLU.read(utf8: try SharedData.bytes(atPath: wordsURL.path), path: wordsURL.path)
        try Self.pipeline.get().annotate(&predicted)
        let score = EntityScore(gold: gold, alignedPredictions: predicted)
        print("\(goldPath): entity F1 \(score.overall.f1)")
        #expect(score.overall.f1 >= floor)
    }

    /// Accuracy on UD English EWT test with gold tokenization, against the acceptance bars.
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func accuracyOnEWTTest() throws {
        let url = try #require(SharedData.url("data/ud-english-ewt/en_ewt-ud-test.conllu"), "shared test data not found")
        let gold = try CoNLLU.read(utf8: try SharedData.bytes(atPath: url.path), path: url.path)
        var predicted = gold
        try Self.pipeline.get().annotate(&predicted)
        let score = try CoNLLUEvaluation(gold: gold, predicted: predicted)
        print("EWT test, gold tokens: UPOS \(score.upos.f1 * 100) XPOS \(score.xpos.f1 * 100) lemma \(score.lemma.f1 * 100)")
        #expect(score.upos.f1 * 100 >= ShippedModelTests.floors.upos)
        #expect(score.xpos.f1 * 100 >= ShippedModelTests.floors.xpos)
        #expect(score.lemma.f1 * 100 >= ShippedModelTests.floors.lemma)
    }

    /// The bars of the acceptance criteria (measured: UPOS 96.17, XPOS 95.58, lemma 97.71).
    static let floors = (upos: 96.0, xpos: 95.5, lemma: 97.5)
}
