/// Groups tokens into sentences: after `.`, `!`, `?` or `…` (with the closing quotes and
/// brackets after them), after an abbreviation followed by a capitalized word, at blank lines,
/// after a short line without final punctuation (a headline or byline) unless its paragraph is
/// hard-wrapped, and at the record boundaries of e-mail and web text (see
/// ``isRecordBoundary(before:)``).
struct SentenceSplitter {
    let bytes: [UInt8]
    let pieces: [Piece]

    /// The longest line, in tokens, that ends a sentence without final punctuation.
    static let headlineLength = 12

    /// The index ranges of the sentences in `pieces`.
    func split() -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var lineStart = 0
        var index = 0
        let softBreaks = softLineBreaks()
        while index < pieces.count {
            let piece = pieces[index]
            if piece.lineBreaksBefore > 0 && !softBreaks.contains(index) {
                let endsAtBreak =
                    piece.lineBreaksBefore >= 2
                    || (index - lineStart <= Self.headlineLength && !startsLowercase(piece))
                if endsAtBreak && index > start {
                    sentences.append(start..<index)
                    start = index
                }
                lineStart = index
            } else if index > start && isRecordBoundary(before: index) {
                sentences.append(start..<index)
                start = index
            }
            index += 1
            guard piece.kind == .terminal || piece.kind == .abbreviation else { continue }
            var end = index
            // Closing quotes and brackets touching the stop go with the sentence they close.
            while end < pieces.count, pieces[end].range.lowerBound == pieces[end - 1].range.upperBound,
                isClosing(pieces[end])
            {
                end += 1
            }
            // So does an emoticon on the same line: `I love her. :)`.
            if end < pieces.count, pieces[end].lineBreaksBefore == 0, isSmiley(pieces[end]) { end += 1 }
            guard end < pieces.count else { continue }
            let next = pieces[end]
            let isBreak: Bool
            if isContinuation(next) {
                // `(?).`, `etc.,`: the sentence goes on.
                isBreak = false
            } else if piece.kind == .abbreviation {
                isBreak = startsWithCapital(next) && !isTitleOrInitial(piece)
                    && (!bytes[piece.range.dropLast()].contains(UInt8(ascii: ".")) || isSentenceStarter(next))
            } else if isEllipsis(piece) {
                // Not one that opens the sentence: `...Now comes the fun part`.
                isBreak = startsUppercase(next) && index - 1 > start
            } else {
                // EWT splits even before a lower-case word, except after a quotation (`?" she asked`).
                isBreak = end == index || !startsLowercase(next)
            }
            if isBreak {
                sentences.append(start..<end)
                start = end
                index = end
            }
        }
        if start < pieces.count { sentences.append(start..<pieces.count) }
        return sentences
    }

    /// The shortest line, in bytes, that a hard-wrapped paragraph has before its last line.
    static let wrappedLineLength = 55

    /// The indices of the pieces that start a line inside a hard-wrapped paragraph (every line
    /// but the last at least ``wrappedLineLength`` bytes long), where a line break is just a space.
    func softLineBreaks() -> Set<Int> {
        var soft = Set<Int>()
        var paragraphLines: [Int] = []  // the first piece of each line of the current paragraph
        var isWrapped = true
        func closeParagraph() {
            if paragraphLines.count >= 2 && isWrapped { soft.formUnion(paragraphLines.dropFirst()) }
            paragraphLines = []
            isWrapped = true
        }
        for index in pieces.indices where index == 0 || pieces[index].lineBreaksBefore > 0 {
            if index > 0 && pieces[index].lineBreaksBefore == 1, let lineStart = paragraphLines.last {
                if pieces[index - 1].range.upperBound - pieces[lineStart].range.lowerBound < Self.wrappedLineLength {
                    isWrapped = false
                }
            } else {
                closeParagraph()
            }
            paragraphLines.append(index)
        }
        closeParagraph()
        return soft
    }

    func isClosing(_ piece: Piece) -> Bool {
        guard piece.kind == .punctuation else { return false }
        let first = bytes[piece.range.lowerBound]
        if piece.range.count == 1 { return "\"')]}".utf8.contains(first) }
        let (scalar, _) = decodeScalar(bytes, at: piece.range.lowerBound)
        return scalar == "”" || scalar == "’" || scalar == "»"
    }

    /// A stop, comma, semicolon or colon: punctuation that does not start a sentence.
    func isContinuation(_ piece: Piece) -> Bool {
        piece.kind == .terminal || (piece.range.count == 1 && ",;:".utf8.contains(bytes[piece.range.lowerBound]))
    }

    /// Starts with an upper-case letter.
    func startsWithCapital(_ piece: Piece) -> Bool {
        decodeScalar(bytes, at: piece.range.lowerBound).0.properties.isUppercase
    }

    /// A word that often starts a sentence, so a dotted abbreviation before it (`U.S.`) ends one.
    private func isSentenceStarter(_ piece: Piece) -> Bool {
        Abbreviations.sentenceStarters.contains(lowercasedString(bytes, piece.range))
    }

    private func isEllipsis(_ piece: Piece) -> Bool {
        piece.range.count >= 2 && bytes[piece.range].allSatisfy { $0 == UInt8(ascii: ".") } || piece.range.count == 3
            && bytes[piece.range.lowerBound] == 0xE2
    }

    func startsLowercase(_ piece: Piece) -> Bool {
        let (scalar, _) = decodeScalar(bytes, at: piece.range.lowerBound)
        return scalar.properties.isLowercase
    }

    /// Starts with an upper-case letter, a digit, or an opening quote or bracket.
    private func startsUppercase(_ piece: Piece) -> Bool {
        let (scalar, _) = decodeScalar(bytes, at: piece.range.lowerBound)
        if scalar.properties.isUppercase || isDigit(bytes[piece.range.lowerBound]) { return true }
        return piece.kind == .punctuation && !isClosing(piece)
    }

    /// `Mr.`, `Gen.`, `Nov.` or an initial (`J.`): a name or number follows.
    private func isTitleOrInitial(_ piece: Piece) -> Bool {
        let word = piece.range.lowerBound..<piece.range.upperBound - 1
        if word.count == 1 && isUpper(bytes[word.lowerBound]) { return true }
        return Abbreviations.beforeName.contains(lowercasedString(bytes, word))
    }
}
