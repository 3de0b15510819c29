import Perceptron

/// Flag bits of gazetteer entries. Phrase entries (exact word sequences) carry the types seen for
/// the phrase in the training data and the place list; word entries (one lower-cased word) carry
/// the name lists and whether the word is common in lower case.
enum GazetteerFlag {
    /// Bits 0…3: training entities of type 0…3 (the first four of ``EntityLabels/types``).
    static let trainingTypeCount = 4
    /// The phrase is more often not an entity than an entity in the training data.
    static let trainingAmbiguous: UInt16 = 1 << 4
    static let place: UInt16 = 1 << 5
    static let firstName: UInt16 = 1 << 6
    static let lastName: UInt16 = 1 << 7
    /// The word occurs in lower case at least twice in the training text.
    static let commonLowercase: UInt16 = 1 << 8
    static let phraseBits: UInt16 = 0x3f
}

/// Looks up gazetteer flags: of a phrase (by ``Gazetteer/phraseKey``) or of a lower-cased word.
protocol GazetteerLookup {
    var maxLength: Int { get }
    func phraseFlags(_ key: UInt64) -> UInt16
    func wordFlags(_ key: UInt64) -> UInt16
}

/// The frozen gazetteer a model carries: keys of phrases and words with their flags.
struct Gazetteer: Sendable, GazetteerLookup {
    let keys: [UInt64]
    let flags: [UInt16]
    let maxLength: Int
    private let table: FeatureTable

    init(keys: [UInt64], flags: [UInt16], maxLength: Int) {
        self.keys = keys
        self.flags = flags
        self.maxLength = maxLength
        table = FeatureTable(orderedKeys: keys)
    }

    /// The key of a phrase's next word: start from `phraseStart` and mix each word's bytes in turn.
    static var phraseStart: FeatureHash { FeatureHash(template: 1000) }

    /// The key of a lower-cased word, from its ``WordAtoms/lower`` atom.
    @inline(__always)
    static func wordKey(_ lowerAtom: UInt64) -> UInt64 {
        var hash = FeatureHash(template: 1001)
        hash.mix(lowerAtom)
        return hash.key
    }

    @inline(__always) func phraseFlags(_ key: UInt64) -> UInt16 { table.index(of: key).map { flags[$0] } ?? 0 }
    @inline(__always) func wordFlags(_ key: UInt64) -> UInt16 { table.index(of: key).map { flags[$0] } ?? 0 }
}
