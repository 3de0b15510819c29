import NLPCore

/// Token and sentence precision, recall and F1 of a predicted segmentation against a gold one
/// over the same text, by character-offset alignment: a token (sentence) is correct when a gold
/// token (sentence) has exactly the same byte range.
///
/// ``tokens`` counts syntactic words (the CoNLL 2018 shared task's "Words": `don't` is `do` and
/// `n't`), ``surfaceTokens`` surface tokens (its "Tokens": a multiword token `don't` is one).
public struct SegmentationScore: Sendable, Hashable {
    /// Syntactic words: words of a multiword token count one by one.
    public var tokens: Counts
    /// Surface tokens: a multiword token counts once, by its range.
    public var surfaceTokens: Counts
    public var sentences: Counts

    /// Matched, predicted and gold spans.
    public struct Counts: Sendable, Hashable {
        public var matched: Int
        public var predicted: Int
        public var gold: Int

        public init(matched: Int, predicted: Int, gold: Int) {
            self.matched = matched
            self.predicted = predicted
            self.gold = gold
        }

        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        /// The harmonic mean of precision and recall, from 0 to 1.
        public var f1: Double { predicted + gold == 0 ? 0 : 2 * Double(matched) / Double(predicted + gold) }
    }

    /// Scores `predicted` against `gold`; both must have their tokens aligned to the same text.
    ///
    /// Gold words inside a multiword token are given the sub-ranges their forms spell when the
    /// forms concatenate to the token's form (`do` + `n't` = `don't`); otherwise the multiword
    /// token counts as one token. Unaligned tokens are ignored.
    public init(predicted: Document, gold: Document) {
        let predictedTokens = Set(predicted.sentences.flatMap { Self.spans(of: $0) })
        let goldTokens = Set(gold.sentences.flatMap { Self.spans(of: $0) })
        let predictedSurface = Set(predicted.sentences.flatMap { Self.surfaceSpans(of: $0) })
        let goldSurface = Set(gold.sentences.flatMap { Self.surfaceSpans(of: $0) })
        surfaceTokens = Counts(
            matched: predictedSurface.intersection(goldSurface).count, predicted: predictedSurface.count,
            gold: goldSurface.count)
        let predictedSentences = Set(predicted.sentences.compactMap(Self.span(of:)))
        let goldSentences = Set(gold.sentences.compactMap(Self.span(of:)))
        tokens = Counts(
            matched: predictedTokens.intersection(goldTokens).count, predicted: predictedTokens.count,
            gold: goldTokens.count)
        sentences = Counts(
            matched: predictedSentences.intersection(goldSentences).count, predicted: predictedSentences.count,
            gold: goldSentences.count)
    }

    static func span(of sentence: Sentence) -> Range<Int>? {
        guard let first = sentence.words.first?.range, let last = sentence.words.last?.range else { return nil }
        return first.lowerBound..<last.upperBound
    }

    /// The surface token spans of a sentence: each multiword token's range, and the ranges of the
    /// words outside multiword tokens.
    static func surfaceSpans(of sentence: Sentence) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var wordIndex = 0
        var multiwords = sentence.multiwordTokens[...]
        while wordIndex < sentence.words.count {
            if let multiword = multiwords.first, multiword.words.lowerBound == wordIndex + 1 {
                multiwords = multiwords.dropFirst()
                if let range = multiword.token.range ?? sentence.words[wordIndex].range { spans.append(range) }
                wordIndex = max(wordIndex + 1, min(multiword.words.upperBound, sentence.words.count))
            } else {
                if let range = sentence.words[wordIndex].range { spans.append(range) }
                wordIndex += 1
            }
        }
        return spans
    }

    /// The token spans of a sentence, multiword tokens split into their words where possible.
    static func spans(of sentence: Sentence) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var wordIndex = 0
        var multiwords = sentence.multiwordTokens[...]
        while wordIndex < sentence.words.count {
            if let multiword = multiwords.first, multiword.words.lowerBound == wordIndex + 1 {
                multiwords = multiwords.dropFirst()
                let last = min(multiword.words.upperBound, sentence.words.count)
                let words = sentence.words[wordIndex..<last]
                wordIndex = last
                guard let range = multiword.token.range ?? words.first?.range else { continue }
                if words.map(\.form).joined().utf8.count == range.count
                    && words.map(\.form).joined() == multiword.token.form
                {
                    var start = range.lowerBound
                    for word in words {
                        spans.append(start..<start + word.form.utf8.count)
                        start += word.form.utf8.count
                    }
                } else {
                    spans.append(range)
                }
            } else {
                if let range = sentence.words[wordIndex].range { spans.append(range) }
                wordIndex += 1
            }
        }
        return spans
    }
}
