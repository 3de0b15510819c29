import RDFModel
import RDFTurtle
import Testing

/// Shorthand for a quad of `http://ex/` IRIs.
func ex(_ s: String, _ p: String, _ o: Term, graph: Term? = nil) -> Quad {
    Quad(iri("http://ex/" + s), IRI(unchecked: p.hasPrefix("http") ? p : "http://ex/" + p), o, graph: graph)
}

let rdfType = RDF.type.string
let xsd = "http://www.w3.org/2001/XMLSchema#"

func turtle(_ quads: [Quad], prefixes: PrefixMap = PrefixMap([("ex", "http://ex/")]), events: [(String, String)] = [])
    throws -> String
{
    try serialize(quads, prefixes: events) { TurtleSerializer(output: $0, prefixes: prefixes) }
}

@Suite struct TurtleSerializerTests {
    @Test func turtleSerializerGroupsSubjectsAndPredicates() throws {
        let quads = [
            ex("s", rdfType, iri("http://ex/C")),
            ex("s", "p", literal("a")),
            ex("s", "p", literal("b")),
            ex("s", "q", iri("http://ex/o")),
            ex("t", "p", blank("b1")),
            Quad(blank("b1"), IRI(unchecked: "http://ex/p"), iri("http://ex/s")),
            ex("s", "p", literal("c")),
        ]
        let expected = """
            @prefix ex: <http://ex/> .

            ex:s
                a ex:C ;
                ex:p "a" ,
                    "b" ;
                ex:q ex:o .

            ex:t
                ex:p _:b1 .

            _:b1
                ex:p ex:s .

            ex:s
                ex:p "c" .

            """
        let actual = try turtle(quads)
        #expect(actual == expected)
    }

    @Test func turtleSerializerWithoutPrefixesWritesFullIRIs() throws {
        let expected = """
            <http://ex/s>
                a <http://ex/C> .

            """
        let actual = try turtle([ex("s", rdfType, iri("http://ex/C"))], prefixes: PrefixMap())
        #expect(actual == expected)
        #expect(try turtle([]) == "@prefix ex: <http://ex/> .\n")
    }

    /// (local part after http://ex/, expected object form).
    @Test(arguments: [
        ("abc", "ex:abc"), ("a.b", "ex:a.b"), ("a.", "<http://ex/a.>"), ("a-b", "ex:a-b"), ("-a", "<http://ex/-a>"),
        ("1a", "ex:1a"), ("_x", "ex:_x"), (":x:", "ex::x:"), ("a%20b", "ex:a%20b"), ("a%2", "<http://ex/a%2>"),
        ("a%zz", "<http://ex/a%zz>"), ("a~b", "<http://ex/a~b>"), ("a/b", "<http://ex/a/b>"), ("", "ex:"),
        ("é·ü", "ex:é·ü"), ("·a", "<http://ex/·a>"), (".a", "<http://ex/.a>"), ("a#b", "<http://ex/a#b>"),
        ("sub/x", "sub:x"), ("sub/-", "<http://ex/sub/->"), ("subx", "ex:subx"),
    ])
    func turtleSerializerUsesPrefixedNamesOnlyForPlainLocalNames(local: String, expected: String) throws {
        let prefixes = PrefixMap([("ex", "http://ex/"), ("sub", "http://ex/sub/")])
        let output = try turtle([ex("s", "p", iri("http://ex/" + local))], prefixes: prefixes)
        let body = try #require(output.split(separator: "\n").last)
        #expect(body == "    ex:p \(expected) .")
    }

    /// (lexical form, datatype local name, expected form). Integers and decimals are bare only in
    /// canonical shape, since some readers rewrite bare numbers.
    @Test(arguments: [
        ("1", "integer", "1"), ("-05", "integer", "\"-05\"^^xsd:integer"), ("+3", "integer", "\"+3\"^^xsd:integer"),
        ("0", "integer", "0"), ("-0", "integer", "\"-0\"^^xsd:integer"), ("-12", "integer", "-12"), ("1.0", "integer", "\"1.0\"^^xsd:integer"),
        (" 1", "integer", "\" 1\"^^xsd:integer"), ("", "integer", "\"\"^^xsd:integer"), ("+", "integer", "\"+\"^^xsd:integer"),
        ("1.5", "decimal", "1.5"), ("-.5", "decimal", "\"-.5\"^^xsd:decimal"), ("1.50", "decimal", "\"1.50\"^^xsd:decimal"),
        ("1.0", "decimal", "1.0"), ("-0.25", "decimal", "-0.25"), ("1.", "decimal", "\"1.\"^^xsd:decimal"),
        ("1", "decimal", "\"1\"^^xsd:decimal"), ("1e3", "double", "1e3"), ("-1.5E-3", "double", "-1.5E-3"),
        ("1.E+2", "double", "1.E+2"), (".5e1", "double", ".5e1"), ("INF", "double", "\"INF\"^^xsd:double"),
        ("1.5", "double", "\"1.5\"^^xsd:double"), ("e1", "double", "\"e1\"^^xsd:double"), ("true", "boolean", "true"),
        ("false", "boolean", "false"), ("TRUE", "boolean", "\"TRUE\"^^xsd:boolean"), ("1", "boolean", "\"1\"^^xsd:boolean"),
        ("2024-01-01", "date", "\"2024-01-01\"^^xsd:date"),
    ])
    func turtleSerializerUsesLiteralShorthandsExactly(lexical: String, datatype: String, expected: String) throws {
        let prefixes = PrefixMap([("ex", "http://ex/"), ("xsd", xsd)])
        let output = try turtle([ex("s", "p", literal(lexical, datatype: xsd + datatype))], prefixes: prefixes)
        let body = try #require(output.split(separator: "\n").last)
        #expect(body == "    ex:p \(expected) .")
    }

