import NLPCore
import Testing
import Tokenization

@Suite("Tokenizer: tokens")
struct TokenizerTests {
    /// (input, expected token forms), reviewed by hand against the EWT conventions.
    static let cases: [(String, [String])] = [
        ("I don't know.", ["I", "do", "n't", "know", "."]),
        ("She can't and won't.", ["She", "ca", "n't", "and", "wo", "n't", "."]),
        ("We're gonna win", ["We", "'re", "gon", "na", "win"]),
        ("You cannot go", ["You", "can", "not", "go"]),
        ("It's John's, they've, I'll, he'd, I'm", ["It", "'s", "John", "'s", ",", "they", "'ve", ",", "I", "'ll", ",", "he", "'d", ",", "I", "'m"]),
        ("It’s the country’s don’t", ["It", "’s", "the", "country", "’s", "do", "n’t"]),
        ("The U.S. economy grew 3.5% in Nov. to 1,000 units at 10:30 a.m. today.",
         ["The", "U.S.", "economy", "grew", "3.5", "%", "in", "Nov.", "to", "1,000", "units", "at", "10:30", "a.m.", "today", "."]),
        ("Mr. and Mrs. Smith met Dr. Jones of Acme Inc. and Gen. Lee.",
         ["Mr.", "and", "Mrs.", "Smith", "met", "Dr.", "Jones", "of", "Acme", "Inc.", "and", "Gen.", "Lee", "."]),
        ("He has a Ph.D. (e.g. physics, i.e. science)", ["He", "has", "a", "Ph.D.", "(", "e.g.", "physics", ",", "i.e.", "science", ")"]),
        ("J. R. R. Tolkien wrote", ["J.", "R.", "R.", "Tolkien", "wrote"]),
        ("See http://example.com/a-b?x=1. Or www.test.org!", ["See", "http://example.com/a-b?x=1", ".", "Or", "www.test.org", "!"]),
        ("Mail john.doe@example.com, please.", ["Mail", "john.doe@example.com", ",", "please", "."]),
        ("a non-stop e-mail about fault-finding", ["a", "non-stop", "e-mail", "about", "fault", "-", "finding"]),
        ("Call 345-9945 on 16/11/2004 or 9/11 and/or ____", ["Call", "345-9945", "on", "16/11/2004", "or", "9/11", "and", "/", "or", "____"]),
        ("\"Hello,\" she said. “Hi” ‘there’", ["\"", "Hello", ",", "\"", "she", "said", ".", "“", "Hi", "”", "‘", "there", "’"]),
        ("Wait -- no—yes – maybe...", ["Wait", "--", "no", "—", "yes", "–", "maybe", "..."]),
        ("Really?! Wow!!! Hmm…", ["Really", "?!", "Wow", "!!!", "Hmm", "…"]),
        ("(right) [left] {x}", ["(", "right", ")", "[", "left", "]", "{", "x", "}"]),
        ("Vietnam-US ties; Hanoi: yes", ["Vietnam", "-", "US", "ties", ";", "Hanoi", ":", "yes"]),
        ("AT&T’s café naïve", ["AT&T", "’s", "café", "naïve"]),
        ("No. 5 said no.", ["No.", "5", "said", "no", "."]),
        ("", []),
        // Abbreviations and initials keep their period inside a sentence.
        ("Gen. Lee met Mr. Bush in Nov. in the U.S. capital", ["Gen.", "Lee", "met", "Mr.", "Bush", "in", "Nov.", "in", "the", "U.S.", "capital"]),
        ("George W. Bush and P.S. notes", ["George", "W.", "Bush", "and", "P.S.", "notes"]),
        ("etc... and so on", ["etc", "...", "and", "so", "on"]),
        // Numbers and dates.
        ("It cost $1,250.50, or 3.5%, on 01-Feb-02 and 3-Nov-2004", ["It", "cost", "$", "1,250.50", ",", "or", "3.5", "%", ",", "on", "01-Feb-02", "and", "3-Nov-2004"]),
        ("In the '80s and ’90s, not '68 alone", ["In", "the", "'80s", "and", "’90s", ",", "not", "'68", "alone"]),
        ("the region . . . And", ["the", "region", ".", ".", ".", "And"]),
        // Web text: shortened addresses, emoticons, rules, attachments, slashed abbreviations.
        ("Email: franz371...@gmail.com or www.example.org/a_b", ["Email", ":", "franz371...@gmail.com", "or", "www.example.org/a_b"]),
        ("Great :) and :-( but ;P", ["Great", ":)", "and", ":-(", "but", ";P"]),
        ("<< File: a.doc >> $$$ ----== **** +++", ["<<", "File", ":", "a.doc", ">>", "$$$", "----==", "****", "+++"]),
        ("I left b/c of it w/o a word at f/2", ["I", "left", "b/c", "of", "it", "w/o", "a", "word", "at", "f/2"]),
        ("It was good.The end came at google.com today.no more", ["It", "was", "good", ".", "The", "end", "came", "at", "google.com", "today", ".", "no", "more"]),
        ("Mr.Smith uses Node.js and ASP.NET", ["Mr.Smith", "uses", "Node.js", "and", "ASP.NET"]),
        // Clitics typed without an apostrophe, as EWT splits them.
        ("i cant go, im sure thats it", ["i", "ca", "nt", "go", ",", "i", "m", "sure", "that", "s", "it"]),
        ("a self-driven mid-term plan", ["a", "self", "-", "driven", "mid-term", "plan"]),
    ]

