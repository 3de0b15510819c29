/// A text and its analysis: sentences of tokens whose byte ranges point into the text.
public struct Document: Sendable {
    /// The original text.
    public let text: String
    /// The sentences, in text order.
    public var sentences: [Sentence]

    /// A document over `text`; the caller guarantees that token ranges lie in `text.utf8`.
    public init(text: String, sentences: [Sentence] = []) {
        self.text = text
        self.sentences = sentences
    }

    /// A document whose text is rebuilt from the surface tokens as CoNLL-U describes it: each
    /// multiword token or word outside one, followed by a space unless its MISC has
    /// `SpaceAfter=No` (also across sentences; there is no space after the last token). Every
    /// word, multiword token and empty node gets its range in that text (an empty node, an empty
    /// range where it stands).
    ///
    /// With `paragraphBreaks`, a sentence that starts a paragraph or document (a `# newpar` or
    /// `# newdoc` comment), other than the first, is preceded by a blank line (`"\n\n"`) instead
    /// of a space, as in the CoNLL 2018 shared task's raw-text files (UD tools
    /// `conllu_to_text.pl`, less its wrapping of lines at 80 characters).
    public init(reconstructingTextOf sentences: [Sentence], paragraphBreaks: Bool = false) {
        var text = ""
        var aligned = sentences
        var isSpacePending = false
        for s in aligned.indices {
            var sentence = aligned[s]
            var nextMultiword = 0
            var emptyIndex = 0
            var wordIndex = 0
            func placeEmptyNodes(after word: Int, at offset: Int) {
                while emptyIndex < sentence.emptyNodes.count, sentence.emptyNodes[emptyIndex].after == word {
                    sentence.emptyNodes[emptyIndex].token.range = offset..<offset
                    emptyIndex += 1
                }
            }
            if paragraphBreaks && !text.isEmpty && Self.startsParagraph(sentence) {
                text += "\n\n"
                isSpacePending = false
            }
            placeEmptyNodes(after: 0, at: text.utf8.count)
            while wordIndex < sentence.words.count {
                if isSpacePending { text += " " }
                let start = text.utf8.count
                let span: ClosedRange<Int>
                let surface: Token
                if nextMultiword < sentence.multiwordTokens.count,
                    sentence.multiwordTokens[nextMultiword].words.lowerBound == wordIndex + 1
                {
                    span = sentence.multiwordTokens[nextMultiword].words
                    surface = sentence.multiwordTokens[nextMultiword].token
                    text += surface.form
                    sentence.multiwordTokens[nextMultiword].token.range = start..<text.utf8.count
                    nextMultiword += 1
                } else {
                    span = (wordIndex + 1)...(wordIndex + 1)
                    surface = sentence.words[wordIndex]
                    text += surface.form
                }
                let range = start..<text.utf8.count
                for word in span where word <= sentence.words.count {
                    sentence.words[word - 1].range = range
                    placeEmptyNodes(after: word, at: range.upperBound)
                }
                wordIndex = span.upperBound
                isSpacePending = surface.hasSpaceAfter
            }
            aligned[s] = sentence
        }
        self.init(text: text, sentences: aligned)
    }

    /// Whether the sentence has a `# newpar` or `# newdoc` comment.
    static func startsParagraph(_ sentence: Sentence) -> Bool {
        sentence.comments.contains { comment in
            guard comment.utf8.first == UInt8(ascii: "#") else { return false }
            var rest = comment.utf8.dropFirst()
            while rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\t") { rest = rest.dropFirst() }
            for keyword in ["newpar", "newdoc"] where rest.starts(with: keyword.utf8) {
                let after = rest.dropFirst(keyword.utf8.count).first
                if after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t") { return true }
            }
            return false
        }
    }

    /// The text's UTF-8 view, which token ranges index.
    public var utf8: String.UTF8View { text.utf8 }

    /// All words of all sentences, in order.
    public var tokens: [Token] { sentences.flatMap(\.words) }

    /// The text of a token: the bytes of its range, or `nil` when it is not aligned.
    public func text(of token: Token) -> Substring? {
        let utf8 = text.utf8
        guard let range = token.range, range.lowerBound >= 0, range.upperBound <= utf8.count else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }
}
