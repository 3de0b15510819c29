/// Sentence boundaries without a stop in e-mail and web text, whose line breaks raw text (and
/// EWT's reconstructed text) may have lost: header lines, signatures, addresses, emoticons.
extension SentenceSplitter {
    /// Words of a greeting or closing that stand as a sentence when a comma and a capitalized
    /// word follow: `Regards, | Debra`, `Hi, | Yes dear`.
    static let salutations: Set<String> = ["regards", "thanks", "sincerely", "cheers", "hi", "hello", "thx"]

    /// Whether a sentence ends between `pieces[index - 1]` and `pieces[index]` (on one line):
    /// * after an e-mail header's date line: `Kay Mann 04/26/2001 07:17 AM | Will you …`;
    /// * before it, after a name or address: `Kay Mann | 04/26/2001 07:17 AM`;
    /// * after an e-mail address or URL before a capitalized word or another URL;
    /// * after a closing (`Regards,`) or an emoticon (`:)`) before a capitalized word;
    /// * before and after a rule (`=====`, `____`) and after the end of an attachment (`>>`).
    func isRecordBoundary(before index: Int) -> Bool {
        let previous = pieces[index - 1]
        let next = pieces[index]
        if index >= 3, isMeridiem(previous), isTime(pieces[index - 2]), isDate(pieces[index - 3]) {
            return !isContinuation(next)
        }
        if index + 1 < pieces.count, isDate(next), isTime(pieces[index + 1]), !startsLowercase(previous) {
            return true
        }
        if isRule(previous) || isRule(next) || (text(previous) == ">>" && !isContinuation(next)) { return true }
        if isWebAddress(previous) && isWebAddress(next) && !isEmailAddress(next) { return true }
        guard startsWithCapital(next) else { return false }
        if isEmailAddress(previous) || isWebAddress(previous) || isSmiley(previous) { return true }
        if index >= 2, text(previous) == ">", isEmailAddress(pieces[index - 2]) { return true }
        if index >= 2, text(previous) == ",",
            Self.salutations.contains(lowercasedString(bytes, pieces[index - 2].range))
        {
            return true
        }
        return false
    }

    private func text(_ piece: Piece) -> Substring {
        Substring(decoding: bytes[piece.range], as: UTF8.self)
    }

    /// A run of four or more `-`, `=`, `_`, `*`, `~`, `#` or `+`: a rule between parts of a message.
    private func isRule(_ piece: Piece) -> Bool {
        piece.kind == .punctuation && piece.range.count >= 4 && "-=_*~#+".utf8.contains(bytes[piece.range.lowerBound])
    }

    /// `AM`, `PM` (any case).
    private func isMeridiem(_ piece: Piece) -> Bool {
        piece.range.count == 2 && (equalsIgnoringCase(bytes, piece.range, "am") || equalsIgnoringCase(bytes, piece.range, "pm"))
    }

    /// `07:17`, `03:14:14`.
    private func isTime(_ piece: Piece) -> Bool {
        isDigit(bytes[piece.range.lowerBound]) && bytes[piece.range].contains(UInt8(ascii: ":"))
            && bytes[piece.range].allSatisfy { isDigit($0) || $0 == UInt8(ascii: ":") }
    }

    /// `04/26/2001`, `10/08/99`.
    private func isDate(_ piece: Piece) -> Bool {
        bytes[piece.range].lazy.filter { $0 == UInt8(ascii: "/") }.count == 2
            && bytes[piece.range].allSatisfy { isDigit($0) || $0 == UInt8(ascii: "/") }
    }

    /// A word with `@` and a period after it: `john@example.com`.
    private func isEmailAddress(_ piece: Piece) -> Bool {
        guard piece.kind == .word, let at = bytes[piece.range].firstIndex(of: UInt8(ascii: "@")) else { return false }
        return bytes[at..<piece.range.upperBound].contains(UInt8(ascii: "."))
    }

    /// A URL (`http://…`, `www.…`) or an e-mail address.
    private func isWebAddress(_ piece: Piece) -> Bool {
        guard piece.kind == .word else { return false }
        let start = piece.range.lowerBound
        func has(_ prefix: String) -> Bool {
            start + prefix.utf8.count <= piece.range.upperBound
                && equalsIgnoringCase(bytes, start..<start + prefix.utf8.count, prefix)
        }
        return has("http://") || has("https://") || has("www.") || isEmailAddress(piece)
    }

    /// `:)`, `:-(`, `;P`.
    func isSmiley(_ piece: Piece) -> Bool {
        let first = bytes[piece.range.lowerBound]
        return piece.kind == .punctuation && piece.range.count >= 2 && (first == UInt8(ascii: ":") || first == UInt8(ascii: ";"))
            && ")(PDp".utf8.contains(bytes[piece.range.upperBound - 1])
    }
}
