import NLPCore
import Testing

@Suite("CoNLL-U reading and writing")
struct CoNLLURoundTripTests {
    static let multiword = """
        # sent_id = mwt-1
        # text = I don't know.
        1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t4:nsubj\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres\t4\taux\t4:aux\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
        4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_


        """

    static let emptyNode = """
        # newdoc id = doc-1
        # sent_id = empty-1
        # text = Sue likes coffee and Bill tea
        1\tSue\tSue\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t2:nsubj\t_
        2\tlikes\tlike\tVERB\tVBZ\tNumber=Sing\t0\troot\t0:root\t_
        3\tcoffee\tcoffee\tNOUN\tNN\tNumber=Sing\t2\tobj\t2:obj\t_
        4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t5.1:cc\t_
        5\tBill\tBill\tPROPN\tNNP\tNumber=Sing\t2\tconj\t5.1:nsubj\t_
        5.1\tlikes\tlike\tVERB\tVBZ\tNumber=Sing\t_\t_\t2:conj:and\tCopyOf=2
        6\ttea\ttea\tNOUN\tNN\tNumber=Sing\t5\torphan\t5.1:obj\t_


        """

    static let unannotated = """
        0.1\tx\t_\t_\t_\t_\t_\t_\t_\t_
        1-2\tdu\t_\t_\t_\t_\t_\t_\t_\t_
        1\tde\t_\t_\t_\t_\t_\t_\t_\t_
        2\tle\t_\t_\t_\t_\t_\t_\t_\t_
        2.1\ty\t_\t_\t_\t_\t_\t_\t_\t_
        2.2\tz\t_\t_\t_\t_\t_\t_\t_\t_
        3\t_\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No

        1\tSecond\t_\t_\t_\t_\t_\t_\t_\t_


        """

    @Test(arguments: [multiword, emptyNode, unannotated])
    func roundTripIsByteExact(text: String) throws {
        let sentences = try CoNLLU.read(text)
        #expect(CoNLLU.write(sentences) == text)
    }

    @Test func multiwordTokensAreKept() throws {
        let sentence = try #require(try CoNLLU.read(Self.multiword).first)
        #expect(sentence.sentID == "mwt-1")
        #expect(sentence.text == "I don't know.")
        #expect(sentence.words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(sentence.words.map(\.head) == [4, 4, 4, 0, 4])
        #expect(sentence.multiwordTokens.map(\.words) == [2...3])
        #expect(sentence.multiwordTokens.first?.token.form == "don't")
        #expect(sentence.words[3].hasSpaceAfter == false)
    }

    @Test func emptyNodesAreKept() throws {
        let sentence = try #require(try CoNLLU.read(Self.emptyNode).first)
        #expect(sentence.comments.first == "# newdoc id = doc-1")
        #expect(sentence.emptyNodes.count == 1)
        let node = try #require(sentence.emptyNodes.first)
        #expect(node.after == 5 && node.index == 1)
        #expect(node.token.head == nil && node.token.deps == "2:conj:and")
        #expect(sentence.words.count == 6)
    }

    @Test func documentRebuildsTextWithOffsets() throws {
        let sentences = try CoNLLU.read(Self.multiword + Self.emptyNode)
        let document = Document(reconstructingTextOf: sentences)
        #expect(document.text == "I don't know. Sue likes coffee and Bill tea")
        #expect(document.tokens.count == 11)
        #expect(document.tokens.map { document.text(of: $0).map(String.init) } == [
            "I", "don't", "don't", "know", ".", "Sue", "likes", "coffee", "and", "Bill", "tea",
        ])
        #expect(document.sentences[0].multiwordTokens[0].token.range == 2..<7)
        #expect(document.sentences[1].emptyNodes[0].token.range == 39..<39)
        #expect(Array(document.utf8[document.utf8.index(document.utf8.startIndex, offsetBy: 2)...].prefix(5)) == Array("don't".utf8))
    }

    @Test func missingFinalBlankLineIsAccepted() throws {
        let text = "1\ta\t_\t_\t_\t_\t0\troot\t_\t_"
        let sentences = try CoNLLU.read(text)
        #expect(sentences.count == 1)
        #expect(CoNLLU.write(sentences) == text + "\n\n")
    }

    @Test func entityTagsParseIOB2() {
        #expect(EntityTag(iob2: "B-PER") == EntityTag(.begin, "PER"))
        #expect(EntityTag(iob2: "I-LOC")?.description == "I-LOC")
        #expect(EntityTag(iob2: "O") == nil)
        #expect(EntityTag(iob2: "X-ORG") == nil)
    }
}
