import NLPCore
import NLPEvaluation
import Testing

@Suite("CoNLL-U evaluation")
struct CoNLLUEvaluationTests {
    /// `FORM LEMMA UPOS XPOS HEAD DEPREL` per word, `;` between words, `|` between sentences;
    /// a first field `1-2:don't` opens a multiword token over words 1–2.
    static func sentences(_ text: String) -> [Sentence] {
        text.split(separator: "|").map { sentenceText in
            var words: [Token] = []
            var multiword: [MultiwordToken] = []
            for item in sentenceText.split(separator: ";") {
                var fields = item.split(separator: " ").map(String.init)
                if fields[0].contains(":") {
                    let parts = fields.removeFirst().split(separator: ":")
                    let range = parts[0].split(separator: "-").compactMap { Int($0) }
                    multiword.append(MultiwordToken(words: range[0]...range[1], token: Token(form: String(parts[1]))))
                }
                words.append(
                    Token(form: fields[0], lemma: fields[1], upos: fields[2], xpos: fields[3], head: Int(fields[4]),
                          deprel: fields[5]))
            }
            return Sentence(words: words, multiwordTokens: multiword)
        }
    }

    static let gold = sentences(
        "Esper esper PROPN NNP 2 nsubj;visited visit VERB VBD 0 root;Vietnam Vietnam PROPN NNP 2 obj;. . PUNCT . 2 punct"
            + "|1-2:don't do do AUX VBP 3 aux;n't not PART RB 3 advmod;go go VERB VB 0 root")

    @Test func identicalFilesScorePerfectly() throws {
        let score = try CoNLLUEvaluation(gold: Self.gold, predicted: Self.gold)
        for (name, value) in score.all { #expect(value.f1 == 1, "\(name)") }
    }

    @Test func countsTagAndAttachmentErrors() throws {
        let predicted = Self.sentences(
            "Esper esper PROPN NNP 2 nsubj;visited visit VERB VBD 0 root;Vietnam Vietnam NOUN NN 2 obl;. . PUNCT . 3 punct"
                + "|1-2:don't do do AUX VBP 3 aux;n't not PART RB 3 advmod:neg;go go VERB VB 0 root")
        let score = try CoNLLUEvaluation(gold: Self.gold, predicted: predicted)
        #expect(score.upos == Score(correct: 6, predicted: 7, gold: 7))
        #expect(score.unlabeled == Score(correct: 6, predicted: 7, gold: 7))
        // `obl` for `obj` is wrong; `advmod:neg` for `advmod` is right in LAS, wrong with full labels.
        #expect(score.labeled == Score(correct: 5, predicted: 7, gold: 7))
        #expect(score.labeledExact == Score(correct: 4, predicted: 7, gold: 7))
    }

    @Test func alignsOtherTokenizationsByCharacters() throws {
        // One sentence instead of two, and `don't` as a single word.
        let predicted = Self.sentences(
            "Esper esper PROPN NNP 2 nsubj;visited visit VERB VBD 0 root;Vietnam Vietnam PROPN NNP 2 obj;. . PUNCT . 2 punct;"
                + "don't do AUX VBP 6 aux;go go VERB VB 2 conj")
        let score = try CoNLLUEvaluation(gold: Self.gold, predicted: predicted)
        #expect(score.tokens == Score(correct: 6, predicted: 6, gold: 6))
        #expect(score.sentences == Score(correct: 0, predicted: 1, gold: 2))
        #expect(score.words == Score(correct: 6, predicted: 6, gold: 7))
    }

    @Test func differentTextsAreRefused() {
        let other = Self.sentences("Esper esper PROPN NNP 0 root")
        #expect(throws: EvaluationError.self) { try CoNLLUEvaluation(gold: Self.gold, predicted: other) }
    }
}
