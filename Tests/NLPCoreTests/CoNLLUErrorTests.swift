import NLPCore
import Testing

@Suite("CoNLL-U errors")
struct CoNLLUErrorTests {
    static func word(_ id: String, head: String = "0", columns: Int = 10) -> String {
        let fields = [id, "w", "_", "_", "_", "_", head, "root", "_", "_"]
        return (fields.prefix(columns) + Array(repeating: "_", count: max(0, columns - 10))).joined(separator: "\t")
    }

    /// (input, line, start of the message).
    static let cases: [(String, Int, String)] = [
        ("# c\n" + word("1", columns: 9) + "\n", 2, "expected 10 tab-separated columns, found 9"),
        (word("1") + "\n" + word("2", head: "1", columns: 11) + "\n", 2, "expected 10 tab-separated columns, found 11"),
        (word("1") + "\n" + word("3", head: "1") + "\n", 2, "word ID 3 out of order"),
        (word("0") + "\n", 1, "word ID 0 out of order"),
        (word("01") + "\n", 1, "bad ID '01'"),
        (word("a") + "\n", 1, "bad ID 'a'"),
        (word("1") + "\n\n" + word("1-x") + "\n", 3, "bad ID '1-x'"),
        (word("1") + "\n" + word("3-4") + "\n", 2, "multiword token ID 3-4 out of place"),
        (word("1-1") + "\n", 1, "multiword token ID 1-1 out of place"),
        (word("1") + "\n" + word("2.1") + "\n", 2, "empty node ID 2.1 out of place"),
        (word("1") + "\n" + word("1.2") + "\n", 2, "empty node ID 1.2 out of place"),
        (word("1") + "\n" + word("2", head: "x") + "\n", 2, "bad HEAD 'x'"),
        (word("1") + "\n" + word("2", head: "-1") + "\n", 2, "bad HEAD '-1'"),
        ("# a\n" + word("1") + "\n" + word("2", head: "7") + "\n\n", 3, "HEAD 7 out of range"),
        (word("1", head: "1") + "\n", 1, "word 1 is its own head"),
        (word("1") + "\n" + word("2-3") + "\n" + word("2", head: "1") + "\n\n", 2, "multiword token 2-3 spans words beyond"),
        (word("1") + "\n# late\n", 2, "comment line inside a sentence"),
        ("# only a comment\n\n", 2, "sentence without words"),
        ("\u{1}\n", 1, "expected 10 tab-separated columns, found 1"),
    ]

    @Test(arguments: cases)
    func malformedLineIsReportedWithItsNumber(input: String, line: Int, message: String) {
        #expect {
            _ = try CoNLLU.read(input)
        } throws: { error in
            guard let error = error as? CoNLLUError else { return false }
            return error.line == line && error.message.hasPrefix(message)
        }
    }

    @Test func pathPrefixesTheMessage() {
        let error = CoNLLUError(path: "a.conllu", line: 3, message: "bad ID 'x'")
        #expect(error.description == "a.conllu:3:1: error: bad ID 'x'")
        #expect(CoNLLUError(line: 3, message: "m").description == "line 3: m")
        do {
            _ = try CoNLLU.read("x\n", path: "in.conllu")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "in.conllu:1:1: error: expected 10 tab-separated columns, found 1")
        }
    }
}
