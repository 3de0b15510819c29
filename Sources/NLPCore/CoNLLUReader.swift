/// The CoNLL-U reader: scans UTF-8 bytes line by line and checks IDs, heads and line order as it
/// builds sentences.
struct CoNLLUReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String?
    private var position = 0
    private var lineNumber = 0
    private var sentences: [Sentence] = []
    private var fields: [Range<Int>] = []

    // The sentence being read.
    private var comments: [String] = []
    private var words: [Token] = []
    private var wordLines: [Int] = []
    private var multiwordTokens: [MultiwordToken] = []
    private var lastMultiwordLine = 0
    private var emptyNodes: [EmptyNode] = []

    init(bytes: UnsafeBufferPointer<UInt8>, path: String?) {
        self.bytes = bytes
        self.path = path
        fields.reserveCapacity(10)
    }

    mutating func readAll() throws(CoNLLUError) -> [Sentence] {
        while position < bytes.count {
            lineNumber += 1
            let start = position
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            position = end + 1
            if start == end {
                try finishSentence()
            } else if bytes[start] == UInt8(ascii: "#") {
                guard words.isEmpty, multiwordTokens.isEmpty, emptyNodes.isEmpty else {
                    throw error("comment line inside a sentence (comments go before its first word)")
                }
                comments.append(string(start..<end))
            } else {
                try readTokenLine(start..<end)
            }
        }
        try finishSentence()
        return sentences
    }

    private func error(_ message: String, line: Int? = nil) -> CoNLLUError {
        CoNLLUError(path: path, line: line ?? lineNumber, message: message)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC`: a word, a multiword token or an
    /// empty node.
    private mutating func readTokenLine(_ line: Range<Int>) throws(CoNLLUError) {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = line.lowerBound
        for index in line where bytes[index] == UInt8(ascii: "\t") {
            fields.append(fieldStart..<index)
            fieldStart = index + 1
        }
        fields.append(fieldStart..<line.upperBound)
        guard fields.count == 10 else {
            throw error("expected 10 tab-separated columns, found \(fields.count)")
        }
        let headField = fields[6]
        let head: Int?
        if isUnderscore(headField) {
            head = nil
        } else if let value = integer(headField) {
            head = value
        } else {
            throw error("bad HEAD '\(string(headField))': expected a word index, 0 for the root, or _")
        }
        let token = Token(
            form: string(fields[1]), lemma: string(fields[2]), upos: string(fields[3]), xpos: string(fields[4]),
            feats: string(fields[5]), head: head, deprel: string(fields[7]), deps: string(fields[8]),
            misc: string(fields[9]))
        try add(token, id: fields[0])
    }

    /// Checks the ID against the lines before it and files the token accordingly.
    private mutating func add(_ token: Token, id: Range<Int>) throws(CoNLLUError) {
        let next = words.count + 1
        if let value = integer(id) {
            guard value == next else { throw error("word ID \(value) out of order: expected \(next)") }
            words.append(token)
            wordLines.append(lineNumber)
            return
        }
        let separator = id.firstIndex { bytes[$0] == UInt8(ascii: "-") || bytes[$0] == UInt8(ascii: ".") }
        guard let separator, let first = integer(id.lowerBound..<separator),
            let second = integer(separator + 1..<id.upperBound)
        else { throw error("bad ID '\(string(id))': expected N, N-M or N.K") }
        let isPendingMultiword = (multiwordTokens.last?.words.upperBound ?? 0) > words.count
        if bytes[separator] == UInt8(ascii: "-") {
            guard first == next, second > first else {
                throw error("multiword token ID \(first)-\(second) out of place: expected \(next)-M with M > \(next)")
            }
            guard !isPendingMultiword else { throw error("multiword token \(first)-\(second) overlaps the previous one") }
            multiwordTokens.append(MultiwordToken(words: first...second, token: token))
            lastMultiwordLine = lineNumber
        } else {
            let expected = (emptyNodes.last.map { $0.after == words.count ? $0.index : 0 } ?? 0) + 1
            guard first == words.count, second == expected, !isPendingMultiword else {
                throw error("empty node ID \(first).\(second) out of place: expected \(words.count).\(expected)")
            }
            emptyNodes.append(EmptyNode(after: first, index: second, token: token))
        }
    }

    /// Ends the sentence at a blank line or at the end of the input, checking heads and spans.
    private mutating func finishSentence() throws(CoNLLUError) {
        guard !words.isEmpty else {
            guard comments.isEmpty, multiwordTokens.isEmpty, emptyNodes.isEmpty else {
                throw error("sentence without words")
            }
            return
        }
        for (index, word) in words.enumerated() {
            guard let head = word.head else { continue }
            guard head <= words.count else {
                throw error("HEAD \(head) out of range: the sentence has \(words.count) words", line: wordLines[index])
            }
            guard head != index + 1 else { throw error("word \(head) is its own head", line: wordLines[index]) }
        }
        if let last = multiwordTokens.last, last.words.upperBound > words.count {
            throw error(
                "multiword token \(last.words.lowerBound)-\(last.words.upperBound) spans words beyond the sentence",
                line: lastMultiwordLine)
        }
        sentences.append(
            Sentence(comments: comments, words: words, multiwordTokens: multiwordTokens, emptyNodes: emptyNodes))
        comments.removeAll()
        words.removeAll()
        wordLines.removeAll(keepingCapacity: true)
        multiwordTokens.removeAll()
        emptyNodes.removeAll()
    }

    private func isUnderscore(_ range: Range<Int>) -> Bool {
        range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "_")
    }

    /// A non-negative decimal integer in canonical form (no sign, no leading zero), at most 9 digits.
    private func integer(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9, range.count == 1 || bytes[range.lowerBound] != UInt8(ascii: "0")
        else { return nil }
        var value = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
