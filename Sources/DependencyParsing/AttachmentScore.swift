import NLPCore

/// Unlabeled and labeled attachment scores as the CoNLL 2018 evaluator computes them on gold
/// tokenization: over all words, punctuation included; LAS needs the full relation with its
/// subtype (`nmod:poss`) to match.
package struct AttachmentScore: Sendable, Equatable {
    package private(set) var words = 0
    package private(set) var correctHeads = 0
    package private(set) var correctLabeled = 0
    /// Right head and right universal relation, subtypes ignored (`nmod:poss` = `nmod`).
    package private(set) var correctUniversal = 0

    package init() {}

    /// Scores `predicted` against `gold`, sentence by sentence (same word counts expected; a
    /// sentence whose word count differs counts all its gold words as wrong).
    package init(gold: [Sentence], predicted: [Sentence]) {
        for (gold, predicted) in zip(gold, predicted) { add(gold: gold, predicted: predicted) }
    }

    package mutating func add(gold: Sentence, predicted: Sentence) {
        words += gold.words.count
        guard gold.words.count == predicted.words.count else { return }
        for (g, p) in zip(gold.words, predicted.words) where g.head == p.head {
            correctHeads += 1
            if g.deprel == p.deprel { correctLabeled += 1 }
            if Self.universal(g.deprel) == Self.universal(p.deprel) { correctUniversal += 1 }
        }
    }

    /// UAS in percent.
    package var uas: Double { words == 0 ? 0 : 100 * Double(correctHeads) / Double(words) }
    /// LAS in percent.
    package var las: Double { words == 0 ? 0 : 100 * Double(correctLabeled) / Double(words) }

    /// LAS with subtypes ignored, in percent.
    package var universalLAS: Double { words == 0 ? 0 : 100 * Double(correctUniversal) / Double(words) }

    static func universal(_ deprel: String) -> Substring {
        deprel.split(separator: ":", maxSplits: 1).first ?? Substring(deprel)
    }

    /// `UAS 86.12 LAS 83.40 (25096 words)`.
    package var summary: String {
        "UAS \(Self.format(uas)) LAS \(Self.format(las)) (\(words) words)"
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
