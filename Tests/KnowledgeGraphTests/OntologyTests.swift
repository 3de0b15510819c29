import Foundation
import NewsgraphTestSupport
import RDFIO
import RDFModel
import Testing

@testable import KnowledgeGraph

/// `Ontology/` declares every IRI the builder can emit in our namespace.
@Suite("Ontology")
struct OntologyTests {
    static func load(_ name: String) throws -> [Quad] {
        let url = SharedData.packageRoot.appendingPathComponent("Ontology/" + name)
        return try RDFParser.parse(Array(try Data(contentsOf: url)), format: .turtle).sorted()
    }

    static func declared() throws -> [IRI: Set<IRI>] {
        var types: [IRI: Set<IRI>] = [:]
        for quad in try load("newsgraph.ttl") + load("relations.ttl") where quad.predicate == RDF.type {
            if case .iri(let subject) = quad.subject, case .iri(let type) = quad.object { types[subject, default: []].insert(type) }
        }
        return types
    }

    @Test func everyShippedRelationIsDeclaredWithItsLabel() throws {
        let quads = try Self.load("relations.ttl")
        var labels: [IRI: String] = [:]
        for quad in quads where quad.predicate == RDFS.label {
            if case .iri(let subject) = quad.subject, case .literal(let label) = quad.object { labels[subject] = label.lexicalForm }
        }
        let types = try Self.declared()
        for label in PredicateVocabulary.shipped.labels {
            let property = PredicateVocabulary.property(label)
            #expect(labels[property] == label, "\(label)")
            #expect(types[property]?.contains(IRI(unchecked: RDF.namespace + "Property")) == true, "\(label)")
        }
        #expect(labels.count == PredicateVocabulary.shipped.labels.count)
    }

    @Test func everyTermTheBuilderEmitsIsDeclared() throws {
        let types = try Self.declared()
        let (graph, _) = try ArticleGraphBuilderTests.build()
        var used = Set<IRI>()
        for triple in graph.triples {
            used.insert(triple.predicate)
            if triple.predicate == RDF.type, case .iri(let type) = triple.object { used.insert(type) }
        }
        let fixed = [
            NG.statement, NG.reportedClaim, NG.sentence, NG.concept, NG.role, NG.entity, NG.relatedTo, NG.hasRole,
            NG.mentionedIn, NG.extractedFrom, NG.inArticle, NG.startOffset, NG.endOffset, NG.text, NG.surfaceText,
            NG.confidence, NG.negated, NG.modality, NG.attributedTo, NG.reportingVerb, NG.predicateText,
        ]
        for iri in used.union(fixed) where iri.string.hasPrefix(NG.namespace) {
            #expect(types[iri] != nil, "\(iri) is not declared in Ontology/")
        }
    }

    @Test func wikidataAlignmentsNameDeclaredRelations() throws {
        let types = try Self.declared()
        let closeMatch = IRI(unchecked: "http://www.w3.org/2004/02/skos/core#closeMatch")
        let aligned = try Self.load("newsgraph.ttl").filter { $0.predicate == closeMatch }
        #expect(aligned.count >= 5)
        for quad in aligned {
            guard case .iri(let subject) = quad.subject else { continue }
            #expect(types[subject] != nil, "\(subject)")
        }
    }

    @Test func theShapesParse() throws {
        let shapes = try Self.load("shapes.ttl")
        #expect(shapes.contains { $0.object == .iri(IRI(unchecked: "http://www.w3.org/ns/shacl#NodeShape")) })
    }
}