    @Test func turtleSerializerEscapesStrings() throws {
        let quads = [
            ex("s", "p", literal("say \"hi\"\\\n\tend\r\u{01}", language: "en-GB")),
            ex("s", "p", literal("x", datatype: "http://other/dt")),
        ]
        let expected = """
            @prefix ex: <http://ex/> .

            ex:s
                ex:p "say \\"hi\\"\\\\\\n\\tend\\r\\u0001"@en-GB ,
                    "x"^^<http://other/dt> .

            """
        let actual = try turtle(quads)
        #expect(actual == expected)
    }

    @Test func turtleSerializerWritesPrefixEventsWhereTheyArrive() throws {
        let output = MemoryOutput()
        var serializer = TurtleSerializer(output: output, prefixes: PrefixMap([("ex", "http://ex/")]))
        try serializer.prefix("ex", iri: "http://ex/")  // already bound: not repeated
        try serializer.prefix("o", iri: "http://other/")
        try serializer.consume(Quad(iri("http://other/a"), IRI(unchecked: "http://ex/p"), iri("http://late/x")))
        try serializer.consume(Quad(iri("http://other/a"), IRI(unchecked: "http://ex/p"), iri("http://late/y")))
        try serializer.prefix("late", iri: "http://late/")
        try serializer.consume(Quad(iri("http://other/a"), IRI(unchecked: "http://ex/p"), iri("http://late/z")))
        try serializer.prefix("ex", iri: "http://ex2/")  // rebinding: written, and used from now on
        try serializer.consume(Quad(iri("http://ex2/a"), IRI(unchecked: "http://ex/p"), iri("http://ex/b")))
        try serializer.finish()
        let expected = """
            @prefix ex: <http://ex/> .
            @prefix o: <http://other/> .

            o:a
                ex:p <http://late/x> ,
                    <http://late/y> .

            @prefix late: <http://late/> .

            o:a
                ex:p late:z .

            @prefix ex: <http://ex2/> .

            ex:a
                <http://ex/p> <http://ex/b> .

            """
        #expect(output.string == expected)
    }

    @Test func turtleSerializerRelativizesAgainstBase() throws {
        let output = MemoryOutput()
        var serializer = TurtleSerializer(output: output, baseIRI: "http://ex/dir/")
        for object in ["http://ex/dir/a", "http://ex/dir/a/b#c", "http://ex/dir/../x", "http://ex/dir/x:y", "http://ex/other"] {
            try serializer.consume(Quad(iri("http://ex/dir/"), IRI(unchecked: "http://ex/dir/p"), iri(object)))
        }
        try serializer.base("http://ex/doc")
        try serializer.consume(Quad(iri("http://ex/doc#s"), IRI(unchecked: "http://ex/docp"), iri("http://ex/doc")))
        try serializer.finish()
        let expected = """
            @base <http://ex/dir/> .

            <http://ex/dir/>
                <p> <a> ,
                    <a/b#c> ,
                    <http://ex/dir/../x> ,
                    <http://ex/dir/x:y> ,
                    <http://ex/other> .

            @base <http://ex/doc> .

            <#s>
                <http://ex/docp> <http://ex/doc> .

            """
        #expect(output.string == expected)
    }

    @Test func turtleSerializerRejectsNamedGraph() {
        #expect(throws: RDFSerializationError.self) {
            try turtle([ex("s", "p", literal("x"), graph: iri("http://ex/g"))])
        }
    }

    @Test func trigSerializerGroupsGraphRuns() throws {
        let quads = [
            ex("s", "p", literal("d1")),
            ex("s", "p", literal("d2")),
            ex("s", "p", literal("g1"), graph: iri("http://ex/g")),
            ex("t", "p", literal("g2"), graph: iri("http://ex/g")),
            ex("s", "p", literal("b"), graph: blank("g0")),
            ex("s", "p", literal("d3")),
        ]
        let expected = """
            @prefix ex: <http://ex/> .

            {
                ex:s
                    ex:p "d1" ,
                        "d2" .
            }

            ex:g {
                ex:s
                    ex:p "g1" .

                ex:t
                    ex:p "g2" .
            }

            _:g0 {
                ex:s
                    ex:p "b" .
            }

            {
                ex:s
                    ex:p "d3" .
            }

            """
        let actual = try serialize(quads) { TurtleSerializer(output: $0, format: .trig, prefixes: PrefixMap([("ex", "http://ex/")])) }
        #expect(actual == expected)
    }

    @Test func trigSerializerClosesGraphBeforeDirective() throws {
        let output = MemoryOutput()
        var serializer = TurtleSerializer(output: output, format: .trig)
        try serializer.consume(ex("s", "p", literal("x"), graph: iri("http://ex/g")))
        try serializer.prefix("ex", iri: "http://ex/")
        try serializer.consume(ex("s", "p", literal("y"), graph: iri("http://ex/g")))
        try serializer.finish()
        let expected = """
            <http://ex/g> {
                <http://ex/s>
                    <http://ex/p> "x" .
            }

            @prefix ex: <http://ex/> .

            ex:g {
                ex:s
                    ex:p "y" .
            }

            """
        #expect(output.string == expected)
    }
}
