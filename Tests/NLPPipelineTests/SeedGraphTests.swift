import ArticleInput
import Foundation
import FoundationXML
import GraphDOT
import GraphRendering
import KnowledgeGraph
import NLPPipeline
import NewsgraphTestSupport
import RDFModel
import Testing

/// The seed article end to end: cleaned, analysed and built into its graph, as `newsgraph build` does.
@Suite("Seed article graph")
struct SeedGraphTests {
    static let ng = "https://newsgraph.dev/ontology#"
    static let minter = (try? IRIMinter()) ?? { fatalError("the default base is valid") }()

    static func graph(_ relativePath: String) throws -> ArticleGraph {
        let url = try #require(SharedData.url(relativePath), "shared test data not found")
        let bytes = try SharedData.bytes(atPath: url.path)
        let article =
            relativePath.hasSuffix(".html")
            ? try HTMLArticle.read(bytes, path: url.path) : PlainTextArticle.read(String(decoding: bytes, as: UTF8.self))
        let document = try Pipeline.load().annotate(text: ArticleGraphBuilder.analysedText(article))
        let key = ArticleGraphBuilder.key(article.metadata, fallback: "seed")
        return ArticleGraphBuilder(minter: minter).build(article, document: document, key: key)
    }

    static func label(_ term: Term, in graph: ArticleGraph) -> String? {
        graph.triples.first { $0.subject == term && $0.predicate == RDFS.label }.flatMap {
            if case .literal(let literal) = $0.object { literal.lexicalForm.replacingApostrophes() } else { nil }
        }
    }

    /// Statements (asserted or reported) `subject – predicate – object`, the object by the start of its label.
    static func statements(_ graph: ArticleGraph, _ subject: String, _ predicate: String, objectLabel: String) -> [Term] {
        let subjectTerm = Term.iri(minter.entity(subject))
        let predicateTerm = Term.iri(IRI(unchecked: ng + predicate))
        var bySubject: [Term: [Triple]] = [:]
        for triple in graph.triples { bySubject[triple.subject, default: []].append(triple) }
        return bySubject.compactMap { node, triples in
            guard triples.contains(where: { $0.predicate == RDF.subject && $0.object == subjectTerm }),
                triples.contains(where: { $0.predicate == RDF.predicate && $0.object == predicateTerm }),
                let object = triples.first(where: { $0.predicate == RDF.object })?.object,
                label(object, in: graph)?.hasPrefix(objectLabel) == true
            else { return nil }
            return node
        }
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theDesignCardsFactsAreInTheGraph() throws {
        let graph = try Self.graph("seeds/000_dbe25a89b6a06857.txt")
        let esper = Term.iri(Self.minter.entity("mark-esper"))
        let vietnam = Term.iri(Self.minter.entity("vietnam"))
        #expect(graph.triples.contains(Triple(esper, IRI(unchecked: Self.ng + "visit"), vietnam)))
        // `The US Defense Secretary reconfirmed that the US supports Vietnam and ASEAN's stance …`:
        // reported claims, attributed to Esper.
        for owner in ["ASEAN's stance", "Vietnam's stance"] {
            let found = Self.statements(graph, "united-states", "support", objectLabel: owner)
            #expect(!found.isEmpty, "US – supports – \(owner)")
            for statement in found {
                #expect(graph.triples.contains(Triple(statement, IRI(unchecked: Self.ng + "attributedTo"), esper)))
            }
        }
        // Roles as facts.
        #expect(graph.triples.contains(Triple(esper, IRI(unchecked: Self.ng + "hasRole"), .iri(Self.minter.role("US Defense Secretary")))))
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func eachReferentIsOneEntityAndNoResidueRemains() throws {
        let graph = try Self.graph("seeds/000_dbe25a89b6a06857.txt")
        let types = [Schema.person, Schema.organization, Schema.place, Schema.country].map(Term.iri)
        let entities = Set(graph.triples.filter { $0.predicate == RDF.type && types.contains($0.object) }.map(\.subject))
        let labels = entities.compactMap { Self.label($0, in: graph) }
        for name in [
            "Nguyen Xuan Phuc", "Mark Esper", "Ngo Xuan Lich", "Daniel Kritenbrink", "Vietnam", "United States", "ASEAN",
            "Vietnam People's Army",
        ] {
            #expect(labels.filter { $0 == name }.count == 1, "\(name): \(labels.sorted())")
        }
        #expect(!labels.contains("Esper") && !labels.contains("US") && !labels.contains("Lich"))
        for triple in graph.triples {
            if case .literal(let literal) = triple.object {
                #expect(!literal.lexicalForm.contains("leftcenterrightdel"))
                #expect(!literal.lexicalForm.contains("shake hands before the bilateral talks"), "a caption became text")
            }
        }
    }

    /// As `build` draws it by default: every entity is one node of the SVG.
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theImageHasEveryEntityOnce() throws {
        let graph = try Self.graph("seeds/000_dbe25a89b6a06857.txt")
        let drawing = try DOTWriter.drawing(graph.triples, options: DOTOptions(maxEdges: 250, engine: "auto"))
        #expect(drawing.engine == "dot")
        let svg = try GraphvizRenderer.render(dot: drawing.text, engine: drawing.engine, format: .svg)
        let document = try XMLDocument(data: Data(svg))
        let labels = try document.nodes(forXPath: "//*[local-name()='g'][@class='node']").map { node in
            ((try? node.nodes(forXPath: ".//*[local-name()='text']")) ?? []).compactMap(\.stringValue).joined(separator: " ")
        }
        for name in ["Nguyen Xuan Phuc", "Mark Esper", "Ngo Xuan Lich", "Daniel Kritenbrink", "Vietnam", "United States", "ASEAN"] {
            #expect(labels.filter { $0 == name }.count == 1, "\(name)")
        }
        #expect(labels.filter { $0.replacingApostrophes() == "Vietnam People's Army" }.count == 1)
        #expect(!labels.contains { $0.contains("leftcenterrightdel") })
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theHTMLCopyGivesTheSameFactsAndItsMetadata() throws {
        let plain = try Self.graph("seeds/000_dbe25a89b6a06857.txt")
        let html = try Self.graph("samples/esper-visit.html")
        func facts(_ graph: ArticleGraph) -> Set<Triple> {
            Set(graph.triples.filter { triple in
                guard case .iri(let subject) = triple.subject, triple.predicate.string != Self.ng + "mentionedIn" else { return false }
                return subject.string.contains("/entity/") || subject.string.contains("/concept/") || subject.string.contains("/role/")
            })
        }
        let publisher = Term.iri(Self.minter.entity("peoples-army-newspaper-sample-copy"))
        #expect(facts(html).subtracting(facts(plain)).allSatisfy { $0.subject == publisher })
        #expect(facts(plain).subtracting(facts(html)).isEmpty)
        let article = Term.iri(html.article)
        let metadata = Dictionary(grouping: html.triples.filter { $0.subject == article }, by: \.predicate)
        #expect(metadata[Schema.headline]?.first?.object == .literal(Literal("PM Nguyen Xuan Phuc receives US Secretary of Defense Mark Esper")))
        #expect(metadata[Schema.datePublished]?.first?.object == .literal(Literal("2019-11-20T17:05:00+07:00", datatype: XSD.dateTime)))
        #expect(metadata[Schema.inLanguage] != nil && metadata[Schema.publisher] != nil && metadata[Schema.translator] != nil)
    }
}

extension String {
    fileprivate func replacingApostrophes() -> String { String(map { $0 == "’" ? "'" : $0 }) }
}
