import NLPCore

/// A rule-based English sentence splitter and tokenizer for raw news text, following the UD
/// English EWT conventions: clitics split off (`do` `n't`, `ca` `n't`, `gon` `na`, `can` `not`),
/// punctuation split off words, abbreviations, initials, numbers, URLs and e-mail addresses kept
/// whole, hyphenated words split except after common prefixes (`non-stop`, `e-mail`).
///
/// Every token's `range` is its exact UTF-8 byte range in the input and its `form` the text of
/// that range, so a split clitic is two words with adjacent ranges; no multiword tokens are made
/// (`don't` is the words `do` and `n't`, not a `don't` token spanning them). `SpaceAfter=No` is
/// set in MISC when the token is directly followed by a non-space character.
public struct Tokenizer: Sendable {
    public init() {}

    /// Splits `text` into sentences of tokens.
    public func tokenize(_ text: String) -> Document {
        let bytes = Array(text.utf8)
        let pieces = TokenScanner(bytes: bytes).scan()
        var sentences: [Sentence] = []
        for span in SentenceSplitter(bytes: bytes, pieces: pieces).split() {
            var words: [Token] = []
            words.reserveCapacity(span.count)
            for piece in pieces[span] {
                let isFollowedBySpace =
                    piece.range.upperBound >= bytes.count || whitespaceLength(bytes, at: piece.range.upperBound) > 0
                words.append(
                    Token(
                        range: piece.range, form: String(decoding: bytes[piece.range], as: UTF8.self),
                        misc: isFollowedBySpace ? "_" : "SpaceAfter=No"))
            }
            sentences.append(Sentence(words: words))
        }
        return Document(text: text, sentences: sentences)
    }
}

/// A token found by the scanner: its byte range and the line breaks in the whitespace before it.
struct Piece {
    var range: Range<Int>
    var lineBreaksBefore: Int
    var kind: Kind

    enum Kind {
        /// Letters, digits and what joins them (`U.S.`, `3.5`, `e-mail`, a URL).
        case word
        /// A word that ends in a period kept as part of it: an abbreviation or an initial.
        case abbreviation
        /// A run of `.`, `!` and `?`, or `…`.
        case terminal
        /// Any other punctuation or symbol.
        case punctuation
    }
}
