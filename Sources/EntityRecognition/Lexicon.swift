/// Name and place lists for the recognizer's gazetteer features, read from the plain file that
/// `Sources/EnglishModels/Training/lexicons.sh` writes: `#` lines name the sources and their licences, every other
/// line is `CLASS<TAB>ENTRY` with CLASS one of `LOC` (a place, as written), `PER.first` or
/// `PER.last` (a first or last name, lower case). The trainer folds them into the model file.
package struct Lexicon: Sendable, Equatable {
    package enum Category: String, Sendable, CaseIterable {
        case place = "LOC"
        case firstName = "PER.first"
        case lastName = "PER.last"
    }

    package struct Entry: Sendable, Equatable {
        package var category: Category
        package var text: String
    }

    package var entries: [Entry]
    /// The `#` lines without their `#`: where the lists come from and under which licences.
    package var provenance: [String]

    package init(entries: [Entry] = [], provenance: [String] = []) {
        self.entries = entries
        self.provenance = provenance
    }

    package init(utf8 bytes: [UInt8], path: String) throws(IOB2Error) {
        self.init()
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            if line.first == UInt8(ascii: "#") {
                let text = String(decoding: line.dropFirst(), as: UTF8.self)
                provenance.append(String(text.drop { $0 == " " }))
                continue
            }
            let columns = line.split(separator: UInt8(ascii: "\t"), maxSplits: 1, omittingEmptySubsequences: false)
            guard columns.count == 2, !columns[1].isEmpty,
                let category = Category(rawValue: String(decoding: columns[0], as: UTF8.self))
            else {
                throw IOB2Error(path: path, line: lineNumber, message: "expected LOC, PER.first or PER.last, a tab and an entry")
            }
            entries.append(Entry(category: category, text: String(decoding: columns[1], as: UTF8.self)))
        }
    }

    /// An entry's words as the UD tokenizer would split them: at spaces, with hyphens apart.
    static func words(of text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        for piece in text.utf8.split(separator: UInt8(ascii: " ")) {
            var current: [UInt8] = []
            for byte in piece {
                if byte == UInt8(ascii: "-") {
                    if !current.isEmpty { words.append(current) }
                    words.append([byte])
                    current = []
                } else {
                    current.append(byte)
                }
            }
            if !current.isEmpty { words.append(current) }
        }
        return words
    }
}
