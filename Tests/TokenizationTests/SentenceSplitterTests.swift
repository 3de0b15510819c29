import NLPCore
import Testing
import Tokenization

@Suite("Tokenizer: sentences")
struct SentenceSplitterTests {
    /// (input, expected sentences as their token forms joined by spaces).
    static let cases: [(String, [String])] = [
        ("He left. She stayed! Why? Nobody knows.", ["He left .", "She stayed !", "Why ?", "Nobody knows ."]),
        ("\"Go home.\" He went.", ["\" Go home . \"", "He went ."]),
        ("(It rained.) Then it stopped.", ["( It rained . )", "Then it stopped ."]),
        ("Mr. Smith met Dr. Jones.", ["Mr. Smith met Dr. Jones ."]),
        ("He works at Acme Inc. in Ohio.", ["He works at Acme Inc. in Ohio ."]),
        // EWT gives the period of an abbreviation that ends a sentence to the sentence (`U.S` `.`).
        ("She moved to the U.S. The move went well.", ["She moved to the U.S .", "The move went well ."]),
        ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it ."]),
        ("Prices rose 3.5 percent. Sales fell.", ["Prices rose 3.5 percent .", "Sales fell ."]),
        ("Is it?\" she asked.", ["Is it ? \" she asked ."]),
        ("Wait... What?", ["Wait ...", "What ?"]),
        ("First paragraph without a stop\n\nSecond one", ["First paragraph without a stop", "Second one"]),
        ("Vietnam Hails US Ties\nHanoi (VNA) - The talks went well.", ["Vietnam Hails US Ties", "Hanoi ( VNA ) - The talks went well ."]),
        ("The minister said that the\ntalks went well.", ["The minister said that the talks went well ."]),
    ]

    @Test(arguments: cases)
    func sentences(input: String, expected: [String]) {
        let document = Tokenizer().tokenize(input)
        #expect(document.sentences.map { $0.words.map(\.form).joined(separator: " ") } == expected)
        TokenizerTests.expectAligned(document)
    }
}
