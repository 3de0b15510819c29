import Perceptron

/// Public lists of personal names and places, as a tagger feature for capitalized words the
/// training data never showed (most proper-noun errors are such words).
///
/// Read at training time from a `CLASS<TAB>entry` file (`Sources/EnglishModels/Training/lexicons.sh` makes it from
/// the US Census 1990 name lists, public domain, and GeoNames, CC BY 4.0) and stored inside the
/// tagger model.
package struct NameLexicon: Sendable {
    static let firstName: UInt16 = 1, lastName: UInt16 = 2, place: UInt16 = 4, placeWord: UInt16 = 8

    /// Normalized-word atom → bits.
    let entries: AtomMap<UInt16>

    init(entries: AtomMap<UInt16>) { self.entries = entries }

    package static let empty = NameLexicon(entries: AtomMap([:], filler: 0))

    /// Reads `CLASS<TAB>entry` lines (`PER.first`, `PER.last`, `LOC`); `#` lines are comments.
    package init(tsv: [UInt8]) {
        var entries: [UInt64: UInt16] = [:]
        for line in tsv.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 1)
            guard fields.count == 2 else { continue }
            let words = fields[1].split(separator: UInt8(ascii: " "))
            switch String(decoding: fields[0], as: UTF8.self) {
            case "PER.first": entries[FeatureHash.atom(WordShape.normalized(Array(fields[1]))), default: 0] |= Self.firstName
            case "PER.last": entries[FeatureHash.atom(WordShape.normalized(Array(fields[1]))), default: 0] |= Self.lastName
            case "LOC":
                let bit = words.count == 1 ? Self.place : Self.placeWord
                for word in words { entries[FeatureHash.atom(WordShape.normalized(Array(word))), default: 0] |= bit }
            default: continue
            }
        }
        self.init(entries: AtomMap(entries, filler: 0))
    }

    func bits(_ norm: UInt64) -> UInt16 { entries[norm] ?? 0 }

    func write(to writer: inout ModelFileWriter) {
        writer.addUInt64s("names.keys", entries.keys)
        writer.addUInt16s("names.bits", entries.orderedValues)
    }

    init(from file: ModelFile) throws(ModelFileError) {
        let keys = try file.uint64s("names.keys")
        let bits = try file.uint16s("names.bits")
        guard keys.count == bits.count else { throw .corrupt(file.path, "the name lexicon is inconsistent") }
        self.init(entries: AtomMap(keys: keys, values: bits, filler: 0))
    }
}
