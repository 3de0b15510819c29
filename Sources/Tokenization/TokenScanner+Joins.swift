/// Decisions about what joins word characters into one token.
extension TokenScanner {
    /// File extensions and top-level domains: `name.com`, `draft.doc` stay one token.
    static let domainSuffixes: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "uk", "ca", "de", "fr", "jp", "au", "us",
        "io", "co", "tv", "me", "ly", "fm", "ru", "in", "it", "nl", "html", "htm", "php", "asp", "aspx", "jsp", "cfm",
        "stm", "js", "css", "xml", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "rtf", "csv", "jpg",
        "jpeg", "gif", "png", "bmp", "zip", "exe", "mp3", "mp4", "avi", "wav", "mov",
    ]

    /// The length of `...@` at `index` when a run of two or more periods is followed by `@` and a
    /// word (`franz371...@gmail.com`), else `nil`.
    func elidedAddressLength(at index: Int) -> Int? {
        var end = index
        while end < bytes.count, bytes[end] == UInt8(ascii: ".") { end += 1 }
        guard end - index >= 2, end < bytes.count, bytes[end] == UInt8(ascii: "@"), isWordStart(end + 1) else {
            return nil
        }
        return end + 1 - index
    }

    /// Whether the period after `word` ends a sentence typed without a space after it
    /// (`quality.You'll`, `box.other`), rather than joining a domain name or abbreviation:
    /// `word` is two or more letters, the letters after the period are a word of two or more
    /// letters that is not a domain or file suffix, and capitalized or after a lower-case word;
    /// `word` is not an abbreviation (`Mr.Smith`).
    func isRunOnSentence(_ word: Range<Int>) -> Bool {
        guard word.count >= 2, bytes[word].allSatisfy(isASCIILetter),
            !Abbreviations.known.contains(lowercasedString(bytes, word))
        else { return false }
        var end = word.upperBound + 1
        while end < bytes.count, isASCIILetter(bytes[end]) { end += 1 }
        let next = word.upperBound + 1..<end
        guard next.count >= 2 else { return false }
        if end < bytes.count {
            let after = bytes[end]
            if after == UInt8(ascii: ".") || after == UInt8(ascii: "@") || after == UInt8(ascii: "/")
                || after == UInt8(ascii: "-") || isDigit(after) || after == UInt8(ascii: "_")
            {
                return false
            }
        }
        if Self.domainSuffixes.contains(lowercasedString(bytes, next)) { return false }
        let first = bytes[next.lowerBound]
        if isUpper(first) { return bytes[next].dropFirst().allSatisfy(isLower) }
        return word.count >= 3 && bytes[word].allSatisfy(isLower)
    }

    /// One or two ASCII letters or digits starting at `index`, not followed by a word character.
    func isShortWord(at index: Int) -> Bool {
        var end = index
        while end < bytes.count, end - index < 3, isASCIILetter(bytes[end]) || isDigit(bytes[end]) { end += 1 }
        return end > index && end - index <= 2 && !isWordStart(end)
    }

    /// `01-Feb-02`, `3-Nov-2004`: a date EWT keeps as one token.
    func isDayMonthYear(_ word: Range<Int>) -> Bool {
        let parts = bytes[word].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), parts[0].allSatisfy(isDigit),
            parts[1].count == 3, parts[1].allSatisfy(isASCIILetter), parts[2].count == 2 || parts[2].count == 4,
            parts[2].allSatisfy(isDigit)
        else { return false }
        return true
    }

    /// The length of a year or decade abbreviated with an apostrophe at `index` (`'80s`, `’67`),
    /// or `nil`: the apostrophe, two digits, an optional `s`, and no word character after.
    func abbreviatedYearLength(at index: Int) -> Int? {
        var end = index
        if bytes[index] == UInt8(ascii: "'") {
            end += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            end += 3
        } else {
            return nil
        }
        guard end + 1 < bytes.count, isDigit(bytes[end]), isDigit(bytes[end + 1]) else { return nil }
        end += 2
        if end < bytes.count, bytes[end] == UInt8(ascii: "s") { end += 1 }
        return isWordStart(end) ? nil : end - index
    }
}
