import Perceptron

/// The parts of speech WordNet 3.0 lists for English words, and its irregular forms, as the
/// tagger and lemmatizer use them: a hint for words the training data never showed.
///
/// Built at training time from WordNet's `data.{noun,verb,adj,adv}` and `{noun,verb,adj,adv}.exc`
/// files (Debian `wordnet-base`), then stored inside the tagger model. WordNet 3.0 is
/// © 2006 Princeton University, under the WordNet 3.0 licence (free use with its notice).
package struct WordNetLexicon: Sendable {
    /// Bits: the word is a lemma of that part of speech.
    static let noun: UInt16 = 1, verb: UInt16 = 2, adjective: UInt16 = 4, adverb: UInt16 = 8
    /// The word is a noun lemma written with a capital in WordNet (a name).
    static let name: UInt16 = 16
    /// Bits for inflected forms (regular ones found by stripping suffixes, irregular ones listed).
    static let plural: UInt16 = 32, thirdPerson: UInt16 = 64, past: UInt16 = 128, gerund: UInt16 = 256,
        comparative: UInt16 = 512

    /// Lower-cased word atom → bits.
    let entries: AtomMap<UInt16>
    /// `form TAB pos` (pos one of n v a r) → lemma, for irregular forms (`went v` → `go`).
    let exceptions: [String: String]

    init(entries: AtomMap<UInt16>, exceptions: [String: String]) {
        self.entries = entries
        self.exceptions = exceptions
    }

    package static let empty = WordNetLexicon(entries: AtomMap([:], filler: 0), exceptions: [:])

    /// Reads WordNet's database files, given by name (`data.noun`, `verb.exc`, …) → contents.
    package init(files: [String: [UInt8]]) {
        var entries: [UInt64: UInt16] = [:]
        var exceptions: [String: String] = [:]
        let parts: [(String, UInt16, String)] = [
            ("noun", Self.noun, "n"), ("verb", Self.verb, "v"), ("adj", Self.adjective, "a"), ("adv", Self.adverb, "r"),
        ]
        for (name, bit, letter) in parts {
            for line in (files["data." + name] ?? []).split(separator: UInt8(ascii: "\n")) {
                guard line.first != UInt8(ascii: " ") else { continue }  // licence header
                let fields = line.split(separator: UInt8(ascii: " "))
                guard fields.count > 4, let count = Int(String(decoding: fields[3], as: UTF8.self), radix: 16) else { continue }
                for index in 0..<count where 4 + 2 * index < fields.count {
                    var word = Array(fields[4 + 2 * index])
                    if let paren = word.firstIndex(of: UInt8(ascii: "(")) { word.removeSubrange(paren...) }
                    guard !word.contains(UInt8(ascii: "_")) else { continue }
                    var bits = bit
                    if bit == Self.noun, let first = word.first, (65...90).contains(first) { bits = Self.name }
                    entries[FeatureHash.atom(WordShape.normalized(word)), default: 0] |= bits
                }
            }
            let inflection: UInt16 =
                switch letter {
                case "n": Self.plural
                case "v": Self.past
                default: Self.comparative
                }
            for line in (files[name + ".exc"] ?? []).split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: " "))
                guard fields.count >= 2, !fields[0].contains(UInt8(ascii: "_")) else { continue }
                let form = String(decoding: fields[0], as: UTF8.self)
                exceptions[form + "\t" + letter] = exceptions[form + "\t" + letter] ?? String(decoding: fields[1], as: UTF8.self)
                entries[FeatureHash.atom(WordShape.normalized(Array(fields[0]))), default: 0] |= inflection
            }
        }
        self.init(entries: AtomMap(entries, filler: 0), exceptions: exceptions)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Whether `lemma` (lower case) is a WordNet lemma with one of `bits`.
    func isLemma(_ lemma: [UInt8], _ bits: UInt16) -> Bool {
        (entries[FeatureHash.atom(WordShape.normalized(lemma))] ?? 0) & bits != 0
    }

    /// The bits of a word (normalized bytes): its own entry, plus the inflections that stripping a
    /// regular suffix explains (`walked` → `walk` is a verb → ``past``).
    func bits(_ word: [UInt8]) -> UInt16 {
        guard !entries.isEmpty else { return 0 }
        var bits = entries[FeatureHash.atom(word)] ?? 0
        func has(_ suffix: String) -> Bool { word.count > suffix.utf8.count + 1 && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        func stem(_ drop: Int, _ append: String = "") -> [UInt8] { Array(word.dropLast(drop)) + Array(append.utf8) }
        func lemma(_ candidate: [UInt8]) -> UInt16 { entries[FeatureHash.atom(candidate)] ?? 0 }
        func undoubled(_ drop: Int) -> [UInt8] {
            let base = word.dropLast(drop)
            guard base.count >= 2, base.last == base.dropLast().last else { return Array(base) }
            return Array(base.dropLast())
        }
        if has("s") {
            var found = lemma(stem(1))
            if has("es") { found |= lemma(stem(2)) }
            if has("ies") { found |= lemma(stem(3, "y")) }
            if found & Self.noun != 0 { bits |= Self.plural }
            if found & Self.verb != 0 { bits |= Self.thirdPerson }
        }
        if has("ed") || has("ing") {
            let drop = has("ed") ? 2 : 3
            let found = lemma(stem(drop)) | lemma(stem(drop, "e")) | lemma(undoubled(drop)) | (has("ied") ? lemma(stem(3, "y")) : 0)
            if found & Self.verb != 0 { bits |= drop == 2 ? Self.past : Self.gerund }
        }
        if has("er") || has("est") {
            let drop = has("er") ? 2 : 3
            let found = lemma(stem(drop)) | lemma(stem(drop - 1)) | lemma(undoubled(drop)) | lemma(stem(drop + 1, "y"))
            if found & (Self.adjective | Self.adverb) != 0 { bits |= Self.comparative }
        }
        return bits
    }

    /// The WordNet part-of-speech letter for a Penn tag (`NNS` → `n`), if it has one.
    static func letter(forXPOS xpos: String) -> String? {
        switch xpos.utf8.first {
        case UInt8(ascii: "N"): xpos.hasPrefix("NNP") ? nil : "n"
        case UInt8(ascii: "V"): "v"
        case UInt8(ascii: "J"): "a"
        case UInt8(ascii: "R"): xpos.hasPrefix("RB") ? "r" : nil
        default: nil
        }
    }

    static func bit(forLetter letter: String) -> UInt16 {
        switch letter {
        case "n": noun
        case "v": verb
        case "a": adjective
        default: adverb
        }
    }

    func write(to writer: inout ModelFileWriter) {
        writer.addUInt64s("wordnet.keys", entries.keys)
        writer.addUInt16s("wordnet.bits", entries.orderedValues)
        let exceptions = self.exceptions.sorted { $0.key < $1.key }
        writer.addStrings("wordnet.exception-forms", exceptions.map(\.key))
        writer.addStrings("wordnet.exception-lemmas", exceptions.map(\.value))
    }

    init(from file: ModelFile) throws(ModelFileError) {
        let keys = try file.uint64s("wordnet.keys")
        let bits = try file.uint16s("wordnet.bits")
        let forms = try file.strings("wordnet.exception-forms")
        let lemmas = try file.strings("wordnet.exception-lemmas")
        guard keys.count == bits.count, forms.count == lemmas.count else {
            throw .corrupt(file.path, "the WordNet lexicon is inconsistent")
        }
        self.init(
            entries: AtomMap(keys: keys, values: bits, filler: 0),
            exceptions: Dictionary(zip(forms, lemmas), uniquingKeysWith: { a, _ in a }))
    }
}