    @Test(arguments: cases)
    func tokenForms(input: String, expected: [String]) {
        let document = Tokenizer().tokenize(input)
        #expect(document.tokens.map(\.form) == expected)
        TokenizerTests.expectAligned(document)
    }

    /// SpaceAfter=No is on the surface token: the multiword token `don't`, not its words.
    @Test func spaceAfterFollowsTheInput() {
        let document = Tokenizer().tokenize("I don't (really) know.")
        let flags = document.tokens.map(\.hasSpaceAfter)
        // I do n't ( really ) know .
        #expect(flags == [true, true, true, false, false, true, false, true])
        #expect(document.tokens.map(\.range) == [0..<1, 2..<4, 4..<7, 8..<9, 9..<15, 15..<16, 17..<21, 21..<22])
        let multiwords = document.sentences.flatMap(\.multiwordTokens)
        #expect(multiwords.map(\.words) == [2...3])
        #expect(multiwords.map(\.token.form) == ["don't"])
        #expect(multiwords.map(\.token.range) == [2..<7])
        #expect(multiwords.map(\.token.hasSpaceAfter) == [true])
    }

    /// (input, the forms of the multiword tokens), as EWT has them.
    static let multiwordCases: [(String, [String])] = [
        ("I can't, you won't, we're gonna", ["ca|n't", "wo|n't", "we|'re", "gon|na"]),
        ("John's cat’s toy cannot", ["John|'s", "cat|’s", "can|not"]),
        ("Im sure it's fine.", ["I|m", "it|'s"]),
        ("No clitics here", []),
    ]

    @Test(arguments: multiwordCases)
    func multiwordTokens(input: String, expected: [String]) {
        let document = Tokenizer().tokenize(input)
        let found = document.sentences.flatMap { sentence in
            sentence.multiwordTokens.map { token in
                sentence.words[token.words.lowerBound - 1..<token.words.upperBound].map(\.form).joined(separator: "|")
            }
        }
        #expect(found == expected)
        for sentence in document.sentences {
            for token in sentence.multiwordTokens {
                let words = sentence.words[token.words.lowerBound - 1..<token.words.upperBound]
                #expect(words.map(\.form).joined() == token.token.form)
                #expect(words.first?.range?.lowerBound == token.token.range?.lowerBound)
                #expect(words.last?.range?.upperBound == token.token.range?.upperBound)
            }
        }
    }

    /// Every token's range text is its form, ranges are increasing and disjoint, and everything
    /// between them is whitespace.
    static func expectAligned(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(document.utf8)
        var position = 0
        for token in document.tokens {
            guard let range = token.range else {
                Issue.record("unaligned token \(token.form)", sourceLocation: sourceLocation)
                return
            }
            #expect(range.lowerBound >= position, sourceLocation: sourceLocation)
            #expect(String(decoding: bytes[range], as: UTF8.self) == token.form, sourceLocation: sourceLocation)
            let gap = String(decoding: bytes[position..<max(position, range.lowerBound)], as: UTF8.self)
            let isGapSpace = gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            #expect(isGapSpace, "non-space \(gap) skipped", sourceLocation: sourceLocation)
            position = range.upperBound
        }
        let rest = String(decoding: bytes[min(position, bytes.count)...], as: UTF8.self)
        let isRestSpace = rest.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        #expect(isRestSpace, sourceLocation: sourceLocation)
    }
}
