import Perceptron

/// The entities a first pass found in a document, for the second pass's features: which types
/// each phrase was given in the *other* sentences of the document (a name tagged PER once is
/// likely PER again, and a capitalised first word that recurs as a name is one).
struct DocumentEntities {
    /// Per phrase key, how often each type (0…3) was predicted in the document.
    private var total: [UInt64: (Int32, Int32, Int32, Int32)] = [:]
    /// Per sentence, its own (phrase key, type) predictions.
    private var own: [[(UInt64, Int)]] = []

    /// `labels[s]` are the first-pass classes of sentence `s`, `words[s]` its word forms.
    init(labels: [[Int]], words: [[String]], classes: EntityLabels) {
        for (sentence, sequence) in labels.enumerated() {
            var found: [(UInt64, Int)] = []
            for span in classes.spans(sequence) where span.type < 4 {
                var hash = Gazetteer.phraseStart
                for index in span.start..<span.end {
                    hash.mix(words[sentence][index])
                    if span.end - span.start > 1 {
                        // Each word of a longer entity, so "Mishima" later matches "Yukio Mishima".
                        found.append((Self.partKey(words[sentence][index]), span.type))
                    }
                }
                found.append((hash.key, span.type))
            }
            for (key, type) in found {
                var counts = total[key] ?? (0, 0, 0, 0)
                Self.add(&counts, type, 1)
                total[key] = counts
            }
            own.append(found)
        }
    }

    /// The key under which a word of a multi-word entity is kept.
    static func partKey(_ word: String) -> UInt64 {
        var hash = FeatureHash(template: 1002)
        hash.mix(word)
        return hash.key
    }

    private static func add(_ counts: inout (Int32, Int32, Int32, Int32), _ type: Int, _ amount: Int32) {
        switch type {
        case 0: counts.0 += amount
        case 1: counts.1 += amount
        case 2: counts.2 += amount
        default: counts.3 += amount
        }
    }

    /// Type bits of phrase `key` from sentences other than `sentence`.
    func types(of key: UInt64, excluding sentence: Int) -> UInt16 {
        guard var counts = total[key] else { return 0 }
        for (ownKey, type) in own[sentence] where ownKey == key { Self.add(&counts, type, -1) }
        var bits: UInt16 = 0
        if counts.0 > 0 { bits |= 1 }
        if counts.1 > 0 { bits |= 2 }
        if counts.2 > 0 { bits |= 4 }
        if counts.3 > 0 { bits |= 8 }
        return bits
    }
}

/// Whether a word starts with an ASCII capital.
private func atomsCapitalized(_ word: String) -> Bool {
    word.utf8.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ?? false
}

extension SentenceFeatures {
    /// These features plus the second pass's: the first pass's labels around each word, and the
    /// types its phrases got elsewhere in the document.
    func stacked(
        words: [String], sentence: Int, firstPass: [Int], document: DocumentEntities, maxLength: Int
    ) -> SentenceFeatures {
        let n = count
        var extra = Array(repeating: [UInt64](), count: n)
        for start in 0..<n {
            var hash = Gazetteer.phraseStart
            for end in start..<min(n, start + maxLength) {
                hash.mix(words[end])
                let bits = document.types(of: hash.key, excluding: sentence)
                guard bits != 0 else { continue }
                for bit in 0..<4 where bits & (1 << UInt16(bit)) != 0 {
                    for index in start...end {
                        let part: UInt64 = start == end ? 3 : index == start ? 0 : index == end ? 2 : 1
                        let match = UInt64(bit) << 8 | part << 4
                        extra[index].append(featureKey(.documentEntity, match))
                        extra[index].append(featureKey(.documentEntityShort, match, shortShape[index]))
                    }
                }
            }
        }
        for index in 0..<n where atomsCapitalized(words[index]) {
            let bits = document.types(of: DocumentEntities.partKey(words[index]), excluding: sentence)
            if bits != 0 { extra[index].append(featureKey(.documentEntityPart, UInt64(bits))) }
        }
        for index in 0..<n {
            let label = UInt64(firstPass[index] + 1)
            let previous = UInt64(index > 0 ? firstPass[index - 1] + 1 : 0)
            let next = UInt64(index + 1 < n ? firstPass[index + 1] + 1 : 0)
            extra[index].append(featureKey(.firstPassLabel, label))
            extra[index].append(featureKey(.firstPassLabelShort, label, shortShape[index]))
            extra[index].append(featureKey(.firstPassAround, previous << 16 | label << 8 | next))
        }
        return appending(extra)
    }
}
