/// Splits UTF-8 text into tokens (``Piece``s): words, abbreviations, URLs, punctuation.
struct TokenScanner {
    let bytes: [UInt8]
    private var pieces: [Piece] = []
    private var lineBreaks = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    consuming func scan() -> [Piece] {
        var index = 0
        while index < bytes.count {
            let space = whitespaceLength(bytes, at: index)
            if space > 0 {
                if bytes[index] == UInt8(ascii: "\n") { lineBreaks += 1 }
                index += space
                continue
            }
            index = scanToken(at: index)
        }
        return pieces
    }

    private mutating func emit(_ range: Range<Int>, _ kind: Piece.Kind) {
        pieces.append(Piece(range: range, lineBreaksBefore: lineBreaks, kind: kind))
        lineBreaks = 0
    }

    /// Whether a word character starts at `index`.
    func isWordStart(_ index: Int) -> Bool {
        index < bytes.count && isWordScalar(decodeScalar(bytes, at: index).0)
    }

    private func startsWith(_ prefix: String, at index: Int) -> Bool {
        guard index + prefix.utf8.count <= bytes.count else { return false }
        return equalsIgnoringCase(bytes, index..<index + prefix.utf8.count, prefix)
    }

    /// Scans one token (or a word split into several) starting at `index`; returns where it ends.
    private mutating func scanToken(at index: Int) -> Int {
        if startsWith("http://", at: index) || startsWith("https://", at: index) || startsWith("www.", at: index)
            || startsWith("ftp://", at: index)
        {
            return scanURL(at: index)
        }
        let (scalar, length) = decodeScalar(bytes, at: index)
        if isWordScalar(scalar) { return scanWord(at: index) }
        let byte = bytes[index]
        if let length = abbreviatedYearLength(at: index) {
            emit(index..<index + length, .word)
            return index + length
        }
        if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";"), case let length = smileyLength(at: index), length > 0 {
            emit(index..<index + length, .punctuation)
            return index + length
        }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            var end = index + 1
            while end < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[end]) {
                end += 1
            }
            emit(index..<end, .terminal)
            return end
        case UInt8(ascii: "-"), UInt8(ascii: "="):
            // A rule of dashes and equals signs is one token: `--`, `----==`.
            var end = index + 1
            while end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "=") { end += 1 }
            emit(index..<end, .punctuation)
            return end
        case UInt8(ascii: "_"), UInt8(ascii: "*"), UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "#"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "$"), UInt8(ascii: "+"):
            // A run of the same symbol is one token: `____`, `***`, `<<`, `$$$`.
            var end = index + 1
            while end < bytes.count, bytes[end] == byte { end += 1 }
            emit(index..<end, .punctuation)
            return end
        default:
            emit(index..<index + length, scalar == "…" ? .terminal : .punctuation)
            return index + length
        }
    }

    /// The length of an emoticon at `index` (`:)`, `:-(`, `;P`), or 0: eyes, an optional nose,
    /// a mouth, and no word character after it.
    private func smileyLength(at index: Int) -> Int {
        var end = index + 1
        if end < bytes.count, bytes[end] == UInt8(ascii: "-") { end += 1 }
        guard end < bytes.count, ")(PDp".utf8.contains(bytes[end]) else { return 0 }
        end += 1
        return isWordStart(end) ? 0 : end - index
    }

    /// A URL: everything up to whitespace, less trailing punctuation and unbalanced brackets.
    private mutating func scanURL(at start: Int) -> Int {
        var end = start
        while end < bytes.count, whitespaceLength(bytes, at: end) == 0 { end += 1 }
        while end > start + 4 {
            let last = bytes[end - 1]
            if ".,;:!?\"'>]}".utf8.contains(last) || (last == UInt8(ascii: ")") && !bytes[start..<end].contains(UInt8(ascii: "(")))
            {
                end -= 1
            } else if last >= 0x80 {
                // A closing curly quote or other non-ASCII punctuation.
                var lead = end - 1
                while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                guard !isWordScalar(decodeScalar(bytes, at: lead).0) else { break }
                end = lead
            } else {
                break
            }
        }
        emit(start..<end, .word)
        return end
    }

    /// A word: word characters joined by `.`, `'`, `’`, `-`, `@`, `&`, `_`, and by `,`, `:` and
    /// `/` between digits (`1,000`, `10:30`, `16/11/2004`); then an abbreviation's period, clitics and hyphens are dealt with.
    private mutating func scanWord(at start: Int) -> Int {
        var end = start
        var hasPeriod = false
        var hasAt = false
        scanning: while end < bytes.count {
            let (scalar, length) = decodeScalar(bytes, at: end)
            if isWordScalar(scalar) {
                end += length
                continue
            }
            let joinerLength: Int
            switch scalar {
            case ".":
                if let length = elidedAddressLength(at: end) {
                    // `franz371...@gmail.com`: an address shortened by the mailing list.
                    end += length
                    hasAt = true
                    hasPeriod = true
                    continue
                }
                if !hasPeriod && !hasAt && isRunOnSentence(start..<end) { break scanning }
                joinerLength = 1
            case "-", "'", "@", "&", "_": joinerLength = 1
            case "’": joinerLength = 3
            case "/":
                // `b/c`, `w/o`, `f/2`, and dates `9/11`.
                let isDigitPair = end > start && isDigit(bytes[end - 1]) && end + 1 < bytes.count && isDigit(bytes[end + 1])
                joinerLength = isDigitPair || (end - start == 1 && isASCIILetter(bytes[start]) && isShortWord(at: end + 1)) ? 1 : 0
            case ",", ":":
                joinerLength = end > start && isDigit(bytes[end - 1]) && end + 1 < bytes.count && isDigit(bytes[end + 1]) ? 1 : 0
            default: joinerLength = 0
            }
            guard joinerLength > 0, isWordStart(end + joinerLength) else { break }
            if scalar == "." { hasPeriod = true }
            if scalar == "@" { hasAt = true }
            end += joinerLength
        }
        // Not a period that starts an ellipsis: `etc...` is `etc` `...`.
        if end < bytes.count, bytes[end] == UInt8(ascii: "."), !hasAt,
            end + 1 == bytes.count || bytes[end + 1] != UInt8(ascii: "."), keepsPeriod(start..<end)
        {
            emit(start..<end + 1, .abbreviation)
            return end + 1
        }
        if hasPeriod || hasAt {
            emit(start..<end, .word)
        } else {
            emitSplittingHyphens(start..<end)
        }
        return end
    }

    /// Whether a word followed by a period is an abbreviation or initial that keeps it.
    private func keepsPeriod(_ word: Range<Int>) -> Bool {
        // An initial: one letter (`J.`), or letters of at most two joined by periods (`U.S`, `Ph.D`, `e.g`).
        var segment = 0
        var isAbbreviationShape = true
        var hasPeriod = false
        for byte in bytes[word] {
            if byte == UInt8(ascii: ".") {
                hasPeriod = true
                segment = 0
            } else if isASCIILetter(byte) {
                segment += 1
                if segment > 2 { isAbbreviationShape = false }
            } else {
                isAbbreviationShape = false
            }
        }
        if isAbbreviationShape && (hasPeriod || (word.count == 1 && isUpper(bytes[word.lowerBound]))) { return true }
        let lower = lowercasedString(bytes, word)
        if Abbreviations.known.contains(lower) { return true }
        // `No. 5`, `p. 3`
        if lower == "no" || lower == "p" || lower == "nos" || lower == "pp" {
            var next = word.upperBound + 1
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            return next < bytes.count && isDigit(bytes[next])
        }
        return false
    }

    /// Splits a word at hyphens as EWT does (not after `non`, `e`, `anti`…, nor between digits),
    /// then splits a clitic off its last part.
    private mutating func emitSplittingHyphens(_ word: Range<Int>) {
        if isDayMonthYear(word) {
            emit(word, .word)
            return
        }
        var partStart = word.lowerBound
        var index = word.lowerBound
        while index < word.upperBound {
            if bytes[index] == UInt8(ascii: "-") {
                let isNumeric = index > word.lowerBound && isDigit(bytes[index - 1]) && isDigit(bytes[index + 1])
                let isPrefix = Abbreviations.hyphenPrefixes.contains(lowercasedString(bytes, partStart..<index))
                if !isNumeric && !isPrefix {
                    emitSplittingClitics(partStart..<index)
                    emit(index..<index + 1, .punctuation)
                    partStart = index + 1
                }
            }
            index += 1
        }
        emitSplittingClitics(partStart..<word.upperBound)
    }

    /// Splits `n't`, `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m` (with `'` or `’`) and the fused
    /// forms (`cannot`, `gonna`) into two words.
    private mutating func emitSplittingClitics(_ word: Range<Int>) {
        if let split = cliticStart(word), split > word.lowerBound, split < word.upperBound {
            emit(word.lowerBound..<split, .word)
            pieces[pieces.count - 1].joinsNext = true
            emit(split..<word.upperBound, .word)
        } else {
            emit(word, .word)
        }
    }

    private func cliticStart(_ word: Range<Int>) -> Int? {
        if let first = Abbreviations.fused[lowercasedString(bytes, word)] { return word.lowerBound + first }
        // Find the last apostrophe.
        var apostrophe: Int?
        var apostropheLength = 0
        var index = word.upperBound - 1
        while index > word.lowerBound {
            if bytes[index] == UInt8(ascii: "'") {
                apostrophe = index
                apostropheLength = 1
                break
            }
            if index + 2 < word.upperBound, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                apostrophe = index
                apostropheLength = 3
                break
            }
            index -= 1
        }
        guard let apostrophe else { return nil }
        let suffix = lowercasedString(bytes, apostrophe + apostropheLength..<word.upperBound)
        switch suffix {
        case "t":
            let n = apostrophe - 1
            return n > word.lowerBound && lowercased(bytes[n]) == UInt8(ascii: "n") ? n : nil
        case "s", "re", "ve", "ll", "d", "m": return apostrophe
        default: return nil
        }
    }
}
