import NLPCore

/// Stable 64-bit hashing for feature atoms and keys (model files store the keys, so these
/// functions must never change silently; a test pins one value).
enum AtomHash {
    /// FNV-1a over bytes, ASCII letters lowercased when `lowercase` is set.
    @inline(__always)
    static func bytes(_ bytes: some Sequence<UInt8>, lowercase: Bool = false) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            let b = lowercase && byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// The murmur3 64-bit finalizer.
    @inline(__always)
    static func finalize(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    /// The key of template `template` over up to three atoms; never 0.
    @inline(__always)
    static func key(_ template: Int, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = finalize(UInt64(truncatingIfNeeded: template) &+ 0x9e37_79b9_7f4a_7c15)
        h = finalize(h ^ a)
        h = finalize((h ^ b) &+ 0x632b_e59b_d9b4_e019)
        h = finalize((h ^ c) &+ 0x1d8e_4e27_c47d_124f)
        return h == 0 ? 1 : h
    }
}

/// The per-word atoms the features combine, hashed once per sentence: index 0 is the root,
/// `1...n` the words, `n + 1` stands for "no word here".
struct WordAtoms: Sendable {
    var word: [UInt64]
    var xpos: [UInt64]
    var upos: [UInt64]
    var suffix: [UInt64]
    var shape: [UInt64]
    var lemma: [UInt64]
    /// The word's ambiguity class (``TagLexicon``).
    var tags: [UInt64]

    static let rootAtom: UInt64 = 0x0123_4567_89ab_cdef
    static let noneAtom: UInt64 = 0x0fed_cba9_8765_4321
    static let unknownWord: UInt64 = 0x7777_1234_4321_7777

    init(_ words: [Token], lexicon: TagLexicon) {
        let size = words.count + 2
        word = [UInt64](repeating: Self.noneAtom, count: size)
        xpos = word
        upos = word
        suffix = word
        shape = word
        lemma = word
        lemma[0] = Self.rootAtom
        tags = word
        tags[0] = Self.rootAtom
        word[0] = Self.rootAtom
        xpos[0] = Self.rootAtom
        upos[0] = Self.rootAtom
        suffix[0] = Self.rootAtom
        shape[0] = Self.rootAtom
        for (offset, token) in words.enumerated() {
            let index = offset + 1
            let form = token.form.utf8
            word[index] = AtomHash.bytes(form, lowercase: true)
            xpos[index] = AtomHash.bytes(token.xpos.utf8)
            upos[index] = AtomHash.bytes(token.upos.utf8)
            suffix[index] = AtomHash.bytes(form.suffix(3), lowercase: true)
            shape[index] = Self.shape(of: form)
            lemma[index] = token.lemma == "_" ? word[index] : AtomHash.bytes(token.lemma.utf8, lowercase: true)
            if let tagClass = lexicon.ambiguityClass(of: word[index]) {
                tags[index] = tagClass
            } else {
                // A rare word (seen less than twice in training): its word and lemma atoms become
                // its shape, so rare training words teach what unseen words will need.
                tags[index] = TagLexicon.unknown
                word[index] = shape[index] ^ Self.unknownWord
                lemma[index] = word[index]
            }
        }
    }

    /// A coarse word shape: the classes (upper, lower, digit, other) of the first character and
    /// of the rest, and a length bucket.
    static func shape(of form: String.UTF8View) -> UInt64 {
        func category(_ byte: UInt8) -> UInt64 {
            switch byte {
            case 65...90: 1
            case 97...122: 2
            case 48...57: 3
            case 128...: 4
            default: 5
            }
        }
        var first: UInt64 = 0
        var rest: UInt64 = 0
        var length: UInt64 = 0
        for byte in form {
            if length == 0 { first = category(byte) } else { rest |= 1 << category(byte) }
            length += 1
        }
        return first | rest << 4 | min(length, 6) << 12 | 1 << 20
    }
}
