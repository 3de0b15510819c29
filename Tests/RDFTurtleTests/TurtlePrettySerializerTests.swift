import RDFModel
import RDFTurtle
import NewsgraphTestSupport
import Testing

let rdf = RDF.namespace

func pretty(
    _ quads: [Quad], format: TurtleFormat = .turtle,
    prefixes: PrefixMap = PrefixMap([("ex", "http://ex/"), ("xsd", xsd), ("foaf", "http://xmlns.com/foaf/0.1/")])
) throws -> String {
    try serialize(quads) { TurtlePrettySerializer(output: $0, format: format, prefixes: prefixes) }
}

/// A quad between blank nodes and `http://ex/` terms: "_:x" is a blank node, "1" an integer,
/// "\"s\"" a string, "rdf:…" an RDF term, anything else an `http://ex/` IRI.
func q(_ s: String, _ p: String, _ o: String, graph: String? = nil) -> Quad {
    func node(_ t: String) -> Term {
        if t.hasPrefix("_:") { return blank(String(t.dropFirst(2))) }
        if t.hasPrefix("\"") { return literal(String(t.dropFirst().dropLast())) }
        if t.hasPrefix("rdf:") { return iri(rdf + t.dropFirst(4)) }
        if let _ = Int(t) { return literal(t, datatype: xsd + "integer") }
        return iri("http://ex/" + t)
    }
    guard case .iri(let predicate) = node(p) else { preconditionFailure("predicate must be an IRI") }
    return Quad(node(s), predicate, node(o), graph: graph.map(node))
}

@Suite struct TurtlePrettySerializerTests {
    @Test func prettySerializerSortsAndWritesOnlyUsedPrefixes() throws {
        let quads = [
            q("t", "p", "o"), q("s", "q", "\"b\""), q("s", "rdf:type", "C"), q("s", "q", "\"a\""), q("s", "p", "1"),
            q("_:x", "p", "s"),
        ]
        let expected = """
            @prefix ex: <http://ex/> .

            ex:s
                a ex:C ;
                ex:p 1 ;
                ex:q "a" ,
                    "b" .

            ex:t
                ex:p ex:o .

            [
                ex:p ex:s
            ] .

            """
        let actual = try pretty(quads)
        #expect(actual == expected)
        #expect(try pretty(quads.reversed()) == expected)
    }

    @Test func prettySerializerInlinesBlankNodesAndCollections() throws {
        let quads = [
            q("s", "list", "_:l1"), q("_:l1", "rdf:first", "1"), q("_:l1", "rdf:rest", "_:l2"),
            q("_:l2", "rdf:first", "_:b"), q("_:l2", "rdf:rest", "rdf:nil"), q("_:b", "p", "\"x\""),
            q("s", "knows", "_:k"), q("_:k", "name", "\"k\""), q("_:k", "friend", "_:f"), q("_:f", "name", "\"f\""),
            q("s", "empty", "_:e"), q("s", "none", "rdf:nil"),
        ]
        let expected = """
            @prefix ex: <http://ex/> .

            ex:s
                ex:empty [] ;
                ex:knows [
                    ex:friend [
                        ex:name "f"
                    ] ;
                    ex:name "k"
                ] ;
                ex:list ( 1 [
                    ex:p "x"
                ] ) ;
                ex:none () .

            """
        let actual = try pretty(quads)
        #expect(actual == expected)
    }

    @Test func prettySerializerLabelsSharedBlankNodes() throws {
        let quads = [q("a", "p", "_:s"), q("b", "p", "_:s"), q("_:s", "q", "\"v\"")]
        let expected = """
            @prefix ex: <http://ex/> .

            ex:a
                ex:p _:s .

            ex:b
                ex:p _:s .

            _:s
                ex:q "v" .

            """
        let actual = try pretty(quads)
        #expect(actual == expected)
    }

