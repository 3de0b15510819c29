import NLPCore
import Perceptron

/// Collects the training gazetteer: for every entity phrase of the training data, how often it
/// was an entity of each type and how often the word sequence occurs at all, in total and per
/// document, so that a document's own entities can be left out of its features (otherwise the
/// feature would just copy the gold label during training).
struct GazetteerBuilder {
    struct Stat {
        var types: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
        var occurrences: Int32 = 0

        func flags() -> UInt16 {
            let counts = [types.0, types.1, types.2, types.3]
            let entities = counts.reduce(0, +)
            guard entities > 0 else { return 0 }
            var flags: UInt16 = 0
            for (index, count) in counts.enumerated() where count > 0 && 4 * count >= entities {
                flags |= 1 << UInt16(index)
            }
            if 2 * entities < occurrences { flags |= GazetteerFlag.trainingAmbiguous }
            return flags
        }

        static func - (lhs: Stat, rhs: Stat) -> Stat {
            Stat(
                types: (lhs.types.0 - rhs.types.0, lhs.types.1 - rhs.types.1, lhs.types.2 - rhs.types.2,
                    lhs.types.3 - rhs.types.3),
                occurrences: lhs.occurrences - rhs.occurrences)
        }

        mutating func add(type: Int) {
            switch type {
            case 0: types.0 += 1
            case 1: types.1 += 1
            case 2: types.2 += 1
            case 3: types.3 += 1
            default: break
            }
        }
    }

    let maxLength: Int
    private(set) var total: [UInt64: Stat] = [:]
    private(set) var perDocument: [[UInt64: Stat]] = []
    /// Flags from the lexicon and the lower-case word counts (not left out per document).
    private(set) var fixed: [UInt64: UInt16] = [:]

    /// `documents[d]` holds the sentences of document `d`; `types` the label types in order.
    init(documents: [[Sentence]], types: [String], lexicon: Lexicon, maxLength: Int = 6) {
        self.maxLength = maxLength
        perDocument = Array(repeating: [:], count: documents.count)
        // Entity phrases, by type.
        for (document, sentences) in documents.enumerated() {
            for sentence in sentences {
                for span in EntitySpan.spans(sentence.words.map(\.entity)) where span.end - span.start <= maxLength {
                    guard let type = types.firstIndex(of: span.type), type < GazetteerFlag.trainingTypeCount else {
                        continue
                    }
                    var hash = Gazetteer.phraseStart
                    for index in span.start..<span.end { hash.mix(sentence.words[index].form) }
                    total[hash.key, default: Stat()].add(type: type)
                    perDocument[document][hash.key, default: Stat()].add(type: type)
                }
            }
        }
        // How often each such word sequence occurs at all.
        var lowercaseCounts: [UInt64: Int] = [:]
        for (document, sentences) in documents.enumerated() {
            for sentence in sentences {
                let words = sentence.words
                for start in words.indices {
                    let atoms = WordAtoms(words[start].form)
                    if atoms.isLowercase { lowercaseCounts[atoms.lower, default: 0] += 1 }
                    var hash = Gazetteer.phraseStart
                    for end in start..<min(words.count, start + maxLength) {
                        hash.mix(words[end].form)
                        let key = hash.key
                        guard total[key] != nil else { continue }
                        total[key]?.occurrences += 1
                        perDocument[document][key, default: Stat()].occurrences += 1
                    }
                }
            }
        }
        for (lower, count) in lowercaseCounts where count >= 2 {
            fixed[Gazetteer.wordKey(lower), default: 0] |= GazetteerFlag.commonLowercase
        }
        for entry in lexicon.entries {
            switch entry.category {
            case .place:
                let words = Lexicon.words(of: entry.text)
                guard !words.isEmpty, words.count <= maxLength else { continue }
                var hash = Gazetteer.phraseStart
                for word in words { hash.mix(word) }
                fixed[hash.key, default: 0] |= GazetteerFlag.place
            case .firstName, .lastName:
                let lower = WordAtoms(entry.text).lower
                fixed[Gazetteer.wordKey(lower), default: 0] |=
                    entry.category == .firstName ? GazetteerFlag.firstName : GazetteerFlag.lastName
            }
        }
    }

    /// The lookup for features of document `document`, without that document's own entities.
    func leavingOut(document: Int) -> LeaveOneOut { LeaveOneOut(builder: self, document: document) }

    struct LeaveOneOut: GazetteerLookup {
        let builder: GazetteerBuilder
        let document: Int
        var maxLength: Int { builder.maxLength }

        func phraseFlags(_ key: UInt64) -> UInt16 {
            var flags = builder.fixed[key] ?? 0
            if let stat = builder.total[key] {
                let own = builder.perDocument[document][key] ?? Stat()
                flags |= (stat - own).flags()
            }
            return flags
        }

        func wordFlags(_ key: UInt64) -> UInt16 { builder.fixed[key] ?? 0 }
    }

    /// The gazetteer of all the training data, for the model file (keys sorted).
    func frozen() -> Gazetteer {
        var merged = fixed
        for (key, stat) in total {
            let flags = stat.flags()
            if flags != 0 { merged[key, default: 0] |= flags }
        }
        let keys = merged.keys.sorted()
        return Gazetteer(keys: keys, flags: keys.map { merged[$0] ?? 0 }, maxLength: maxLength)
    }
}
