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
        #expect(score.surfaceTokens == .init(matched: 3, predicted: 3, gold: 3))
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

    /// (file, gold-text convention, word F1, surface-token F1, sentence F1 floors), floors one
    /// point under the scores measured (release build, `lab` tool; the same numbers in debug):
    /// dev paragraphs: words 99.27, tokens 99.60, sentences 90.30; dev one space: 99.26, 99.59, 73.32;
    /// test paragraphs: 99.27, 99.49, 88.05; test one space: 99.27, 99.49, 68.14.
    static let treebanks: [(String, Bool, Double, Double, Double)] = [
        ("data/ud-english-ewt/en_ewt-ud-dev.conllu", true, 98.2, 98.6, 89.3),
        ("data/ud-english-ewt/en_ewt-ud-test.conllu", true, 98.2, 98.4, 87.0),
        ("data/ud-english-ewt/en_ewt-ud-dev.conllu", false, 98.2, 98.5, 72.3),
        ("data/ud-english-ewt/en_ewt-ud-test.conllu", false, 98.2, 98.4, 67.1),
    ]

    /// The gold text is rebuilt from FORM and SpaceAfter=No. With `paragraphs` it follows the
    /// CoNLL 2018 shared task's raw-text files (UD tools `conllu_to_text.pl`): sentences of a
    /// paragraph joined by a space (none after SpaceAfter=No), a blank line before each `# newpar`
    /// and `# newdoc` (without that script's wrapping of lines at 80 characters); without it, all
    /// sentences are joined by one space, which hides the paragraph and document breaks that real
    /// raw text has. Words are syntactic words (CoNLL 2018 "Words": `do` `n't`), tokens surface
    /// tokens ("Tokens": `don't`).
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: treebanks)
    func ewtScores(path: String, paragraphs: Bool, wordFloor: Double, tokenFloor: Double, sentenceFloor: Double) throws {
        let url = try #require(SharedData.url(path), "shared test data not found")
        let sentences = try CoNLLU.read(utf8: try SharedData.bytes(atPath: url.path), path: url.path)
        let gold = Document(reconstructingTextOf: sentences, paragraphBreaks: paragraphs)
        let predicted = Tokenizer().tokenize(gold.text)
        TokenizerTests.expectAligned(predicted)
        let score = SegmentationScore(predicted: predicted, gold: gold)
        let wordF1 = score.tokens.f1 * 100
        let tokenF1 = score.surfaceTokens.f1 * 100
        let sentenceF1 = score.sentences.f1 * 100
        print("\(path) (\(paragraphs ? "paragraphs" : "one space")): word F1 \(wordF1), token F1 \(tokenF1), sentence F1 \(sentenceF1) (P \(score.sentences.precision), R \(score.sentences.recall))")
        #expect(wordF1 >= wordFloor)
        #expect(tokenF1 >= tokenFloor)
        #expect(sentenceF1 >= sentenceFloor)
    }
}
