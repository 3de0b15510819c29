import Foundation
import NLPCore
import NewsgraphTestSupport
import Testing
import Tokenization

@Suite("Tokenizer: evaluation")
struct EvaluationTests {
    @Test func scoreCountsExactSpans() throws {
        let gold = Document(reconstructingTextOf: try CoNLLU.read(
            "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n1\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + "3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tOk\t_\t_\t_\t_\t_\t_\t_\t_\n\n"))
        #expect(gold.text == "don't. Ok")
        let score = SegmentationScore(predicted: Tokenizer().tokenize(gold.text), gold: gold)
        #expect(score.tokens == .init(matched: 4, predicted: 4, gold: 4))
        #expect(score.sentences == .init(matched: 2, predicted: 2, gold: 2))
        let merged = Document(text: gold.text, sentences: [Sentence(words: gold.tokens)])
        #expect(SegmentationScore(predicted: merged, gold: gold).sentences.f1 == 0.0)
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func seedArticleTokenizes() throws {
        let url = try #require(SharedData.url("seeds/000_dbe25a89b6a06857.txt"), "shared test data not found")
        let text = String(decoding: try SharedData.bytes(atPath: url.path), as: UTF8.self)
        let document = Tokenizer().tokenize(text)
        #expect(document.sentences.count > 5)
        TokenizerTests.expectAligned(document)
    }

    /// (file, token F1 floor, sentence F1 floor), floors one point under the measured scores
    /// (dev: token 98.65, sentence 67.65; test: token 98.73, sentence 62.51).
    static let treebanks: [(String, Double, Double)] = [
        ("data/ud-english-ewt/en_ewt-ud-dev.conllu", 97.6, 66.6),
        ("data/ud-english-ewt/en_ewt-ud-test.conllu", 97.7, 61.5),
    ]

    /// The gold text is rebuilt from FORM and SpaceAfter=No, sentences joined by a single space.
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: treebanks)
    func ewtScores(path: String, tokenFloor: Double, sentenceFloor: Double) throws {
        let url = try #require(SharedData.url(path), "shared test data not found")
        let gold = Document(reconstructingTextOf: try CoNLLU.read(utf8: try SharedData.bytes(atPath: url.path), path: url.path))
        let predicted = Tokenizer().tokenize(gold.text)
        TokenizerTests.expectAligned(predicted)
        let score = SegmentationScore(predicted: predicted, gold: gold)
        let tokenF1 = score.tokens.f1 * 100
        let sentenceF1 = score.sentences.f1 * 100
        print("\(path): token F1 \(tokenF1) (P \(score.tokens.precision), R \(score.tokens.recall)), sentence F1 \(sentenceF1) (P \(score.sentences.precision), R \(score.sentences.recall))")
        #expect(tokenF1 >= tokenFloor)
        #expect(sentenceF1 >= sentenceFloor)
    }
}
