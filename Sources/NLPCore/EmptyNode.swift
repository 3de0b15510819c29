/// A CoNLL-U empty node of the enhanced graph (`5.1`): a word with no surface form in the text.
public struct EmptyNode: Sendable, Hashable {
    /// The word it follows (`5` in `5.1`; `0` before the first word).
    public var after: Int
    /// Its 1-based index among the empty nodes after that word (`1` in `5.1`).
    public var index: Int
    /// Its fields; `head` and `deprel` are normally `_`, the relations being in `deps`.
    public var token: Token

    public init(after: Int, index: Int, token: Token) {
        self.after = after
        self.index = index
        self.token = token
    }
}
