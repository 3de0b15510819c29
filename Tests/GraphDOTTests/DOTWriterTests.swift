import Foundation
import NewsgraphTestSupport
import RDFIO
import RDFModel
import Testing

@testable import GraphDOT

@Suite("DOT writer")
struct DOTWriterTests {
    static let small = """
        @prefix ng: <https://newsgraph.dev/ontology#> .
        @prefix schema: <http://schema.org/> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix e: <http://example.org/entity/> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        e:esper a schema:Person ; rdfs:label "Mark Esper" ; ng:hasRole e:secretary ; ng:visit e:vietnam ; schema:birthDate "1964-04-26" .
        e:vietnam a schema:Country ; rdfs:label "Vietnam" .
        e:secretary a ng:Role ; rdfs:label "US Defense Secretary" .
        e:asean a schema:Organization ; rdfs:label "ASEAN" .
        e:stance a ng:Concept ; rdfs:label "ASEAN's stance on the \\"East Sea\\" issue" .
        e:us a schema:Country ; rdfs:label "United States" ; ng:support e:stance .
        e:asean ng:have e:stance .
        e:s1 a rdf:Statement ; rdf:subject e:us ; rdf:predicate ng:support ; rdf:object e:stance ; prov:wasDerivedFrom e:article .
        e:article a schema:NewsArticle ; schema:headline "A visit" .
        """

    static func triples(_ turtle: String) throws -> [Triple] {
        try RDFParser.parse(turtle, format: .turtle).sorted().map(\.triple)
    }

    /// The golden file was read and checked by hand: one node per entity, concept and role,
    /// typed shapes, predicate local names in words, the literal in the tooltip, the statement
    /// and the article hidden.
    @Test func smallGraphMatchesTheGoldenFile() throws {
        let dot = try DOTWriter.dot(try Self.triples(Self.small))
        let url = SharedData.packageRoot.appendingPathComponent("Tests/GraphDOTTests/Fixtures/small.dot")
        if ProcessInfo.processInfo.environment["NEWSGRAPH_UPDATE_GOLDEN"] == "1" {
            try Data(dot.utf8).write(to: url)
            Issue.record("golden file rewritten: review it, then run again without NEWSGRAPH_UPDATE_GOLDEN")
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(dot == golden)
    }

    @Test func provenanceIsHiddenUnlessAskedFor() throws {
        let triples = try Self.triples(Self.small)
        let hidden = try DOTWriter.dot(triples)
        #expect(!hidden.contains("A visit") && !hidden.contains("was derived from"))
        let shown = try DOTWriter.dot(triples, options: DOTOptions(showProvenance: true))
        #expect(shown.contains("was derived from"))
    }

    @Test func unassertedStatementsAreDashedEdges() throws {
        let turtle = """
            @prefix ng: <https://newsgraph.dev/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix e: <http://example.org/> .
            e:a rdfs:label "Esper" . e:b rdfs:label "reporters" . e:c rdfs:label "Phuc" .
            e:s a rdf:Statement, ng:ReportedClaim ; rdf:subject e:a ; rdf:predicate ng:meet ; rdf:object e:b ;
                ng:negated true ; ng:modality "will" ; ng:attributedTo e:c .
            """
        let dot = try DOTWriter.dot(try Self.triples(turtle))
        #expect(dot.contains("[label=\"will not meet\\n(said Phuc)\", style=dashed]"), "\(dot)")
        #expect(!dot.contains("negated"))
        let wanted = """
            @prefix ng: <https://newsgraph.dev/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix e: <http://example.org/> .
            e:s a rdf:Statement ; rdf:subject e:a ; rdf:predicate ng:promote ; rdf:object e:b ;
                ng:modality "want to" ; ng:predicateText "want to promote" .
            """
        #expect(try DOTWriter.dot(try Self.triples(wanted)).contains("[label=\"want to promote\", style=dashed]"))
    }

    @Test func theSameGraphGivesTheSameBytes() throws {
        let triples = try Self.triples(Self.small)
        #expect(try DOTWriter.dot(triples) == DOTWriter.dot(triples.reversed()))
    }

    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("two\nlines", "\"two\\nlines\""),
        ("\\N injected", "\"\\\\N injected\""),
        ("<b>html</b>", "\"<b>html</b>\""),
        ("Nguyễn Xuân Phúc", "\"Nguyễn Xuân Phúc\""),
        ("bell\u{07}", "\"bell\""),
    ])
    func escaping(_ text: String, _ expected: String) {
        #expect(DOTEscaping.quoted(text) == expected)
    }

    @Test func labelsWrapAtSpaces() {
        #expect(DOTEscaping.wrapped("the bilateral defense cooperation deals", width: 16) == "the bilateral\ndefense\ncooperation\ndeals")
        #expect(DOTEscaping.words(fromCamelCase: "agreeToBoost") == "agree to boost")
    }
}

@Suite("DOT selection")
struct DOTSelectionTests {
    /// A star around `hub` (spokes s0…s9) and a chain c0 → c1 → c2 → c3 apart from it.
    static func triples() -> [Triple] {
        func iri(_ name: String) -> Term { .iri(IRI(unchecked: "http://example.org/" + name)) }
        let link = IRI(unchecked: "http://example.org/link")
        var result = (0..<10).map { Triple(iri("hub"), link, iri("s\($0)")) }
        result += (0..<3).map { Triple(iri("c\($0)"), link, iri("c\($0 + 1)")) }
        result.append(Triple(iri("hub"), RDFS.label, .literal(Literal("The Hub"))))
        return result
    }

    @Test func aboveMaxEdgesTheMostConnectedStayAndTheCaptionSaysSo() throws {
        let drawing = try DOTWriter.drawing(Self.triples(), options: DOTOptions(maxEdges: 10))
        #expect(drawing.edges == 10 && drawing.text.contains("n0 -> "))
        #expect(drawing.text.contains("Showing 10 of 13 relations"))
        #expect(!drawing.text.contains("example.org/c0"))
    }

    @Test func focusDrawsANeighbourhood() throws {
        let one = try DOTWriter.drawing(Self.triples(), options: DOTOptions(focus: "http://example.org/c1", depth: 1))
        #expect(one.nodes == 3 && one.edges == 2)
        let byLabel = try DOTWriter.drawing(Self.triples(), options: DOTOptions(focus: "the hub", depth: 1))
        #expect(byLabel.nodes == 11 && byLabel.edges == 10)
        #expect(throws: DOTError(message: "no entity 'nobody' in the graph")) {
            try DOTWriter.drawing(Self.triples(), options: DOTOptions(focus: "nobody"))
        }
    }

    @Test func autoPicksTheEngineBySize() throws {
        #expect(try DOTWriter.drawing(Self.triples(), options: DOTOptions(engine: "auto")).engine == "dot")
        let big = (0..<(DOTWriter.autoDotLimit + 1)).map {
            Triple(.iri(IRI(unchecked: "http://example.org/a\($0)")), IRI(unchecked: "http://example.org/p"), .iri(IRI(unchecked: "http://example.org/b\($0)")))
        }
        let drawing = try DOTWriter.drawing(big, options: DOTOptions(engine: "auto"))
        #expect(drawing.engine == "sfdp" && drawing.text.contains("overlap=prism") && !drawing.text.contains("cluster_legend"))
        #expect(drawing.text.contains("legend: other (grey box)"))
    }
}
