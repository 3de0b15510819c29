import NLPCore

/// The known words and their ambiguity classes: each word seen at least twice in the training
/// data, with the set of XPOS tags it had there (each with at least 5% of its occurrences) as one
/// atom. Unlike a predicted tag, a word's class does not depend on the tagger, which makes it a
/// robust feature when tags are predicted. Words not in the lexicon count as unknown.
struct TagLexicon: Sendable, Equatable {
    /// Word atom → class atom, sorted by word atom (for a deterministic file).
    private(set) var words: [UInt64]
    private(set) var classes: [UInt64]
    private let index: [UInt64: UInt64]

    static let unknown: UInt64 = 0x5eed_0f0f_a5a5_0001

    init(words: [UInt64], classes: [UInt64]) {
        self.words = words
        self.classes = classes
        index = Dictionary(zip(words, classes), uniquingKeysWith: { first, _ in first })
    }

    /// Classes of the words seen at least `minimumCount` times in `sentences`.
    init(learningFrom sentences: [Sentence], minimumCount: Int = 2, minimumShare: Double = 0.05) {
        var counts: [UInt64: [String: Int]] = [:]
        for sentence in sentences {
            for token in sentence.words {
                counts[AtomHash.bytes(token.form.utf8, lowercase: true), default: [:]][token.xpos, default: 0] += 1
            }
        }
        var pairs: [(UInt64, UInt64)] = []
        for (word, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= minimumCount else { continue }
            let kept = tags.filter { Double($0.value) >= minimumShare * Double(total) }.keys.sorted()
            pairs.append((word, AtomHash.bytes(kept.joined(separator: " ").utf8)))
        }
        pairs.sort { $0.0 < $1.0 }
        self.init(words: pairs.map(\.0), classes: pairs.map(\.1))
    }

    /// The class atom of a word atom, or `nil` for an unknown word.
    @inline(__always)
    func ambiguityClass(of word: UInt64) -> UInt64? { index[word] }

    static func == (a: TagLexicon, b: TagLexicon) -> Bool { a.words == b.words && a.classes == b.classes }
}
