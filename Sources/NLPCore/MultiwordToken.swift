/// A CoNLL-U multiword token (`3-4	don't`): one surface token spanning several words.
public struct MultiwordToken: Sendable, Hashable {
    /// The 1-based indices of the words it spans, such as `3...4`.
    public var words: ClosedRange<Int>
    /// The token line's fields: the surface `form`, `misc` (where `SpaceAfter=No` goes) and the
    /// other columns, normally `_`; its `range` is the surface token's range in the text.
    public var token: Token

    public init(words: ClosedRange<Int>, token: Token) {
        self.words = words
        self.token = token
    }
}
