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
        let splitter = SentenceSplitter(bytes: bytes, pieces: pieces)
        for span in splitter.split() {
            var words: [Token] = []
            words.reserveCapacity(span.count + 1)
            func append(_ range: Range<Int>) {
                let isFollowedBySpace = range.upperBound >= bytes.count || whitespaceLength(bytes, at: range.upperBound) > 0
                words.append(
                    Token(
                        range: range, form: String(decoding: bytes[range], as: UTF8.self),
                        misc: isFollowedBySpace ? "_" : "SpaceAfter=No"))
            }
            // As in EWT, an abbreviation that ends a sentence gives its period to the sentence
            // (`etc` `.`), also before closing quotes and brackets.
            var last = span.upperBound - 1
            while last > span.lowerBound, splitter.isClosing(pieces[last]) { last -= 1 }
            for index in span {
                let range = pieces[index].range
                if index == last && pieces[index].kind == .abbreviation && range.count > 1 {
                    append(range.lowerBound..<range.upperBound - 1)
                    append(range.upperBound - 1..<range.upperBound)
                } else {
                    append(range)
                }
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
