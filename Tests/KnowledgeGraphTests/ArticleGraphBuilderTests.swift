import ArticleInput
import NLPCore
import RDFModel
import Testing

@testable import KnowledgeGraph

@Suite("Article graphs")
struct ArticleGraphBuilderTests {
    static let sentences = [
        "Mark/PROPN/3/nsubj/B-PER Esper/PROPN/1/flat/I-PER visited/visit/VERB/0/root Vietnam/PROPN/3/obj/B-LOC ./PUNCT/3/punct",
        "Esper/PROPN/4/nsubj/B-PER will/AUX/4/aux not/PART/4/advmod meet/VERB/0/root reporters/reporter/NOUN/4/obj ./PUNCT/4/punct",
        "The/DET/2/det agreement/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass drafted/draft/VERB/0/root by/ADP/6/case "
            + "scientists/scientist/NOUN/4/obl:agent ./PUNCT/4/punct",
    ]

    static func build() throws -> (ArticleGraph, IRIMinter) {
        let minter = try IRIMinter(base: "http://example.org/")
        let document = ParsedArticle.document(sentences)
        var metadata = ArticleMetadata()
        metadata.headline = "Esper in Vietnam"
        metadata.datePublished = "2019-11-20"
        let graph = ArticleGraphBuilder(minter: minter, vocabulary: PredicateVocabulary(labels: ["visit", "meet", "draft"]))
            .build(Article(text: document.text, metadata: metadata), document: document, key: "esper")
        return (graph, minter)
    }

    static func objects(_ graph: ArticleGraph, _ subject: Term, _ predicate: IRI) -> [Term] {
        graph.triples.filter { $0.subject == subject && $0.predicate == predicate }.map(\.object)
    }

    @Test func entitiesAreTypedLabelledAndRelated() throws {
        let (graph, minter) = try Self.build()
        let esper = Term.iri(minter.entity("mark-esper"))
        let vietnam = Term.iri(minter.entity("vietnam"))
        #expect(graph.triples.contains(Triple(esper, RDF.type, .iri(Schema.person))))
        #expect(graph.triples.contains(Triple(vietnam, RDF.type, .iri(Schema.country))))
        #expect(Self.objects(graph, esper, RDFS.label) == [.literal(Literal("Mark Esper"))])
        #expect(graph.triples.contains(Triple(esper, NG.term("visit"), vietnam)))
        #expect(graph.triples.contains(Triple(esper, NG.mentionedIn, .iri(minter.article("esper")))))
    }

    @Test func everyTripleHasAStatementWithItsProvenance() throws {
        let (graph, minter) = try Self.build()
        let esper = Term.iri(minter.entity("mark-esper"))
        let statements = graph.triples.filter { $0.predicate == RDF.subject && $0.object == esper }.map(\.subject)
        let visit = try #require(statements.first { Self.objects(graph, $0, RDF.predicate) == [.iri(NG.term("visit"))] })
        #expect(Self.objects(graph, visit, RDF.object) == [.iri(minter.entity("vietnam"))])
        #expect(Self.objects(graph, visit, NG.confidence).count == 1)
        #expect(Self.objects(graph, visit, PROV.wasDerivedFrom) == [.iri(minter.article("esper"))])
        let sentence = try #require(Self.objects(graph, visit, NG.extractedFrom).first)
        #expect(Self.objects(graph, sentence, NG.text) == [.literal(Literal("Mark Esper visited Vietnam ."))])
        #expect(Self.objects(graph, visit, NG.surfaceText) == [.literal(Literal("Mark Esper visited Vietnam"))])
        // The statement's span covers its words in the text.
        let text = ParsedArticle.document(Self.sentences).text
        guard case .literal(let start) = try #require(Self.objects(graph, visit, NG.startOffset).first),
            case .literal(let end) = try #require(Self.objects(graph, visit, NG.endOffset).first),
            let from = Int(start.lexicalForm), let to = Int(end.lexicalForm)
        else { Issue.record("offsets missing"); return }
        #expect(String(Array(text)[from..<to]) == "Mark Esper visited Vietnam")
    }

