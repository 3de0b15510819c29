import NLPCore

/// A rule-based English sentence splitter and tokenizer for raw news text, following the UD
/// English EWT conventions: clitics split off (`do` `n't`, `ca` `n't`, `gon` `na`, `can` `not`),
/// punctuation split off words, abbreviations, initials, numbers, URLs and e-mail addresses kept
/// whole, hyphenated words split except after common prefixes (`non-stop`, `e-mail`).
///
/// Every word's `range` is its exact UTF-8 byte range in the input and its `form` the text of
/// that range. A word split into a host and a clitic is, as in EWT, a multiword token over two
/// words (`don't` = `do` + `n't`, `John's` = `John` + `'s`, `gonna` = `gon` + `na`); since the
/// words' forms spell the token, each word keeps its own exact sub-range (not the token's range,
/// as ``Document/init(reconstructingTextOf:paragraphBreaks:)`` gives words of a multiword token).
/// `SpaceAfter=No` is set in MISC when the surface token (a multiword token or a word outside
/// one) is directly followed by a non-space character; words inside a multiword token have `_`.
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
            var multiwordTokens: [MultiwordToken] = []
            words.reserveCapacity(span.count + 1)
            func spaceAfter(_ range: Range<Int>) -> String {
                range.upperBound >= bytes.count || whitespaceLength(bytes, at: range.upperBound) > 0 ? "_" : "SpaceAfter=No"
            }
            func append(_ range: Range<Int>, isInMultiword: Bool = false) {
                words.append(
                    Token(
                        range: range, form: String(decoding: bytes[range], as: UTF8.self),
                        misc: isInMultiword ? "_" : spaceAfter(range)))
            }
            // As in EWT, an abbreviation that ends a sentence gives its period to the sentence
            // (`etc` `.`), also before closing quotes and brackets.
            var last = span.upperBound - 1
            while last > span.lowerBound, splitter.isClosing(pieces[last]) { last -= 1 }
            var index = span.lowerBound
            while index < span.upperBound {
                let range = pieces[index].range
                if pieces[index].joinsNext && index + 1 < span.upperBound {
                    let whole = range.lowerBound..<pieces[index + 1].range.upperBound
                    multiwordTokens.append(
                        MultiwordToken(
                            words: words.count + 1...words.count + 2,
                            token: Token(
                                range: whole, form: String(decoding: bytes[whole], as: UTF8.self),
                                misc: spaceAfter(whole))))
                    append(range, isInMultiword: true)
                    append(pieces[index + 1].range, isInMultiword: true)
                    index += 2
                    continue
                }
                if index == last && pieces[index].kind == .abbreviation && range.count > 1 {
                    append(range.lowerBound..<range.upperBound - 1)
                    append(range.upperBound - 1..<range.upperBound)
                } else {
                    append(range)
                }
                index += 1
            }
            sentences.append(Sentence(words: words, multiwordTokens: multiwordTokens))
        }
        return Document(text: text, sentences: sentences)
    }
}

/// A token found by the scanner: its byte range and the line breaks in the whitespace before it.
struct Piece {
    var range: Range<Int>
    var lineBreaksBefore: Int
    var kind: Kind
    /// Whether this is the host of a clitic split off after it (`do` of `don't`): the two pieces
    /// make one multiword token.
    var joinsNext = false

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
