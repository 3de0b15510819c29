import Extraction
import NLPCore

/// A relation read as binary edges for the graph: `subject – label – object`, passives made
/// active, the object first, then one edge per prepositional argument with the preposition in the
/// label (`met | in Hanoi` → `meet in`). Clausal arguments (adverbial clauses) stay in the
/// statement's surface text only.
struct RelationEdge: Equatable {
    var subject: [Int]
    var label: String
    var object: [Int]
    /// Whether the edge comes from the relation's first argument (its object, or the phrase its
    /// preposition joined the predicate for); later ones are circumstances (`after the ceremony`)
    /// that become edges only when their label is in the vocabulary as it is.
    var isPrimary = true
}

enum RelationEdges {
    static let agentMarkers: Set<String> = ["by"]

    static func edges(_ relation: Relation, name: PredicateName, in sentence: Sentence) -> [RelationEdge] {
        let words = sentence.words
        func isCase(_ index: Int) -> Bool { words[index].deprel.hasPrefix("case") }
        let passiveAux = relation.predicate.contains { words[$0].deprel == "aux:pass" }
        let reducedPassive = relation.predicate.contains { words[$0].xpos == "VBN" && words[$0].deprel.hasPrefix("acl") }
        var label = name.label
        var subject = relation.subject
        var arguments = relation.arguments
        if case .stated = relation.kind, passiveAux || reducedPassive {
            // The agent: a `by` phrase among the arguments, or a `by` that joined the predicate.
            let byInPredicate = relation.predicate.first { agentMarkers.contains(words[$0].form.lowercased()) }
            var agent: [Int]?
            if let index = arguments.firstIndex(where: { ($0.first.map { isCase($0) && agentMarkers.contains(words[$0].form.lowercased()) }) ?? false }) {
                agent = Array(arguments[index].dropFirst())
                arguments.remove(at: index)
            } else if byInPredicate != nil, let first = arguments.first {
                agent = first
                arguments.removeFirst()
            }
            var labelWords = label.split(separator: " ").map(String.init)
            if let agent, !agent.isEmpty {
                if labelWords.first == "be" { labelWords.removeFirst() }
                if let by = labelWords.lastIndex(of: "by") { labelWords.remove(at: by) }
                arguments.insert(subject, at: 0)
                subject = agent
            } else if labelWords.first != "be" {
                labelWords.insert("be", at: 0)
            }
            // `be signed`, not `be sign`: a passive without its agent keeps the participle.
            if agent == nil, let verb = relation.predicate.last(where: { words[$0].xpos == "VBN" }),
                let lemmaIndex = labelWords.firstIndex(of: words[verb].lemma.lowercased())
            {
                labelWords[lemmaIndex] = words[verb].form.lowercased()
            }
            label = labelWords.isEmpty ? "be" : labelWords.joined(separator: " ")
        }
        var result: [RelationEdge] = []
        for (position, argument) in arguments.enumerated() {
            guard let first = argument.first else { continue }
            let isClause = words[first].deprel.hasPrefix("mark")
                || argument.contains { index in
                    words[index].deprel.hasPrefix("advcl") && !argument.contains(words[index].head.map { $0 - 1 } ?? -1)
                }
            if isClause { continue }  // an adverbial clause: when, why or how
            let prepositions = argument.prefix { isCase($0) }
            if prepositions.isEmpty || prepositions.count == argument.count {
                result.append(RelationEdge(subject: subject, label: label, object: argument, isPrimary: position == 0))
            } else {
                let preposition = prepositions.map { words[$0].form.lowercased() }.joined(separator: " ")
                result.append(
                    RelationEdge(
                        subject: subject, label: label + " " + preposition, object: Array(argument.dropFirst(prepositions.count)),
                        isPrimary: position == 0))
            }
        }
        return result
    }
}
