import RDFModel
import RDFXML
import Testing

@Suite("RDF/XML serializer")
struct RDFXMLSerializerTests {
    static let foaf = "http://xmlns.com/foaf/0.1/"
    static let alice = iri("http://example.org/alice")
    static let bob = Term.blankNode(BlankNode("b1"))

    static let people: [Quad] = [
        Quad(alice, RDF.type, iri(foaf + "Person")),
        Quad(alice, IRI(unchecked: foaf + "name"), .literal(Literal("Alice \"A\" <&> O'Neil"))),
        Quad(alice, IRI(unchecked: foaf + "knows"), bob),
        Quad(alice, IRI(unchecked: "http://example.org/ns#age"), .literal(Literal("42", datatype: XSD.integer))),
        Quad(bob, IRI(unchecked: foaf + "name"), .literal(Literal("Bob", language: "en-GB"))),
        Quad(bob, RDF.type, iri(foaf + "Person")),
        Quad(alice, IRI(unchecked: "http://example.org/ns#note"), .literal(Literal("line1\nline2\ttab"))),
    ]

    @Test("streaming: grouped runs, typed node when rdf:type comes first, local ns0/ns1")
    func streamingGolden() throws {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
              <ns0:Person rdf:about="http://example.org/alice" xmlns:ns0="http://xmlns.com/foaf/0.1/">
                <ns0:name>Alice &quot;A&quot; &lt;&amp;&gt; O'Neil</ns0:name>
                <ns0:knows rdf:nodeID="b1"/>
                <ns1:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer" xmlns:ns1="http://example.org/ns#">42</ns1:age>
              </ns0:Person>
              <rdf:Description rdf:nodeID="b1">
                <ns0:name xml:lang="en-GB" xmlns:ns0="http://xmlns.com/foaf/0.1/">Bob</ns0:name>
                <rdf:type rdf:resource="http://xmlns.com/foaf/0.1/Person"/>
              </rdf:Description>
              <rdf:Description rdf:about="http://example.org/alice">
                <ns1:note xmlns:ns1="http://example.org/ns#">line1
            line2\ttab</ns1:note>
              </rdf:Description>
            </rdf:RDF>

            """
        let prefixes = PrefixMap([("xsd", XSD.namespace)])
        #expect(try serialize(Self.people, prefixes: prefixes) == expected)
    }

    @Test("pretty: sorted subjects, every namespace on rdf:RDF, user prefixes kept")
    func prettyGolden() throws {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:ns0="http://example.org/ns#">
              <foaf:Person rdf:about="http://example.org/alice">
                <ns0:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ns0:age>
                <ns0:note>line1
            line2\ttab</ns0:note>
                <foaf:knows rdf:nodeID="b1"/>
                <foaf:name>Alice &quot;A&quot; &lt;&amp;&gt; O'Neil</foaf:name>
              </foaf:Person>
              <foaf:Person rdf:nodeID="b1">
                <foaf:name xml:lang="en-GB">Bob</foaf:name>
              </foaf:Person>
            </rdf:RDF>

            """
        let prefixes = PrefixMap([("foaf", Self.foaf)])
        #expect(try serialize(Self.people + Self.people, prefixes: prefixes, pretty: true) == expected)
    }

