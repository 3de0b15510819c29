import RDFModel
import RDFXML
import NewsgraphTestSupport
import Testing

@Suite("RDF/XML parser")
struct RDFXMLParserTests {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    @Test("node and property elements, attributes, typed nodes")
    func basicGraph() throws {
        let document = """
            <?xml version="1.0"?>
            \(rdfHeader)
              <ex:Person rdf:about="http://example.org/alice" ex:name="Alice">
                <ex:knows rdf:resource="bob"/>
                <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age>
                <ex:motto xml:lang="en">Carpe diem</ex:motto>
                <ex:plain rdf:datatype="http://www.w3.org/2001/XMLSchema#string">s</ex:plain>
              </ex:Person>
            </rdf:RDF>
            """
        #expect(
            try parseRDFXML(document) == [
                "<http://example.org/alice> <\(Self.rdf)type> <http://example.org/Person> .",
                "<http://example.org/alice> <http://example.org/name> \"Alice\" .",
                "<http://example.org/alice> <http://example.org/knows> <http://example.org/bob> .",
                "<http://example.org/alice> <http://example.org/age> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                "<http://example.org/alice> <http://example.org/motto> \"Carpe diem\"@en .",
                "<http://example.org/alice> <http://example.org/plain> \"s\" .",
            ])
    }

    @Test("blank nodes: made-up labels g0, g1, …; rdf:nodeID labels starting with g get g_")
    func blankNodes() throws {
        let document = """
            \(rdfHeader)
              <rdf:Description>
                <ex:p><rdf:Description rdf:nodeID="gx"><ex:q rdf:nodeID="n1"/></rdf:Description></ex:p>
                <ex:r rdf:parseType="Resource"><ex:s>v</ex:s></ex:r>
              </rdf:Description>
            </rdf:RDF>
            """
        #expect(
            try parseRDFXML(document) == [
                "_:g0 <http://example.org/p> _:g_gx .",
                "_:g_gx <http://example.org/q> _:n1 .",
                "_:g0 <http://example.org/r> _:g1 .",
                "_:g1 <http://example.org/s> \"v\" .",
            ])
    }

    @Test("containers (rdf:li), collections, reification with rdf:ID")
    func listsAndReification() throws {
        let document = """
            \(rdfHeader)
              <rdf:Seq rdf:about="http://example.org/seq"><rdf:li>a</rdf:li><rdf:li rdf:resource="b"/></rdf:Seq>
              <rdf:Description rdf:about="http://example.org/s">
                <ex:list rdf:parseType="Collection"><rdf:Description rdf:about="x"/><rdf:Description rdf:about="y"/></ex:list>
                <ex:empty rdf:parseType="Collection"/>
                <ex:said rdf:ID="st1">hi</ex:said>
              </rdf:Description>
            </rdf:RDF>
            """
        let doc = "http://example.org/doc"
        #expect(
            try parseRDFXML(document) == [
                "<http://example.org/seq> <\(Self.rdf)type> <\(Self.rdf)Seq> .",
                "<http://example.org/seq> <\(Self.rdf)_1> \"a\" .",
                "<http://example.org/seq> <\(Self.rdf)_2> <http://example.org/b> .",
                "<http://example.org/s> <http://example.org/list> _:g0 .",
                "_:g0 <\(Self.rdf)first> <http://example.org/x> .",
                "_:g0 <\(Self.rdf)rest> _:g1 .",
                "_:g1 <\(Self.rdf)first> <http://example.org/y> .",
                "_:g1 <\(Self.rdf)rest> <\(Self.rdf)nil> .",
                "<http://example.org/s> <http://example.org/empty> <\(Self.rdf)nil> .",
                "<http://example.org/s> <http://example.org/said> \"hi\" .",
                "<\(doc)#st1> <\(Self.rdf)type> <\(Self.rdf)Statement> .",
                "<\(doc)#st1> <\(Self.rdf)subject> <http://example.org/s> .",
                "<\(doc)#st1> <\(Self.rdf)predicate> <http://example.org/said> .",
                "<\(doc)#st1> <\(Self.rdf)object> \"hi\" .",
            ])
    }

    @Test("xml:base and xml:lang scoping")
    func scopes() throws {
        let document = """
            <rdf:RDF xmlns:rdf="\(Self.rdf)" xmlns:ex="http://example.org/" xml:lang="de">
              <rdf:Description rdf:about="a" xml:base="http://other.example/dir/">
                <ex:p>eins</ex:p>
                <ex:q xml:lang="">none</ex:q>
                <ex:r rdf:resource="../up"/>
              </rdf:Description>
              <rdf:Description rdf:about="a"><ex:p>zwei</ex:p></rdf:Description>
            </rdf:RDF>
            """
        #expect(
            try parseRDFXML(document, base: "http://example.org/base/doc") == [
                "<http://other.example/dir/a> <http://example.org/p> \"eins\"@de .",
                "<http://other.example/dir/a> <http://example.org/q> \"none\" .",
                "<http://other.example/dir/a> <http://example.org/r> <http://other.example/up> .",
                "<http://example.org/base/a> <http://example.org/p> \"zwei\"@de .",
            ])
    }

    @Test("parseType=Literal gives exclusive-c14n XML literals")
    func xmlLiteral() throws {
        let document = """
            <rdf:RDF xmlns:rdf="\(Self.rdf)" xmlns:ex="http://example.org/" xmlns:h="http://h/">
              <rdf:Description rdf:about="http://example.org/s">
                <ex:lit rdf:parseType="Literal"><h:b z="1" a="&quot;2&quot;">x &amp; y</h:b><br/><!--c--></ex:lit>
              </rdf:Description>
            </rdf:RDF>
            """
        let literal = #"<h:b xmlns:h=\"http://h/\" a=\"&quot;2&quot;\" z=\"1\">x &amp; y</h:b><br></br><!--c-->"#
        #expect(
            try parseRDFXML(document) == [
                "<http://example.org/s> <http://example.org/lit> \"\(literal)\"^^<\(Self.rdf)XMLLiteral> ."
            ])
    }

    @Test("internal entities in content, attribute values and namespace declarations")
    func internalEntities() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
              <!ENTITY rdf "http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <!ENTITY ex "http://example.org/">
              <!ENTITY who "Zoë &amp; co">
            ]>
            <rdf:RDF xmlns:rdf="&rdf;" xmlns:ex="&ex;">
              <rdf:Description rdf:about="&ex;a" ex:attr="[&who;]"><ex:p>&who;!</ex:p></rdf:Description>
            </rdf:RDF>
            """
        let expected = [
            "<http://example.org/a> <http://example.org/attr> \"[Zoë & co]\" .",
            "<http://example.org/a> <http://example.org/p> \"Zoë & co!\" .",
        ]
        #expect(try parseRDFXML(document) == expected)
        #expect(try parseRDFXML(document, chunkSize: 1) == expected)
    }

    @Test("no rdf:RDF root: a single node element is the document")
    func bareNodeElement() throws {
        let document = #"<ex:T xmlns:ex="http://example.org/" xmlns:rdf="\#(Self.rdf)" rdf:about="http://example.org/t"/>"#
        #expect(try parseRDFXML(document) == ["<http://example.org/t> <\(Self.rdf)type> <http://example.org/T> ."])
    }

    /// Grammar errors point at the end of the offending start tag (where libxml2's cursor is when
    /// it reports the element: the `/` of `/>` or the `>`); text errors at the end of the tag the
    /// text follows; libxml2's own errors where libxml2 puts them.
    @Test("errors carry 0-based line and column", arguments: [
        ErrorCase(
            "rdf:li attribute", "\(rdfHeader)\n <rdf:Description rdf:li=\"x\"/>\n</rdf:RDF>", line: 1, column: 28,
            message: "rdf:li is not allowed as an attribute"),
        ErrorCase(
            "bad rdf:ID", "\(rdfHeader)\n\n  <rdf:Description rdf:ID=\"1a\"/>\n</rdf:RDF>", line: 2, column: 30,
            message: "rdf:ID \"1a\" is not an XML NCName"),
        ErrorCase(
            "mismatched tag (libxml2)", "\(rdfHeader)\n <rdf:Description>\n </rdf:RDF>", line: 2, column: 11,
            message: "Opening and ending tag mismatch: Description line 2 and RDF"),
        ErrorCase(
            "text in a node element", "\(rdfHeader)\n <rdf:Description>oops</rdf:Description></rdf:RDF>", line: 1,
            column: 17, message: "text is not allowed here (only in property elements)"),
        ErrorCase(
            "undeclared prefix (libxml2)", "\(rdfHeader)\n <rdf:Description><x:p/></rdf:Description></rdf:RDF>",
            line: 1, column: 22, message: "Namespace prefix x on p is not defined"),
        ErrorCase(
            "invalid IRI", "\(rdfHeader)<rdf:Description rdf:about=\"http://a b/\"/></rdf:RDF>", line: 0,
            column: 136, message: "invalid IRI <http://a b/>: character U+0020 is not allowed here"),
        ErrorCase(
            "relative IRI without base", "\(rdfHeader)<rdf:Description rdf:about=\"rel\"/></rdf:RDF>", line: 0,
            column: 128, message: "relative IRI <rel> and no base IRI", base: nil),
    ])
    func errorPositions(_ test: ErrorCase) throws {
        for chunkSize in [0, 1, 7] {
            let error = try #require(parseError(test.document, base: test.base, chunkSize: chunkSize))
            #expect(error.message == test.message)
            #expect(error.position.line == test.line, "chunk size \(chunkSize)")
            #expect(error.position.column == test.column, "chunk size \(chunkSize)")
        }
    }

    @Test("empty and truncated documents are errors with a clear message")
    func incompleteDocuments() {
        #expect(parseError("")?.message == "the document is empty")
        #expect(parseError("  \n ")?.message == "the document is empty")
        #expect(
            parseError("\(rdfHeader)\n<rdf:Description rdf:about=\"a\">")?.message
                == "the document ends before element Description is closed")
    }

    @Test("a sink error propagates as itself and ends the parse")
    func sinkErrors() throws {
        var parser = RDFXMLParser(baseIRI: "http://example.org/")
        var sink = FailingSink(limit: 2)
        let document = Array("\(rdfHeader)<rdf:Description rdf:about=\"a\" ex:p=\"1\" ex:q=\"2\" ex:r=\"3\"/></rdf:RDF>".utf8)
        #expect(throws: FailingSink.Stop.self) {
            try document.withUnsafeBytes { try parser.append($0, into: &sink) }
        }
        #expect(sink.seen == 2)
        #expect(throws: (any Error).self) { try parser.finish(into: &sink) }
    }

    @Test("lenient mode records grammar errors, skips the element and goes on")
    func lenient() throws {
        let document = """
            \(rdfHeader)
              <rdf:Description rdf:about="http://example.org/a" rdf:bagID="x"><ex:p>lost</ex:p></rdf:Description>
              <rdf:Description rdf:about="http://example.org/b"><ex:p>kept</ex:p></rdf:Description>
            </rdf:RDF>
            """
        var parser = RDFXMLParser(baseIRI: nil, lenient: true)
        var sink = CollectingSink()
        try Array(document.utf8).withUnsafeBytes { try parser.append($0, into: &sink) }
        try parser.finish(into: &sink)
        #expect(sink.quads.map(\.description) == ["<http://example.org/b> <http://example.org/p> \"kept\" ."])
        let errors = parser.takeRecoveredErrors()
        #expect(errors.map(\.message) == ["rdf:bagID is not allowed as an attribute"])
        #expect(errors.first?.position.line == 1)
        #expect(parser.takeRecoveredErrors().isEmpty)
    }

    @Test("garbage never crashes: every outcome is statements or an RDFSyntaxError")
    func garbage() {
        var generator = SplitMix64(seed: 42)
        let fragments = [
            "<", ">", "</", "/>", "rdf:", "ex:", "=\"", "\"", "&", ";", "&amp;", "<!DOCTYPE x [", "]>", "<!ENTITY e \"v\">",
            rdfHeader, "</rdf:RDF>", "<rdf:Description ", "rdf:about=\"a\"", "rdf:parseType=\"Literal\"", "<ex:p>",
            "</ex:p>", "<![CDATA[", "]]>", "\u{0}", "\u{FFFF}", "é", "\n", "<?xml version=\"1.0\"?>", "<!--", "-->",
        ]
        for _ in 0..<300 {
            var document = ""
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                document += fragments.randomElement(using: &generator) ?? ""
            }
            for chunkSize in [0, 3] {
                do {
                    _ = try parseQuads(document, chunkSize: chunkSize)
                } catch is RDFSyntaxError {
                } catch {
                    Issue.record("unexpected error type \(error) for \(document)")
                }
            }
        }
        var bytes = [UInt8](repeating: 0, count: 4096)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        var parser = RDFXMLParser()
        var sink = CountingSink()
        #expect(throws: RDFSyntaxError.self) {
            try bytes.withUnsafeBytes { try parser.append($0, into: &sink) }
            try parser.finish(into: &sink)
        }
    }
}

struct ErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var document: String
    var line: Int
    var column: Int
    var message: String
    var base: String?

    init(_ name: String, _ document: String, line: Int, column: Int, message: String, base: String? = "http://example.org/doc") {
        self.name = name
        self.document = document
        self.line = line
        self.column = column
        self.message = message
        self.base = base
    }

    var testDescription: String { name }
}

