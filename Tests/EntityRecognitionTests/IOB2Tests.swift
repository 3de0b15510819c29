import NLPCore
import Testing

@testable import EntityRecognition

@Suite("IOB2 reader")
struct IOB2Tests {
    static func read(_ text: String, other: IOB2.OtherSpans = .outside) throws -> [Sentence] {
        try IOB2.read(utf8: Array(text.utf8), path: "t.iob2", other: other)
    }

    static func tags(_ sentence: Sentence) -> [String] { sentence.words.map { $0.entity?.description ?? "O" } }

    @Test func readsSentencesCommentsAndTags() throws {
        let text = """
            # newdoc id = d1
            # sent_id = s1
            1\tJohn\tB-PER\t-\tann
            2\tSmith\tI-PER\t-\tann
            3\tvisited\tO
            4\tParis\tB-LOC\t-\tann

            # sent_id = s2
            1\tOK\tO

            """
        let sentences = try Self.read(text)
        #expect(sentences.count == 2)
        #expect(sentences[0].comments == ["# newdoc id = d1", "# sent_id = s1"])
        #expect(sentences[0].words.map(\.form) == ["John", "Smith", "visited", "Paris"])
        #expect(Self.tags(sentences[0]) == ["B-PER", "I-PER", "O", "B-LOC"])
        #expect(sentences[1].sentID == "s2")
    }

    @Test(arguments: [
        (["B-OTH", "I-OTH", "B-O", "I-O"], IOB2.OtherSpans.outside, ["O", "O", "O", "O"]),
        (["B-OTH", "I-OTH", "B-O", "O"], IOB2.OtherSpans.misc, ["B-MISC", "I-MISC", "O", "O"]),
        // An I- that continues nothing, or another type, starts an entity.
        (["O", "I-ORG", "I-ORG", "I-LOC"], IOB2.OtherSpans.outside, ["O", "B-ORG", "I-ORG", "B-LOC"]),
        (["B-OTH", "I-PER", "O", "O"], IOB2.OtherSpans.outside, ["O", "B-PER", "O", "O"]),
    ])
    func normalisesTags(input: [String], other: IOB2.OtherSpans, expected: [String]) throws {
        let text = input.enumerated().map { "\($0.offset + 1)\tw\($0.offset)\t\($0.element)" }.joined(separator: "\n")
        let sentences = try Self.read(text + "\n\n", other: other)
        #expect(Self.tags(sentences[0]) == expected)
    }

    @Test(arguments: [
        ("1\tJohn\tB-PER\n2\tSmith\n", 2, "expected ID, FORM and TAG"),
        ("# c\n1\tJohn\tX-PER\n", 2, "'X-PER' is not an IOB2 tag"),
        ("1\tA\tO\n3\tB\tO\n", 2, "expected word ID 2"),
        ("1\tA\tO\n\n1\tB\tB-\n", 3, "'B-' is not an IOB2 tag"),
    ])
    func reportsPathAndLine(text: String, line: Int, message: String) {
        #expect {
            _ = try Self.read(text)
        } throws: { error in
            guard let error = error as? IOB2Error else { return false }
            return error.line == line && error.description.hasPrefix("t.iob2:\(line):1: error: ")
                && error.message.contains(message)
        }
    }

    @Test func writesWhatItReads() throws {
        let text = "# sent_id = a\n1\tJohn\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n\n"
        #expect(IOB2.write(try Self.read(text)) == text)
    }
}
