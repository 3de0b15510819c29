import NewsgraphTestSupport
import RDFModel
import RDFTurtle
import Testing

/// A document, the expected error position (1-based, as printed) and a fragment of the message.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let text: String
    let line: Int
    let column: Int
    let message: String
    init(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        self.text = text
        self.line = line
        self.column = column
        self.message = message
    }
    var testDescription: String { "\(text.debugDescription) → \(line):\(column)" }
}

/// Checks the error of `outcome` against `expected`, 1-based.
func expectError(_ outcome: ParseOutcome, _ expected: ErrorCase, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let error = outcome.error else {
        Issue.record("no error; got \(outcome.quads)", sourceLocation: sourceLocation)
        return
    }
    #expect(error.position.line + 1 == expected.line, "\(error)", sourceLocation: sourceLocation)
    #expect(error.position.column + 1 == expected.column, "\(error)", sourceLocation: sourceLocation)
    #expect(error.message.contains(expected.message), "\(error)", sourceLocation: sourceLocation)
}

@Suite struct NTriplesParserTests {
    @Test func nTriplesParserReadsEveryTermForm() {
        let text = """
            <http://a/s> <http://a/p> <http://a/o> .
            _:b1 <http://a/p> "plain" .
            <http://a/s> <http://a/p> "chat"@fr-BE .
            <http://a/s> <http://a/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://a/s> <http://a/p> "s"^^<http://www.w3.org/2001/XMLSchema#string> .
            <http://a/s> <http://a/p> "t\\tn\\nq\\"e\\u00E9\\U0001F600" .
            <http://a/\\u00E9> <http://a/p> _:g . # a comment

            """
        let outcome = parse(text, as: .nTriples)
        #expect(outcome.error == nil)
        #expect(
            outcome.quads.map(\.description) == [
                "<http://a/s> <http://a/p> <http://a/o> .",
                "_:b1 <http://a/p> \"plain\" .",
                "<http://a/s> <http://a/p> \"chat\"@fr-BE .",
                "<http://a/s> <http://a/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                "<http://a/s> <http://a/p> \"s\" .",
                "<http://a/s> <http://a/p> \"t\\tn\\nq\\\"eé😀\" .",
                "<http://a/é> <http://a/p> _:g .",
            ])
    }

    @Test func nQuadsParserReadsGraphNames() {
        let text = "<http://s> <http://p> <http://o> <http://g> .\n<http://s> <http://p> \"o\" _:g .\n<http://s> <http://p> <http://o> ."
        let outcome = parse(text, as: .nQuads)
        #expect(outcome.error == nil)
        #expect(
            outcome.quads.map(\.description) == [
                "<http://s> <http://p> <http://o> <http://g> .",
                "<http://s> <http://p> \"o\" _:g .",
                "<http://s> <http://p> <http://o> .",
            ])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func nTriplesParserAcceptsEveryLineEnding(_ eol: String) {
        let text = "<http://s> <http://p> \"1\" .\(eol)\(eol)# c\(eol)<http://s> <http://p> \"2\" .\(eol)"
        let outcome = parse(text, as: .nTriples)
        #expect(outcome.error == nil)
        #expect(outcome.quads.count == 2)
    }

    @Test func nTriplesParserAcceptsMinimalWhitespaceAndNoFinalNewline() {
        let outcome = parse("<http://s><http://p>\"o\"@en.", as: .nTriples)
        #expect(outcome.quads.map(\.description) == ["<http://s> <http://p> \"o\"@en ."])
    }

    @Test func nTriplesParserSkipsByteOrderMark() {
        let outcome = parse([0xEF, 0xBB, 0xBF] + Array("<http://s> <http://p> <http://o> .".utf8), as: .nTriples)
        #expect(outcome.error == nil)
        #expect(outcome.quads.count == 1)
    }

    static let errorCases: [ErrorCase] = [
        .init("<http://a> <http://b> \"x", 1, 23, "unterminated string"),
        .init("<http://a> <http://b> \"x\n", 1, 23, "unterminated string (line break"),
        .init("<http://a> <http://b> <http://c> .\n<http://a> <http://b c> .", 2, 21, "not allowed in an IRI"),
        .init("<http://a> <b> <http://c> .", 1, 12, "relative IRI <b>"),
        .init("<http://a> <http://b> \"\\ud800\" .", 1, 24, "surrogate"),
        .init("<http://a> <http://b> \"a\\qb\" .", 1, 25, "invalid escape sequence \\q"),
        .init("<http://a\\u0020b> <http://b> <http://c> .", 1, 10, "escaped character U+0020"),
        .init("_:a. <http://b> <http://c> .", 1, 4, "expected a predicate"),
        .init("_:-a <http://b> <http://c> .", 1, 3, "cannot start a blank node label"),
        .init("<http://a> <http://b> <http://c>", 1, 33, "expected '.'"),
        .init("<http://a> <http://b> <http://c> . x", 1, 36, "after the end of the statement"),
        .init("<http://a> <http://b> \"x\"@ .", 1, 27, "expected a language tag"),
        .init("<http://a> <http://b> <http://c> <http://g> .", 1, 34, "N-Triples has no graph names"),
        .init("<http://é> <http://b> \"ü\" x", 1, 27, "expected '.'"),
    ]

    @Test(arguments: errorCases)
    func nTriplesParserReportsErrorPosition(_ errorCase: ErrorCase) {
        expectError(parse(errorCase.text, as: .nTriples), errorCase)
        expectError(parse(errorCase.text, as: .nTriples, chunking: .fixed(1)), errorCase)
    }

    @Test func nTriplesParserRejectsInvalidUTF8() {
        let bytes = Array("<http://a> <http://b> \"".utf8) + [0xC3, 0x28] + Array("\" .".utf8)
        let outcome = parse(bytes, as: .nTriples)
        #expect(outcome.error?.message == "invalid UTF-8")
        #expect(outcome.error?.position == TextPosition(line: 0, column: 23, offset: 23))
    }

    @Test func nTriplesParserRecoversLineByLineWhenLenient() {
        let text = """
            <http://s> <http://p> "1" .
            <http://s> <http://p> "2
            <http://s> <http://p> "3" .
            <http://s> <bad> "4" .
            <http://s> <http://p> "5" .
            """
        for chunking in [Chunking.whole, .fixed(1), .random(seed: 7, maxSize: 10)] {
            let outcome = parse(text, as: .nTriples, lenient: true, chunking: chunking)
            #expect(outcome.error == nil)
            #expect(
                outcome.quads.map(\.description) == [
                    "<http://s> <http://p> \"1\" .", "<http://s> <http://p> \"3\" .", "<http://s> <http://p> \"5\" .",
                ], "\(chunking)")
            #expect(outcome.recoveredErrors.map { $0.position.line } == [1, 3], "\(chunking)")
            #expect(outcome.recoveredErrors.map { $0.position.column } == [22, 11], "\(chunking)")
        }
    }

    @Test func nTriplesParserThrowsFirstErrorWhenStrict() {
        let outcome = parse("<http://s> <http://p> \"1\" .\n<bad> <http://p> \"2\" .\n<x> <http://p> \"3\" .\n", as: .nTriples)
        #expect(outcome.quads.count == 1)
        #expect(outcome.error?.position.line == 1)
        #expect(outcome.recoveredErrors.isEmpty)
    }

    @Test(arguments: [Chunking.fixed(1), .fixed(2), .fixed(3), .fixed(7), .random(seed: 1, maxSize: 20),
        .random(seed: 2, maxSize: 5)])
    func nTriplesParserIgnoresChunking(_ chunking: Chunking) {
        let text = "<http://s/é> <http://p> \"a\\u00E9b\"@en .\r\n_:x <http://p> \"😀\" <http://g> .\r# x\n\n<http://s> <http://p> <http://o> ."
        let whole = parse(text, as: .nQuads)
        #expect(whole.error == nil)
        #expect(whole.quads.count == 3)
        #expect(parse(text, as: .nQuads, chunking: chunking) == whole)
    }

    /// Streaming: a statement reaches the sink with the chunk that completes its line, even after
    /// the buffer has dropped consumed bytes.
    @Test func nTriplesParserEmitsEachLineWhenItsLineBreakArrives() throws {
        var parser = NTriplesParser()
        var sink = CountingSink()
        let chunks = [
            "<http://s> <http://p> \"1\" .\n<http://s> <http://p>", " \"2\" .\n", "\n", "<http://s> <http://p> \"3\"",
            " .\r", "\n<http://s> <http://p> \"4\" .",
        ]
        var counts: [Int] = []
        for chunk in chunks {
            try chunk.withUTF8Buffer { try parser.append($0, into: &sink) }
            counts.append(sink.count)
        }
        try parser.finish(into: &sink)
        #expect(counts == [1, 2, 2, 2, 3, 3])
        #expect(sink.count == 4)
    }

    @Test func nTriplesParserPassesBlankNodeLabelsVerbatim() {
        let outcome = parse("_:g0 <http://p> _:g_1 .\n_:a.b <http://p> _:x-y .", as: .nTriples)
        let labels = outcome.quads.flatMap { [$0.subject, $0.object] }.map { term -> String in
            if case .blankNode(let node) = term { return node.id }
            return "not a blank node: \(term)"
        }
        #expect(labels == ["g0", "g_1", "a.b", "x-y"])
    }
}
