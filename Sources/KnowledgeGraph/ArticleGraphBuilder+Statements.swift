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

/// What the edges of one relation share: how its predicate reads, whether it is asserted, its
/// words and its speaker.
struct RelationFacts {
    var relation: Relation
    var name: PredicateName
    var surface: String
    /// The UTF-8 range of the relation's words.
    var span: Range<Int>
    /// Not negated, not qualified by a modal, not reported: a plain fact.
    var isAsserted: Bool
    /// The speaker of a reported claim, when the speaker names something.
    var speakers: [Term]?
}

extension ArticleGraphBuilder {
    /// Adds the edges of `relation` and their statements; returns how many statements it added.
    func addRelation(_ relation: Relation, _ context: inout StatementContext, to graph: inout GraphCollector) -> Int {
        let words = context.sentence.words
        guard let facts = facts(relation, context, graph: &graph) else { return 0 }
        let isRole = relation.predicate.isEmpty && relation.kind == .stated
        var added = 0
        for edge in RelationEdges.edges(relation, name: facts.name, in: context.sentence) {
            guard let subjectNode = PhraseNode.make(edge.subject, sentence: context.number, in: words, entities: context.entities),
                let objectNode = PhraseNode.make(edge.object, sentence: context.number, in: words, entities: context.entities)
            else { continue }
            // An apposition between two different entities is a misread coordination or list
            // (`Minister A and Minister B`): the resolver would have merged the same referent.
            if isRole, case .entities = subjectNode, case .entities = objectNode { continue }
            let subjects = terms(subjectNode, context, graph: &graph).filter { if case .iri = $0 { true } else { false } }
            var predicate: IRI
            var objects: [Term]
            if isRole, case .entities(let people) = subjectNode, people.allSatisfy({ context.entities.entities[$0].type == "PER" }),
                case .concept(let title, _) = objectNode
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
                    added += addStatement(facts, subject, predicate, object, label: edge.label, &context, to: &graph)
                }
            }
        }
        return added
    }

    /// `the visiting US Defense Secretary`: a visit the sentence leaves open, completed with the
    /// places the article says the visitor visits (`… to Vietnam` elsewhere).
    func addOpenVisits(_ context: inout StatementContext, to graph: inout GraphCollector) -> Int {
        var added = 0
        for visit in EventNominals().relations(in: context.sentence, includingOpen: true) where visit.arguments.isEmpty {
            guard let facts = facts(visit, context, graph: &graph) else { continue }
            let property = PredicateVocabulary.property("visit")
            for visitor in context.entities.referents(sentence: context.number, words: visit.subject) {
                // The trip's destination: the countries visited when there are any (a visit to a
                // mausoleum during the trip is not what `the visiting minister` means).
                let places = context.entities.destinations(ofVisitsBy: visitor).filter { $0 != visitor }
                let countries = places.filter { context.entities.entities[$0].isCountry }
                for place in countries.isEmpty ? places : countries {
                    added += addStatement(
                        facts, .iri(context.entityIRIs[visitor]), property, .iri(context.entityIRIs[place]), label: "visit",
                        &context, to: &graph)
                }
            }
        }
        return added
    }

    func facts(_ relation: Relation, _ context: StatementContext, graph: inout GraphCollector) -> RelationFacts? {
        let words = context.sentence.words
        let all = relation.subject + relation.predicate + relation.arguments.flatMap { $0 }
        guard let low = all.min(), let high = all.max(), let start = words[low].range, let end = words[high].range else { return nil }
        var name = PredicateName(relation, in: context.sentence)
        let surface = ([PhraseNode.surface(relation.subject, words), relation.predicateText { words[$0].form }]
            + relation.arguments.filter { !$0.isEmpty }.map { PhraseNode.surface($0, words) }).joined(separator: " ")
        if name.modality == nil, let intention = Self.intention(relation, words) ?? Self.control(name.label) {
            name.modality = intention
        }
        return RelationFacts(
            relation: relation, name: name, surface: surface, span: start.lowerBound..<end.upperBound,
            isAsserted: !name.negated && name.modality == nil && relation.attributedTo == nil,
            speakers: relation.attributedTo.flatMap { node($0, context, graph: &graph) })
    }

    /// `wants to promote`, `agreed to boost`, `expressed to welcome`: a verb that controls another
    /// says the second is wanted, agreed or promised, not done; the words up to `to` are the
    /// statement's modality (the predicate is the second verb).
    static func control(_ label: String) -> String? {
        let words = label.split(separator: " ")
        guard let to = words.lastIndex(of: "to"), to > 0, to + 1 < words.count else { return nil }
        return words[...to].joined(separator: " ")
    }

    /// `his wish to welcome the US President`, `plans to build a port`: an infinitive that
    /// modifies a noun says what is wished or planned, not what happened; the noun is the
    /// statement's modality.
    static func intention(_ relation: Relation, _ words: [Token]) -> String? {
        guard let verb = relation.predicate.last(where: { words[$0].upos == "VERB" }), words[verb].deprel == "acl",
            let head = words[verb].head.map({ $0 - 1 }), head >= 0, head < words.count, words[head].upos == "NOUN",
            words.indices.contains(where: { words[$0].head == verb + 1 && words[$0].deprel == "mark" && words[$0].form.lowercased() == "to" })
        else { return nil }
        return words[head].lemmaOrForm
    }

    /// One edge: the triple (when asserted) and its statement node with the provenance.
    func addStatement(
        _ facts: RelationFacts, _ subject: Term, _ predicate: IRI, _ object: Term, label: String,
        _ context: inout StatementContext, to graph: inout GraphCollector
    ) -> Int {
        let relation = facts.relation
        let content = [
            "\(subject)", "\(predicate)", "\(object)", label, facts.surface, context.sentenceIRI.string,
            facts.name.negated ? "not" : "", facts.name.modality ?? "", relation.attributedTo == nil ? "" : "reported",
        ].joined(separator: "|")
        let statementIRI = minter.statement(article: context.articleIRI, content: content)
        guard context.written.insert(statementIRI).inserted else { return 0 }
        let statement = Term.iri(statementIRI)
        if facts.isAsserted { graph.add(subject, predicate, object) }
        graph.add(statement, RDF.type, .iri(RDF.statement))
        graph.add(statement, RDF.subject, subject)
        graph.add(statement, RDF.predicate, .iri(predicate))
        graph.add(statement, RDF.object, object)
        graph.add(statement, NG.predicateText, .literal(Literal(label)))
        graph.add(statement, NG.confidence, .literal(Literal(Self.decimal(relation.confidence), datatype: XSD.decimal)))
        graph.add(statement, NG.extractedFrom, .iri(context.sentenceIRI))
        graph.add(statement, PROV.wasDerivedFrom, .iri(context.articleIRI))
        graph.add(statement, NG.surfaceText, .literal(Literal(facts.surface)))
        graph.add(statement, NG.startOffset, .literal(Self.integer(context.offsets.characters(facts.span.lowerBound))))
        graph.add(statement, NG.endOffset, .literal(Self.integer(context.offsets.characters(facts.span.upperBound))))
        if facts.name.negated { graph.add(statement, NG.negated, .literal(Literal("true", datatype: XSD.boolean))) }
        if let modality = facts.name.modality { graph.add(statement, NG.modality, .literal(Literal(modality))) }
        if let speakers = facts.speakers {
            // A reported claim whose speaker names nothing stays an unasserted statement.
            graph.add(statement, RDF.type, .iri(NG.reportedClaim))
            for speaker in speakers { graph.add(statement, NG.attributedTo, speaker) }
            if let verb = relation.reportedBy, verb < context.sentence.words.count {
                graph.add(statement, NG.reportingVerb, .literal(Literal(context.sentence.words[verb].lemmaOrForm)))
            }
        }
        return 1
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
        case .concept(let label, let isEvent):
            let iri = minter.concept(label)
            graph.addNode(iri, type: NG.concept, label: label)
            if isEvent { graph.add(.iri(iri), RDF.type, .iri(Schema.event)) }
            return [.iri(iri)]
        case .literal(let text):
            return [.literal(Literal(text))]
        }
    }

    /// `0.85`, `0.8`, `1.0`: a confidence to two places in xsd:decimal's canonical form (no
    /// trailing zero but the one after a whole number), which stores such as Oxigraph keep a
    /// decimal in: so a graph read back from a store diffs equal to the graph sent.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((max(0, min(1, value)) * 100).rounded())
        let fraction = hundredths % 100
        let digits = fraction == 0 ? "0" : fraction % 10 == 0 ? "\(fraction / 10)" : fraction < 10 ? "0\(fraction)" : "\(fraction)"
        return "\(hundredths / 100)." + digits
    }
}
