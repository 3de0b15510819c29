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
        // Headlines and bylines without final punctuation are sentences.
        ("Storm Hits Coast\nBy Jane Doe, Reuters\n\nThe storm hit the coast on Monday.",
         ["Storm Hits Coast", "By Jane Doe , Reuters", "The storm hit the coast on Monday ."]),
        // A hard-wrapped paragraph: its line breaks are spaces, even before a capital.
        ("The minister said on Monday that the talks with the delegation from\nVietnam went well and that they would go on.",
         ["The minister said on Monday that the talks with the delegation from Vietnam went well and that they would go on ."]),
        // E-mail headers and signatures.
        ("Kay Mann 04/26/2001 07:17 AM Will you send it? Thanks, Sean",
         ["Kay Mann", "04/26/2001 07:17 AM", "Will you send it ?", "Thanks ,", "Sean"]),
        ("Regards,\nJohn Smith\nSales Manager\njohn@example.com",
         ["Regards ,", "John Smith", "Sales Manager john@example.com"]),
        ("Write to john@example.com Nobody answers.", ["Write to john@example.com", "Nobody answers ."]),
        ("See http://example.com/a http://example.com/b", ["See http://example.com/a", "http://example.com/b"]),
        ("End of message ===== Next part here", ["End of message", "=====", "Next part here"]),
        // An emoticon after a stop stays in the sentence; an ellipsis that opens one does not end it.
        ("I love her. :) She is great.", ["I love her . :)", "She is great ."]),
        ("...Now comes the fun part.", ["... Now comes the fun part ."]),
        ("We met Dr. Jones and Gen. Lee. Then we left.", ["We met Dr. Jones and Gen. Lee .", "Then we left ."]),
        ("He works for Acme Inc.", ["He works for Acme Inc ."]),
    ]

    @Test(arguments: cases)
    func sentences(input: String, expected: [String]) {
        let document = Tokenizer().tokenize(input)
        #expect(document.sentences.map { $0.words.map(\.form).joined(separator: " ") } == expected)
        TokenizerTests.expectAligned(document)
    }
}
