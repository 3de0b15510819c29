import NewsgraphTestSupport
import RDFModel
import RDFTurtle
import Testing

@Suite struct TurtleParserTests {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    @Test func turtleParserExpandsAbbreviations() {
        let text = """
            @prefix : <http://e/> .
            PREFIX x: <http://x/>
            :s a :C ; :p :o1 , :o2 ; ; x:q 1, -2.5, 3e1, true, "v"@en, 'w'^^x:t .
            """
        let outcome = parse(text, as: .turtle)
        #expect(outcome.error == nil)
        #expect(
            outcome.quads.map(\.description) == [
                "<http://e/s> <\(Self.rdf)type> <http://e/C> .",
                "<http://e/s> <http://e/p> <http://e/o1> .",
                "<http://e/s> <http://e/p> <http://e/o2> .",
                "<http://e/s> <http://x/q> \"1\"^^<\(Self.xsd)integer> .",
                "<http://e/s> <http://x/q> \"-2.5\"^^<\(Self.xsd)decimal> .",
                "<http://e/s> <http://x/q> \"3e1\"^^<\(Self.xsd)double> .",
                "<http://e/s> <http://x/q> \"true\"^^<\(Self.xsd)boolean> .",
                "<http://e/s> <http://x/q> \"v\"@en .",
                "<http://e/s> <http://x/q> \"w\"^^<http://x/t> .",
            ])
        #expect(outcome.prefixes.map(\.description) == [": <http://e/>", "x: <http://x/>"])
    }

    /// Labels from the document are kept unless they start with `g` (then `g_…`); the parser's own
    /// nodes are `g0`, `g1`, … in document order.
    @Test func turtleParserNamesBlankNodes() {
        let text = """
            @prefix : <http://e/> .
            _:a :p _:g1 .
            [] :p [ :q ( :x ) ] .
            _:gx :p () .
            """
        let outcome = parse(text, as: .turtle)
        #expect(outcome.error == nil)
        #expect(
            outcome.quads.map(\.description) == [
                "_:a <http://e/p> _:g_g1 .",
                "_:g0 <http://e/p> _:g1 .",
                "_:g1 <http://e/q> _:g2 .",
                "_:g2 <\(Self.rdf)first> <http://e/x> .",
                "_:g2 <\(Self.rdf)rest> <\(Self.rdf)nil> .",
                "_:g_gx <http://e/p> <\(Self.rdf)nil> .",
            ])
    }

    @Test func turtleParserResolvesRelativeIRIs() {
        let text = """
            <a> <b> <#c> .
            @base <sub/> .
            <d> <e> <../f> .
            BASE <http://other/x/y>
            @prefix p: <z/> .
            <> <?q> p:w .
            """
        let outcome = parse(text, as: .turtle, baseIRI: "http://h/dir/doc")
        #expect(outcome.error == nil)
        #expect(
            outcome.quads.map(\.description) == [
                "<http://h/dir/a> <http://h/dir/b> <http://h/dir/doc#c> .",
                "<http://h/dir/sub/d> <http://h/dir/sub/e> <http://h/dir/f> .",
                "<http://other/x/y> <http://other/x/y?q> <http://other/x/z/w> .",
            ])
        #expect(outcome.bases == ["http://h/dir/sub/", "http://other/x/y"])
        #expect(outcome.prefixes.map(\.description) == ["p: <http://other/x/z/>"])
    }

    @Test func turtleParserRejectsRelativeIRIWithoutBase() {
        let outcome = parse("<a> <http://p> <http://o> .", as: .turtle)
        #expect(outcome.error?.message == "relative IRI <a> without a base IRI")
        #expect(outcome.error?.position == TextPosition(line: 0, column: 0, offset: 0))
    }

    @Test func turtleParserKeepsLocalNameEscapesAndPercentEncoding() {
        let outcome = parse("@prefix : <http://e/> . :a\\~b%20c :p\\.q :r.s.t .", as: .turtle)
        #expect(outcome.quads.map(\.description) == ["<http://e/a~b%20c> <http://e/p.q> <http://e/r.s.t> ."])
    }

    @Test func turtleParserReadsLongStrings() {
        let text = "<http://s> <http://p> \"\"\"a \"quoted\" \"\"\n\\u00E9\"\"\" , '''x''y''' ."
        let outcome = parse(text, as: .turtle)
        #expect(outcome.error == nil)
        #expect(
            outcome.quads.map(\.description) == [
                "<http://s> <http://p> \"a \\\"quoted\\\" \\\"\\\"\\né\" .",
                "<http://s> <http://p> \"x''y\" .",
            ])
    }

    @Test func trigParserReadsGraphs() {
        let text = """
            @prefix : <http://e/> .
            :t :p 1 .
            :g1 { :s :p :o . :s :p :o2 }
            GRAPH _:b { :s :p [ :q :r ] }
            [] { :s :p :o3 . }
            { :s :p :o4 }
            """
        let outcome = parse(text, as: .trig)
        #expect(outcome.error == nil)
        #expect(
            outcome.quads.map(\.description) == [
                "<http://e/t> <http://e/p> \"1\"^^<\(Self.xsd)integer> .",
                "<http://e/s> <http://e/p> <http://e/o> <http://e/g1> .",
                "<http://e/s> <http://e/p> <http://e/o2> <http://e/g1> .",
                "<http://e/s> <http://e/p> _:g0 _:b .",
                "_:g0 <http://e/q> <http://e/r> _:b .",
                "<http://e/s> <http://e/p> <http://e/o3> _:g1 .",
                "<http://e/s> <http://e/p> <http://e/o4> .",
            ])
    }

    @Test func trigParserReportsUnterminatedGraph() {
        let outcome = parse("<http://g> { <http://s> <http://p> <http://o> .\n", as: .trig)
        #expect(outcome.quads.count == 1)
        #expect(outcome.error?.message == "unterminated graph: expected '}'")
        #expect(outcome.error?.position == TextPosition(line: 1, column: 0, offset: 48))
    }

    static let errorCases: [ErrorCase] = [
        .init("<http://a> <http://b> \"x", 1, 23, "unterminated string"),
        .init("@prefix : <http://e/> .\n:s :p :o ;\n  :q \"\"\"x\n\n", 3, 6, "unterminated string"),
        .init("@prefix : <http://e/> .\n:s :p :o .\nx:s :p :o .", 3, 1, "undefined prefix 'x:'"),
        .init("<http://s> <http://p> [ <http://q> 1. ] .", 1, 37, "expected ']'"),
        .init("<http://s> <http://p> <http://o>", 1, 33, "expected '.'"),
        .init("@prefix x. : <http://e/> .", 1, 11, "expected ':'"),
        .init("@prefix : <http://e/> . :s :p :o%2G .", 1, 35, "two hexadecimal digits"),
        .init("<http://s> <http://p> \"x\"@en^^<http://t> .", 1, 29, "expected '.'"),
        .init("<http://s> <http://p> 'é\\u00' .", 1, 29, "4 hexadecimal digits"),
        .init("@base <rel> .", 1, 7, "relative IRI <rel> without a base IRI"),
        .init("<http://s> <http://p> _:b. .", 1, 28, "expected a subject"),
        .init("<http://s> <http://p> ( <http://o> .", 1, 36, "expected an object"),
    ]

    @Test(arguments: errorCases)
    func turtleParserReportsErrorPosition(_ errorCase: ErrorCase) {
        expectError(parse(errorCase.text, as: .turtle), errorCase)
        expectError(parse(errorCase.text, as: .turtle, chunking: .fixed(1)), errorCase)
        expectError(parse(errorCase.text, as: .turtle, chunking: .random(seed: 3, maxSize: 6)), errorCase)
    }

    @Test func turtleParserRecoversAfterBadStatementWhenLenient() {
        let text = """
            @prefix : <http://e/> .
            :a :p "1" .
            :b :p "bad\\q. value" ; :r :s .
            :c :p "3. x" .
            :d :p <bad iri> .
            :e :p 5 .
            """
        for chunking in [Chunking.whole, .fixed(1), .random(seed: 11, maxSize: 9)] {
            let outcome = parse(text, as: .turtle, lenient: true, chunking: chunking)
            #expect(outcome.error == nil, "\(chunking)")
            #expect(
                outcome.quads.map(\.description) == [
                    "<http://e/a> <http://e/p> \"1\" .", "<http://e/c> <http://e/p> \"3. x\" .",
                    "<http://e/e> <http://e/p> \"5\"^^<\(Self.xsd)integer> .",
                ], "\(chunking)")
            #expect(
                outcome.recoveredErrors.map { "\($0.position.line + 1):\($0.position.column + 1)" } == ["3:11", "5:11"],
                "\(chunking)")
        }
    }

    @Test(arguments: [Chunking.fixed(1), .fixed(2), .fixed(5), .random(seed: 42, maxSize: 16), .random(seed: 9, maxSize: 3)])
    func turtleParserIgnoresChunking(_ chunking: Chunking) {
        let text = """
            \u{FEFF}@prefix : <http://e/> . @base <http://b/> .
            # comment with "quotes" and <brackets>
            :s :p ( 1 2.0 -3e-1 [ :q "é😀"@en-GB ] ) ; a :C, <rel> .
            _:g :long \"\"\"line1
            line2 \\\"\"\"\" ; :x true, false, .5 .
            """
        let whole = parse(text, as: .turtle)
        #expect(whole.error == nil)
        #expect(whole.quads.count == 16)
        #expect(parse(text, as: .turtle, chunking: chunking) == whole)
    }
}
