import Extraction
import NLPCore
import RDFModel

/// What the statements of one sentence share.
struct StatementContext {
    let sentence: Sentence
    let number: Int
    let sentenceIRI: IRI
    let articleIRI: IRI
    let text: String
    let offsets: TextOffsets
    let entities: ArticleEntities
    let entityIRIs: [IRI]
    /// Statements already written for this sentence: when two relations give the same edge
    /// from the same words, the first (in the extractor's order) is kept.
    var written: Set<IRI> = []
}

extension ArticleGraphBuilder {
    /// Adds the edges of `relation` and their statements; returns how many statements it added.
    func addRelation(_ relation: Relation, _ context: inout StatementContext, to graph: inout GraphCollector) -> Int {
        let words = context.sentence.words
        let name = PredicateName(relation, in: context.sentence)
        let isRole = relation.predicate.isEmpty && relation.kind == .stated
        let attributed = relation.attributedTo.flatMap { node($0, context, graph: &graph) }
        let isAsserted = !name.negated && name.modality == nil && relation.attributedTo == nil
        let allWords = relation.subject + relation.predicate + relation.arguments.flatMap { $0 }
        guard let low = allWords.min(), let high = allWords.max(), let start = words[low].range, let end = words[high].range
        else { return 0 }
        let surface = ([PhraseNode.surface(relation.subject, words), relation.predicateText { words[$0].form }]
            + relation.arguments.map { PhraseNode.surface($0, words) }).joined(separator: " ")
        var added = 0
        for edge in RelationEdges.edges(relation, name: name, in: context.sentence) {
            guard let subjectNode = PhraseNode.make(edge.subject, sentence: context.number, in: words, entities: context.entities),
                let objectNode = PhraseNode.make(edge.object, sentence: context.number, in: words, entities: context.entities)
            else { continue }
            let subjects = terms(subjectNode, context, graph: &graph).filter { if case .iri = $0 { true } else { false } }
            var predicate: IRI
            var objects: [Term]
            if isRole, case .entities(let people) = subjectNode, people.allSatisfy({ context.entities.entities[$0].type == "PER" }),
                case .concept(let title) = objectNode
            {
                // `US Defense Secretary Mark Esper`, `Esper, the US Defense Secretary`: his role.
                predicate = NG.hasRole
                let role = minter.role(title)
                graph.addNode(role, type: NG.role, label: title)
                objects = [.iri(role)]
            } else if edge.isPrimary {
                predicate = vocabulary.declaredLabel(for: edge.label).map(PredicateVocabulary.property) ?? NG.relatedTo
                objects = terms(objectNode, context, graph: &graph)
            } else {
                guard vocabulary.labels.contains(edge.label) else { continue }
                predicate = PredicateVocabulary.property(edge.label)
                objects = terms(objectNode, context, graph: &graph)
            }
            for subject in subjects {
                for object in objects where object != subject {
                    let content = [
                        "\(subject)", "\(predicate)", "\(object)", edge.label, surface, context.sentenceIRI.string,
                        name.negated ? "not" : "", name.modality ?? "", relation.attributedTo == nil ? "" : "reported",
                    ].joined(separator: "|")
                    let statementIRI = minter.statement(article: context.articleIRI, content: content)
                    guard context.written.insert(statementIRI).inserted else { continue }
                    let statement = Term.iri(statementIRI)
                    if isAsserted { graph.add(subject, predicate, object) }
                    graph.add(statement, RDF.type, .iri(RDF.statement))
                    graph.add(statement, RDF.subject, subject)
                    graph.add(statement, RDF.predicate, .iri(predicate))
                    graph.add(statement, RDF.object, object)
                    graph.add(statement, NG.predicateText, .literal(Literal(edge.label)))
                    graph.add(statement, NG.confidence, .literal(Literal(Self.decimal(relation.confidence), datatype: XSD.decimal)))
                    graph.add(statement, NG.extractedFrom, .iri(context.sentenceIRI))
                    graph.add(statement, PROV.wasDerivedFrom, .iri(context.articleIRI))
                    graph.add(statement, NG.surfaceText, .literal(Literal(surface)))
                    graph.add(statement, NG.startOffset, .literal(Self.integer(context.offsets.characters(start.lowerBound))))
                    graph.add(statement, NG.endOffset, .literal(Self.integer(context.offsets.characters(end.upperBound))))
                    if name.negated { graph.add(statement, NG.negated, .literal(Literal("true", datatype: XSD.boolean))) }
                    if let modality = name.modality { graph.add(statement, NG.modality, .literal(Literal(modality))) }
                    if let attributed {
                        // A reported claim whose speaker names nothing stays an unasserted statement.
                        graph.add(statement, RDF.type, .iri(NG.reportedClaim))
                        for speaker in attributed { graph.add(statement, NG.attributedTo, speaker) }
                    }
                    added += 1
                }
            }
        }
        return added
    }

    /// The terms of a speaker phrase (entities or a concept), if it names anything.
    private func node(_ words: [Int], _ context: StatementContext, graph: inout GraphCollector) -> [Term]? {
        guard let node = PhraseNode.make(words, sentence: context.number, in: context.sentence.words, entities: context.entities)
        else { return nil }
        let result = terms(node, context, graph: &graph).filter { if case .iri = $0 { true } else { false } }
        return result.isEmpty ? nil : result
    }

    /// The terms a phrase node stands for, adding a concept's type and label.
    func terms(_ node: PhraseNode, _ context: StatementContext, graph: inout GraphCollector) -> [Term] {
        switch node {
        case .entities(let indices):
            return indices.map { .iri(context.entityIRIs[$0]) }
        case .concept(let label):
            let iri = minter.concept(label)
            graph.addNode(iri, type: NG.concept, label: label)
            return [.iri(iri)]
        case .literal(let text):
            return [.literal(Literal(text))]
        }
    }

    /// `0.85`, `1.0`: a confidence as an xsd:decimal lexical form.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((max(0, min(1, value)) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }
}