    @Test func negatedAndModalStatementsAreNotAsserted() throws {
        let (graph, minter) = try Self.build()
        let esper = Term.iri(minter.entity("mark-esper"))
        #expect(Self.objects(graph, esper, NG.term("meet")).isEmpty)
        let meet = try #require(
            graph.triples.first { $0.predicate == RDF.predicate && $0.object == .iri(NG.term("meet")) }?.subject)
        #expect(Self.objects(graph, meet, NG.negated) == [.literal(Literal("true", datatype: XSD.boolean))])
        #expect(Self.objects(graph, meet, NG.modality) == [.literal(Literal("will"))])
    }

    @Test func controlledVerbsAreWantedNotDone() throws {
        let minter = try IRIMinter(base: "http://example.org/")
        let document = ParsedArticle.document([
            "Vietnam/PROPN/2/nsubj/B-LOC wants/want/VERB/0/root to/PART/4/mark promote/VERB/2/xcomp "
                + "relations/relation/NOUN/4/obj ./PUNCT/2/punct"
        ])
        let graph = ArticleGraphBuilder(minter: minter, vocabulary: PredicateVocabulary(labels: ["promote"]))
            .build(Article(text: document.text), document: document, key: "a")
        let vietnam = Term.iri(minter.entity("vietnam"))
        let relations = Term.iri(minter.concept("relations"))
        #expect(!graph.triples.contains(Triple(vietnam, NG.term("promote"), relations)))
        let statement = try #require(graph.triples.first { $0.predicate == RDF.object && $0.object == relations }?.subject)
        #expect(Self.objects(graph, statement, RDF.predicate) == [.iri(NG.term("promote"))])
        #expect(Self.objects(graph, statement, NG.modality) == [.literal(Literal("want to"))])
        #expect(Self.objects(graph, statement, NG.predicateText) == [.literal(Literal("want to promote"))])
    }

    @Test func conceptsHeadedByAnEventNounAreEvents() throws {
        let minter = try IRIMinter(base: "http://example.org/")
        let document = ParsedArticle.document([
            "Esper/PROPN/2/nsubj/B-PER attended/attend/VERB/0/root the/DET/5/det bilateral/ADJ/5/amod talks/talk/NOUN/2/obj "
                + "and/CCONJ/8/cc the/DET/8/det budget/NOUN/5/conj ./PUNCT/2/punct"
        ])
        let graph = ArticleGraphBuilder(minter: minter, vocabulary: PredicateVocabulary(labels: ["attend"]))
            .build(Article(text: document.text), document: document, key: "a")
        let talks = Term.iri(minter.concept("bilateral talks"))
        #expect(graph.triples.contains(Triple(talks, RDF.type, .iri(Schema.event))))
        #expect(graph.triples.contains(Triple(talks, RDF.type, .iri(NG.concept))))
        #expect(!graph.triples.contains(Triple(.iri(minter.concept("budget")), RDF.type, .iri(Schema.event))))
        #expect(graph.triples.contains(Triple(.iri(minter.entity("esper")), NG.term("attend"), .iri(minter.concept("budget")))))
    }

    @Test func passivesAreMadeActive() throws {
        let (graph, minter) = try Self.build()
        #expect(graph.triples.contains(Triple(.iri(minter.concept("scientists")), NG.term("draft"), .iri(minter.concept("agreement")))))
    }

    @Test func theArticleCarriesItsMetadata() throws {
        let (graph, minter) = try Self.build()
        let article = Term.iri(minter.article("esper"))
        #expect(graph.triples.contains(Triple(article, RDF.type, .iri(Schema.newsArticle))))
        #expect(Self.objects(graph, article, Schema.headline) == [.literal(Literal("Esper in Vietnam"))])
        #expect(Self.objects(graph, article, Schema.datePublished) == [.literal(Literal("2019-11-20", datatype: XSD.date))])
    }

    @Test func noBlankNodesAndTheSameGraphEveryTime() throws {
        let (first, _) = try Self.build()
        let (second, _) = try Self.build()
        #expect(first.triples == second.triples)
        #expect(first.triples == first.triples.sorted())
        for triple in first.triples {
            if case .blankNode = triple.subject { Issue.record("blank node: \(triple)") }
            if case .blankNode = triple.object { Issue.record("blank node: \(triple)") }
        }
    }

    @Test func reportedClaimsAreAttributedNotAsserted() throws {
        let minter = try IRIMinter(base: "http://example.org/")
        let document = ParsedArticle.document([
            "Esper/PROPN/2/nsubj/B-PER said/say/VERB/0/root that/SCONJ/5/mark Vietnam/PROPN/5/nsubj/B-LOC "
                + "supports/support/VERB/2/ccomp ASEAN/PROPN/5/obj/B-ORG ./PUNCT/2/punct"
        ])
        let graph = ArticleGraphBuilder(minter: minter, vocabulary: PredicateVocabulary(labels: ["say", "support"]))
            .build(Article(text: document.text), document: document, key: "a")
        let esper = Term.iri(minter.entity("esper"))
        let vietnam = Term.iri(minter.entity("vietnam"))
        let asean = Term.iri(minter.entity("asean"))
        #expect(!graph.triples.contains(Triple(vietnam, NG.term("support"), asean)))
        #expect(!graph.triples.contains { $0.subject == esper && $0.predicate == NG.term("say") }, "the reporting clause adds nothing")
        let claim = try #require(graph.triples.first { $0.predicate == RDF.subject && $0.object == vietnam }?.subject)
        #expect(Self.objects(graph, claim, RDF.type).contains(.iri(NG.reportedClaim)))
        #expect(Self.objects(graph, claim, RDF.object) == [asean])
        #expect(Self.objects(graph, claim, NG.attributedTo) == [esper])
        #expect(Self.objects(graph, claim, NG.reportingVerb) == [.literal(Literal("say"))])
    }

    @Test(arguments: [
        ("2019-11-20", XSD.date), ("2019-11-20T08:30:00Z", XSD.dateTime), ("2019-11-20T08:30:00.5+07:00", XSD.dateTime),
        ("2019-11-20T08:30:00 GMT", XSD.string), ("November 20, 2019", XSD.string),
    ])
    func dates(_ text: String, _ datatype: IRI) {
        #expect(ArticleMetadataTriples.dateLiteral(text).datatype == datatype)
    }
}

/// Confidences are written in xsd:decimal's canonical lexical form, the form stores keep.
@Suite("Confidence literals")
struct ConfidenceLiteralTests {
    @Test(arguments: [(0.8, "0.8"), (0.85, "0.85"), (1.0, "1.0"), (0.0, "0.0"), (0.05, "0.05"), (0.5, "0.5"), (0.899, "0.9"), (1.7, "1.0")])
    func canonicalDecimal(_ value: Double, _ text: String) {
        #expect(ArticleGraphBuilder.decimal(value) == text)
    }
}