    @Test func prettySerializerCutsCyclesAtTheirFirstNode() throws {
        let cycle = [q("_:b", "p", "_:a"), q("_:a", "p", "_:b")]
        let expected = """
            @prefix ex: <http://ex/> .

            _:a
                ex:p [
                    ex:p _:a
                ] .

            """
        let actual = try pretty(cycle)
        #expect(actual == expected)
        // A node hanging below a cycle stays inline; the cycle is cut at its own first node.
        let below = [q("_:c", "p", "_:a"), q("_:a", "p", "_:c"), q("_:c", "q", "_:0")]
        let expectedBelow = """
            @prefix ex: <http://ex/> .

            _:a
                ex:p [
                    ex:p _:a ;
                    ex:q []
                ] .

            """
        let actualBelow = try pretty(below)
        #expect(actualBelow == expectedBelow)
        let selfLoop = try pretty([q("_:a", "p", "_:a")])
        #expect(selfLoop == "@prefix ex: <http://ex/> .\n\n_:a\n    ex:p _:a .\n")
    }

    @Test func prettySerializerKeepsMalformedListsAsNodes() throws {
        let quads = [
            q("s", "l", "_:n1"), q("_:n1", "rdf:first", "1"), q("_:n1", "rdf:rest", "_:n2"), q("_:n1", "extra", "\"x\""),
            q("_:n2", "rdf:first", "2"), q("_:n2", "rdf:rest", "rdf:nil"),
        ]
        let expected = """
            @prefix ex: <http://ex/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

            ex:s
                ex:l [
                    ex:extra "x" ;
                    rdf:first 1 ;
                    rdf:rest ( 2 )
                ] .

            """
        var prefixes = PrefixMap([("ex", "http://ex/")])
        prefixes["rdf"] = rdf
        let actual = try pretty(quads, prefixes: prefixes)
        #expect(actual == expected)
    }

    @Test func prettySerializerWritesTriGGraphsInOrder() throws {
        let quads = [
            q("u", "p", "\"y\"", graph: "_:g"), q("s", "p", "_:b"), q("_:b", "q", "\"1\"", graph: "g"),
            q("t", "p", "\"x\"", graph: "g"), q("s", "p", "\"d\""),
        ]
        let expected = """
            @prefix ex: <http://ex/> .

            ex:s
                ex:p _:b ,
                    "d" .

            ex:g {
                ex:t
                    ex:p "x" .

                _:b
                    ex:q "1" .
            }

            _:g {
                ex:u
                    ex:p "y" .
            }

            """
        let actual = try pretty(quads, format: .trig)
        #expect(actual == expected)
    }

    @Test func prettySerializerWritesBaseAndLatePrefixes() throws {
        let output = MemoryOutput()
        var serializer = TurtlePrettySerializer(output: output, baseIRI: "http://ex/")
        try serializer.consume(q("s", "p", "o"))
        try serializer.prefix("z", iri: "http://ex/x/")  // unused
        try serializer.prefix("e", iri: "http://ex/p/")
        try serializer.finish()
        #expect(output.string == "@base <http://ex/> .\n\n<s>\n    <p> <o> .\n")
        #expect(try pretty([]) == "")
    }

    @Test func prettySerializerRejectsNamedGraphInTurtle() {
        #expect(throws: RDFSerializationError.self) { try pretty([q("s", "p", "o", graph: "g")]) }
    }

    /// Deep chains of once-referenced blank nodes are cut into labelled subjects, so writing
    /// never recurses without bound; the output is the same for any insertion order.
    @Test func prettySerializerBoundsNestingDepth() throws {
        var quads = [q("root", "p", "_:n0")]
        for i in 0..<200 { quads.append(q("_:n\(i)", "p", "_:n\(i + 1)")) }
        let output = try pretty(quads)
        #expect(output.contains("\n_:n"))
        #expect(output.filter { $0 == "[" }.count == output.filter { $0 == "]" }.count)
        let labelled = output.split(separator: "\n").filter { $0.hasPrefix("_:n") }.count
        #expect(labelled >= 3)
        #expect(output.filter { $0 == "[" }.count == 201 - labelled)
        var random = SplitMix64(seed: 7)
        #expect(try pretty(quads.shuffled(using: &random)) == output)
    }
}

