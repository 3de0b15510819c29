import NLPCore
import Testing

@Suite("Document: rebuilt text")
struct DocumentTextTests {
    static let conllu = """
        # newdoc id = d1
        # newpar id = p1
        1\tHi\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
        2\t.\t_\t_\t_\t_\t_\t_\t_\t_

        1\tYes\t_\t_\t_\t_\t_\t_\t_\t_

        # newpar id = p2
        1\tNew\t_\t_\t_\t_\t_\t_\t_\t_

        # newdoc id = d2
        1\tEnd\t_\t_\t_\t_\t_\t_\t_\t_


        """

    /// (paragraph breaks, expected text).
    static let cases: [(Bool, String)] = [
        (false, "Hi. Yes New End"),
        (true, "Hi. Yes\n\nNew\n\nEnd"),
    ]

    @Test(arguments: cases)
    func paragraphBreaks(paragraphs: Bool, expected: String) throws {
        let document = Document(reconstructingTextOf: try CoNLLU.read(Self.conllu), paragraphBreaks: paragraphs)
        #expect(document.text == expected)
        for token in document.tokens { #expect(document.text(of: token).map(String.init) == token.form) }
    }
}
