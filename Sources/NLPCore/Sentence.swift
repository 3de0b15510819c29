/// A sentence: its words, and, as CoNLL-U has them, its multiword tokens, empty nodes and comments.
public struct Sentence: Sendable, Hashable {
    /// The comment lines before the sentence, each without its line break but with its `#`
    /// (`"# sent_id = …"`, `"# text = …"`), kept verbatim.
    public var comments: [String]
    /// The syntactic words; word `i` (1-based in `Token.head`) is `words[i - 1]`.
    public var words: [Token]
    /// The multiword tokens, in order.
    public var multiwordTokens: [MultiwordToken]
    /// The empty nodes, in order.
    public var emptyNodes: [EmptyNode]

    public init(
        comments: [String] = [], words: [Token], multiwordTokens: [MultiwordToken] = [], emptyNodes: [EmptyNode] = []
    ) {
        self.comments = comments
        self.words = words
        self.multiwordTokens = multiwordTokens
        self.emptyNodes = emptyNodes
    }

    /// The value of the `# sent_id = …` comment.
    public var sentID: String? { commentValue("sent_id") }

    /// The value of the `# text = …` comment.
    public var text: String? { commentValue("text") }

    /// The value of the first `# key = value` comment with this key.
    public func commentValue(_ key: String) -> String? {
        let prefix = Array("# \(key) =".utf8)
        for comment in comments {
            let utf8 = comment.utf8
            guard utf8.starts(with: prefix) else { continue }
            var rest = utf8.dropFirst(prefix.count)
            if rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
            return String(decoding: rest, as: UTF8.self)
        }
        return nil
    }
}
