import NLPCore
import NewsgraphTestSupport
import Perceptron
import Testing

@testable import Tagging

@Suite("Tagger")
struct TaggerTests {
    static let options: TaggerTrainingOptions = {
        var options = TaggerTrainingOptions()
        options.epochs = 8
        options.folds = 2
        options.pruneThreshold = 0
        return options
    }()
    static let tagger = Tagger.train(train: toyTreebank, dev: toyTreebank, options: options)

    @Test func learnsTheTrainingData() {
        for gold in toyTreebank {
            var sentence = Sentence(words: gold.words.map { Token(form: $0.form) })
            Self.tagger.apply(to: &sentence)
            #expect(sentence.words.map(\.upos) == gold.words.map(\.upos))
            #expect(sentence.words.map(\.xpos) == gold.words.map(\.xpos))
            #expect(sentence.words.map(\.lemma) == gold.words.map(\.lemma))
        }
    }

    @Test func trainingIsDeterministic() {
        let again = Tagger.train(train: toyTreebank, dev: toyTreebank, options: Self.options)
        #expect(again.modelBytes() == Self.tagger.modelBytes())
    }

    @Test func modelFileRoundTrips() throws {
        let bytes = Self.tagger.modelBytes(header: [("licence", "test")])
        let loaded = try Tagger(modelBytes: bytes, path: "tagger.model")
        #expect(loaded.modelBytes(header: [("licence", "test")]) == bytes)
        var a = Sentence(words: ["The", "dog", "walked", "home", "."].map { Token(form: $0) })
        var b = a
        Self.tagger.apply(to: &a)
        loaded.apply(to: &b)
        #expect(a == b)
    }

    @Test func otherModelsAreRefused() throws {
        let writer = ModelFileWriter(kind: "parser", templates: [])
        #expect(throws: ModelFileError.self) { try Tagger(modelBytes: writer.bytes, path: "p.model") }
    }

    @Test func taggingHandlesEmptyAndOddInput() {
        var empty = Sentence(words: [])
        Self.tagger.apply(to: &empty)
        #expect(empty.words.isEmpty)
        var odd = Sentence(words: ["", "\u{0}", "ünïcödé", String(repeating: "x", count: 10_000)].map { Token(form: $0) })
        Self.tagger.apply(to: &odd)
        #expect(odd.words.allSatisfy { $0.upos != "_" && !$0.xpos.isEmpty })
    }

    @Test func jackknifingTagsEverySentence() {
        let tagged = Tagger.jackknife(toyTreebank, dev: toyTreebank, folds: 2, options: Self.options)
        #expect(tagged.count == toyTreebank.count)
        #expect(zip(tagged, toyTreebank).allSatisfy { $0.words.map(\.form) == $1.words.map(\.form) })
    }
}
