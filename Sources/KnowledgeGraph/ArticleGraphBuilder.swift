import ArticleInput
import Extraction
import NLPCore
import RDFModel

/// One article's knowledge graph: its IRI (also the name of its graph in TriG and N-Quads) and
/// its triples, sorted and without duplicates.
package struct ArticleGraph: Sendable {
    package var article: IRI
    package var triples: [Triple]
    package var counts: Counts

    package struct Counts: Sendable, Equatable {
        package var sentences = 0
        package var entities = 0
        /// Relation edges written as statements (asserted or reported).
        package var statements = 0

        package init(sentences: Int = 0, entities: Int = 0, statements: Int = 0) {
            self.sentences = sentences
            self.entities = entities
            self.statements = statements
        }
    }

    /// The triples as quads in the default graph, or in the article's named graph.
    package func quads(named: Bool) -> [Quad] {
        triples.map { Quad($0, graph: named ? .iri(article) : nil) }
    }
}

/// Turns an analysed article into its graph: entities resolved across the article and typed
/// with schema.org classes, relations from every sentence as triples between entities and
/// concepts, and for each triple a statement node with its provenance (sentence, character
/// span, surface text, confidence; the speaker of a reported claim). Triples a sentence only
/// reports, negates or qualifies with a modal are kept on their statement node and not asserted.
package struct ArticleGraphBuilder: Sendable {
    package let minter: IRIMinter
    package let vocabulary: PredicateVocabulary
    let extractor = ClauseExtractor.graph
    let resolver = EntityResolver()
    let attribution = Attribution()

    package init(minter: IRIMinter, vocabulary: PredicateVocabulary = .shipped) {
        self.minter = minter
        self.vocabulary = vocabulary
    }

    /// The text the pipeline analyses: the headline (when there is one) as the first paragraph,
    /// then the main text. Character offsets in the graph count in this text.
    package static func analysedText(_ article: Article) -> String {
        guard let headline = article.metadata.headline, !headline.isEmpty else { return article.text }
        return headline + "\n\n" + article.text
    }

    /// The article's key: from its URL, else its headline, else `fallback` (the file name).
    package static func key(_ metadata: ArticleMetadata, fallback: String) -> String {
        if let url = metadata.url, !url.isEmpty {
            let withoutScheme = url.split(separator: ":", maxSplits: 1).last.map { $0.drop { $0 == "/" } } ?? Substring(url)
            return IRIMinter.slug(String(withoutScheme))
        }
        if let headline = metadata.headline, !headline.isEmpty { return IRIMinter.slug(headline) }
        return IRIMinter.slug(fallback)
    }

    /// The graph of `article`, whose analysed text is `document` (`analysedText(article)`, tokenized,
    /// tagged, parsed and with entities).
    package func build(_ article: Article, document: Document, key: String) -> ArticleGraph {
        var graph = GraphCollector()
        let articleIRI = minter.article(key)
        let offsets = TextOffsets(document.text)
        ArticleMetadataTriples.add(article.metadata, article: articleIRI, minter: minter, to: &graph)

        let entities = resolver.resolveArticle(document.sentences)
        let entityIRIs = entities.entities.map { minter.entity($0.key) }
        for (entity, iri) in zip(entities.entities, entityIRIs) {
            graph.add(.iri(iri), RDF.type, .iri(EntityTypes.schemaClass(entity)))
            graph.add(.iri(iri), RDFS.label, .literal(Literal(entity.name)))
            graph.add(.iri(iri), Schema.name, .literal(Literal(entity.name)))
            graph.add(.iri(iri), NG.mentionedIn, .iri(articleIRI))
            for role in entity.roles where entity.type == "PER" {
                let roleIRI = minter.role(role)
                graph.addNode(roleIRI, type: NG.role, label: role)
                graph.add(.iri(iri), NG.hasRole, .iri(roleIRI))
            }
        }

        var counts = ArticleGraph.Counts(sentences: document.sentences.count, entities: entities.entities.count)
        var sentenceTexts: [String: Int] = [:]
        for (number, sentence) in document.sentences.enumerated() {
            guard let first = sentence.words.first?.range, let last = sentence.words.last?.range else { continue }
            let text = Self.slice(document.text, first.lowerBound..<last.upperBound)
            let repeated = sentenceTexts[text, default: 0]
            sentenceTexts[text] = repeated + 1
            let sentenceIRI = minter.sentence(article: articleIRI, text: repeated == 0 ? text : text + "#\(repeated + 1)")
            graph.add(.iri(sentenceIRI), RDF.type, .iri(NG.sentence))
            graph.add(.iri(sentenceIRI), NG.inArticle, .iri(articleIRI))
            graph.add(.iri(sentenceIRI), NG.text, .literal(Literal(text)))
            graph.add(.iri(sentenceIRI), NG.startOffset, .literal(Self.integer(offsets.characters(first.lowerBound))))
            graph.add(.iri(sentenceIRI), NG.endOffset, .literal(Self.integer(offsets.characters(last.upperBound))))

            var context = StatementContext(
                sentence: sentence, number: number, sentenceIRI: sentenceIRI, articleIRI: articleIRI, text: document.text,
                offsets: offsets, entities: entities, entityIRIs: entityIRIs)
            let relations = attribution.attributed(extractor.relations(in: sentence), in: sentence)
            // `He pledged that X …`: the claim is X, attributed to him; `he – pledge – <clause>` adds nothing.
            let reporting = Set(relations.compactMap(\.reportedBy))
            for relation in relations where relation.attributedTo != nil || reporting.isDisjoint(with: relation.predicate) {
                counts.statements += addRelation(relation, &context, to: &graph)
            }
            counts.statements += addOpenVisits(&context, to: &graph)
        }
        return ArticleGraph(article: articleIRI, triples: graph.sorted(), counts: counts)
    }

    static func integer(_ value: Int) -> Literal { Literal(String(value), datatype: XSD.integer) }

    static func slice(_ text: String, _ bytes: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: max(0, min(bytes.lowerBound, utf8.count)))
        let end = utf8.index(utf8.startIndex, offsetBy: max(0, min(bytes.upperBound, utf8.count)))
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