    @Test("prefix events before the first statement go on rdf:RDF; later ones are used locally")
    func prefixEvents() throws {
        let output = MemoryOutput()
        var serializer = RDFXMLSerializer(output: output)
        try serializer.prefix("ex", iri: "http://example.org/")
        try serializer.consume(Quad(Self.alice, ex("p"), .literal(Literal("1"))))
        try serializer.prefix("late", iri: "http://late.example/")
        try serializer.consume(Quad(Self.alice, IRI(unchecked: "http://late.example/q"), .literal(Literal(""))))
        try serializer.finish()
        #expect(
            output.string == """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/alice">
                    <ex:p>1</ex:p>
                    <late:q xmlns:late="http://late.example/"></late:q>
                  </rdf:Description>
                </rdf:RDF>

                """)
    }

    @Test("blank node labels that are not portable NCNames are mapped injectively")
    func blankNodeLabels() throws {
        let quads = [
            Quad(.blankNode(BlankNode("1st")), ex("p"), .blankNode(BlankNode("u_31")), graph: nil),
            Quad(.blankNode(BlankNode("ok")), ex("p"), .blankNode(BlankNode("a.b-c"))),
        ]
        let text = try serialize(quads)
        #expect(text.contains(#"rdf:nodeID="u_317374""#))  // "1st"
        #expect(text.contains(#"rdf:nodeID="u_755f3331""#))  // "u_31"
        #expect(text.contains(#"rdf:nodeID="ok""#))
        #expect(text.contains(#"rdf:nodeID="u_612e622d63""#))  // "a.b-c": '.' is not portable
    }

    @Test("statements RDF/XML cannot express are RDFSerializationErrors", arguments: [
        ("named graph", Quad(alice, ex("p"), .literal(Literal("x")), graph: iri("http://example.org/g"))),
        ("predicate without local name", Quad(alice, IRI(unchecked: "http://example.org/"), .literal(Literal("x")))),
        ("predicate ending in a digit run only", Quad(alice, IRI(unchecked: "urn:isbn:123"), .literal(Literal("x")))),
        ("rdf:li predicate", Quad(alice, IRI(unchecked: RDF.namespace + "li"), .literal(Literal("x")))),
        ("control character", Quad(alice, ex("p"), .literal(Literal("bell\u{7}")))),
    ])
    func unwritable(_ name: String, _ quad: Quad) {
        #expect(throws: RDFSerializationError.self) { _ = try serialize([quad]) }
    }

    @Test("an output error propagates")
    func outputErrors() {
        final class BrokenOutput: ByteOutput {
            struct Broken: Error {}
            func write(_ bytes: UnsafeRawBufferPointer) throws { throw Broken() }
        }
        var serializer = RDFXMLSerializer(output: BrokenOutput())
        #expect(throws: BrokenOutput.Broken.self) {
            for i in 0..<2000 {
                try serializer.consume(Quad(Self.alice, ex("p"), .literal(Literal(String(repeating: "x", count: i)))))
            }
            try serializer.finish()
        }
    }

    @Test("an empty graph is an empty rdf:RDF")
    func emptyGraph() throws {
        #expect(
            try serialize([]) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>

                """)
    }
}

@Suite("RDF/XML round trip")
struct RDFXMLRoundTripTests {
    static let graphs: [[Quad]] = [
        RDFXMLSerializerTests.people,
        [
            Quad(iri("http://example.org/a"), ex("p"), .literal(Literal("  spaces  \r\n and ]]> & <tags/> \"q\" 'a'"))),
            Quad(iri("http://example.org/a"), ex("p"), .literal(Literal(""))),
            Quad(iri("http://example.org/a"), ex("p"), .literal(Literal("", language: "fr"))),
            Quad(iri("http://example.org/a"), ex("p"), .literal(Literal("<b>x</b>", datatype: RDF.xmlLiteral))),
            Quad(iri("http://example.org/a?x=1&y=%222%22&z='3'"), ex("q-é"), .literal(Literal("Zoë 😀"))),
            Quad(iri("http://example.org/a"), RDF.type, iri("http://example.org/types/")),
            Quad(iri("http://example.org/a"), RDF.type, iri(RDF.namespace + "Seq")),
            Quad(iri("http://example.org/a"), IRI(unchecked: RDF.namespace + "_1"), .blankNode(BlankNode("g0"))),
            Quad(.blankNode(BlankNode("g0")), RDF.type, iri("http://example.org/T")),
            Quad(.blankNode(BlankNode("x y")), ex("p"), .blankNode(BlankNode("g0"))),
        ],
    ]

    @Test("writer → parser gives an isomorphic graph", arguments: [false, true], [0, 1])
    func roundTrip(pretty: Bool, graph: Int) throws {
        let quads = Self.graphs[graph]
        let text = try serialize(quads, pretty: pretty)
        let parsed = try parseQuads(text, base: nil)
        #expect(Dataset(parsed).isIsomorphic(to: Dataset(quads)), "\(text)")
    }
}
