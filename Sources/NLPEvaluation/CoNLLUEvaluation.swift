import NLPCore

/// Scores predicted CoNLL-U against gold, as the CoNLL 2018 shared-task evaluator does: the two
/// files' words are aligned by their characters (whitespace ignored), so predictions from raw
/// text with their own tokenization are scored too; every metric is an F1 over words (equal to
/// accuracy when the tokenization is the gold one), punctuation included. LAS compares universal
/// relations (subtypes such as `:poss` stripped), as the evaluator does; ``labeledExact`` also
/// requires the subtype.
package struct CoNLLUEvaluation: Sendable {
    package var tokens = Score()
    package var sentences = Score()
    package var words = Score()
    package var upos = Score()
    package var xpos = Score()
    package var feats = Score()
    package var lemma = Score()
    package var unlabeled = Score()
    package var labeled = Score()
    package var labeledExact = Score()

    /// The metrics in the evaluator's order, as (name, score).
    package var all: [(String, Score)] {
        [("Tokens", tokens), ("Sentences", sentences), ("Words", words), ("UPOS", upos), ("XPOS", xpos),
         ("UFeats", feats), ("Lemmas", lemma), ("UAS", unlabeled), ("LAS", labeled), ("LAS (full labels)", labeledExact)]
    }

    /// Scores `predicted` against `gold`.
    /// - Throws: ``EvaluationError/textMismatch`` when the non-whitespace characters differ.
    package init(gold: [Sentence], predicted: [Sentence]) throws(EvaluationError) {
        let goldLayout = Layout(gold)
        let predictedLayout = Layout(predicted)
        guard goldLayout.characters == predictedLayout.characters else {
            let common = min(goldLayout.characters.count, predictedLayout.characters.count)
            let offset = (0..<common).first { goldLayout.characters[$0] != predictedLayout.characters[$0] } ?? common
            throw .textMismatch(characterOffset: offset)
        }
        tokens = Self.matchSpans(goldLayout.tokenSpans, predictedLayout.tokenSpans)
        sentences = Self.matchSpans(goldLayout.sentenceSpans, predictedLayout.sentenceSpans)

        // Words align when their span and their place inside a multiword token agree.
        var predictedByKey: [WordKey: Int] = [:]
        for (index, key) in predictedLayout.wordKeys.enumerated() { predictedByKey[key] = index }
        var alignment = Array(repeating: -1, count: goldLayout.words.count)
        for (index, key) in goldLayout.wordKeys.enumerated() {
            if let match = predictedByKey[key] { alignment[index] = match }
        }
        let aligned = alignment.filter { $0 >= 0 }.count
        func score(_ correct: Int) -> Score {
            Score(correct: correct, predicted: predictedLayout.words.count, gold: goldLayout.words.count)
        }
        words = score(aligned)
        var counts = [Int](repeating: 0, count: 7)
        for (goldIndex, predictedIndex) in alignment.enumerated() where predictedIndex >= 0 {
            let g = goldLayout.words[goldIndex]
            let p = predictedLayout.words[predictedIndex]
            if g.upos == p.upos { counts[0] += 1 }
            if g.xpos == p.xpos { counts[1] += 1 }
            if g.feats == p.feats { counts[2] += 1 }
            if g.lemma == p.lemma || g.lemma == "_" { counts[3] += 1 }
            let goldHead = goldLayout.heads[goldIndex]
            let predictedHead = predictedLayout.heads[predictedIndex]
            let headMatches =
                goldHead == nil ? predictedHead == nil : (predictedHead != nil && alignment[goldHead ?? 0] == predictedHead)
            guard headMatches else { continue }
            counts[4] += 1
            if Self.universal(g.deprel) == Self.universal(p.deprel) { counts[5] += 1 }
            if g.deprel == p.deprel { counts[6] += 1 }
        }
        upos = score(counts[0])
        xpos = score(counts[1])
        feats = score(counts[2])
        lemma = score(counts[3])
        unlabeled = score(counts[4])
        labeled = score(counts[5])
        labeledExact = score(counts[6])
    }

    static func universal(_ deprel: String) -> Substring {
        deprel.split(separator: ":", maxSplits: 1).first ?? Substring(deprel)
    }

    static func matchSpans(_ gold: [Range<Int>], _ predicted: [Range<Int>]) -> Score {
        let predictedSet = Set(predicted.map { [$0.lowerBound, $0.upperBound] })
        let correct = gold.filter { predictedSet.contains([$0.lowerBound, $0.upperBound]) }.count
        return Score(correct: correct, predicted: predicted.count, gold: gold.count)
    }
}

/// Why two files cannot be compared.
package enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    case textMismatch(characterOffset: Int)

    package var description: String {
        switch self {
        case .textMismatch(let offset):
            "the gold and predicted files have different text (first difference at non-space character \(offset))"
        }
    }
}

struct WordKey: Hashable {
    var span: Range<Int>
    var part: Int
}

/// Where every token, word and sentence of a file lies in its stream of non-whitespace bytes.
struct Layout {
    var characters: [UInt8] = []
    var tokenSpans: [Range<Int>] = []
    var sentenceSpans: [Range<Int>] = []
    var words: [Token] = []
    var wordKeys: [WordKey] = []
    /// Each word's head as an index into `words`, `nil` for the root (or no head).
    var heads: [Int?] = []

    init(_ sentences: [Sentence]) {
        for sentence in sentences {
            let sentenceStart = characters.count
            let firstWord = words.count
            var multiword = sentence.multiwordTokens.makeIterator()
            var next = multiword.next()
            var index = 0
            while index < sentence.words.count {
                if let token = next, token.words.lowerBound == index + 1 {
                    let span = append(token.token.form)
                    tokenSpans.append(span)
                    let last = min(token.words.upperBound, sentence.words.count)
                    for (part, word) in sentence.words[index..<last].enumerated() {
                        words.append(word)
                        wordKeys.append(WordKey(span: span, part: part))
                    }
                    index = max(last, index + 1)
                    next = multiword.next()
                    continue
                }
                let span = append(sentence.words[index].form)
                tokenSpans.append(span)
                words.append(sentence.words[index])
                wordKeys.append(WordKey(span: span, part: 0))
                index += 1
            }
            for word in sentence.words {
                guard let head = word.head, head > 0, head <= sentence.words.count else {
                    heads.append(nil)
                    continue
                }
                heads.append(firstWord + head - 1)
            }
            sentenceSpans.append(sentenceStart..<characters.count)
        }
    }

    private mutating func append(_ form: String) -> Range<Int> {
        let start = characters.count
        for byte in form.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { characters.append(byte) }
        return start..<characters.count
    }
}
