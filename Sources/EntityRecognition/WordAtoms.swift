import NLPCore
import Perceptron

/// Hashes of one word's parts, computed once per word and combined into feature keys.
struct WordAtoms: Sendable {
    var form: UInt64
    var lower: UInt64
    /// The lower-cased form without a final full stop (`Mr.` and `Mr` alike).
    var bare: UInt64
    var shape: UInt64
    var shortShape: UInt64
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// The first byte is an ASCII capital letter.
    var isCapitalized: Bool
    /// No ASCII capital letter, at least one ASCII letter.
    var isLowercase: Bool
    /// The universal part-of-speech tag the tagger gave the word (`_` when untagged).
    var upos: UInt64 = 0

    /// Stand-ins for the words before the sentence start and after its end.
    static func padding(_ offset: Int) -> WordAtoms {
        let atom = hash(Array("<pad\(offset)>".utf8)[...])
        return WordAtoms(
            form: atom, lower: atom, bare: atom, shape: atom, shortShape: atom, prefixes: (atom, atom, atom, atom),
            suffixes: (atom, atom, atom, atom), isCapitalized: false, isLowercase: false)
    }

    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = FeatureHash(template: 999)
        hash.mix(bytes)
        return hash.key
    }

    init(
        form: UInt64, lower: UInt64, bare: UInt64, shape: UInt64, shortShape: UInt64, prefixes: (UInt64, UInt64, UInt64, UInt64),
        suffixes: (UInt64, UInt64, UInt64, UInt64), isCapitalized: Bool, isLowercase: Bool
    ) {
        self.form = form
        self.lower = lower
        self.bare = bare
        self.shape = shape
        self.shortShape = shortShape
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.isCapitalized = isCapitalized
        self.isLowercase = isLowercase
    }

    /// The atoms of a tagged word: its form and its UPOS.
    init(_ token: Token) {
        self.init(token.form)
        upos = Self.hash(Array(token.upos.utf8)[...])
    }

    init(_ word: String) {
        var word = word
        var result = WordAtoms.padding(0)
        word.withUTF8 { bytes in
            var lower = [UInt8](bytes)
            var shape: [UInt8] = []
            var shortShape: [UInt8] = []
            var run = 0
            var hasUpper = false
            var hasLetter = false
            for index in lower.indices {
                let byte = lower[index]
                let kind: UInt8
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    lower[index] = byte | 0x20
                    kind = UInt8(ascii: "X")
                    hasUpper = true
                    hasLetter = true
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    kind = UInt8(ascii: "x")
                    hasLetter = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): kind = UInt8(ascii: "d")
                case 0x80...0xbf: continue  // UTF-8 continuation bytes belong to the lead byte's kind
                case 0xc0...: kind = UInt8(ascii: "u")
                default: kind = byte
                }
                if kind == shape.last {
                    run += 1
                } else {
                    run = 1
                    shortShape.append(kind)
                }
                if run <= 4 { shape.append(kind) }
            }
            result.form = Self.hash(Array(bytes)[...])
            result.lower = Self.hash(lower[...])
            result.bare = lower.count > 1 && lower.last == UInt8(ascii: ".") ? Self.hash(lower.dropLast()) : result.lower
            result.shape = Self.hash(shape[...])
            result.shortShape = Self.hash(shortShape[...])
            let count = lower.count
            func prefix(_ length: Int) -> UInt64 { Self.hash(lower[0..<min(length, count)]) &+ UInt64(length) }
            func suffix(_ length: Int) -> UInt64 { Self.hash(lower[max(0, count - length)...]) &+ UInt64(length) }
            result.prefixes = (prefix(1), prefix(2), prefix(3), prefix(4))
            result.suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
            result.isCapitalized = bytes.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ?? false
            result.isLowercase = hasLetter && !hasUpper
        }
        self = result
    }
}
