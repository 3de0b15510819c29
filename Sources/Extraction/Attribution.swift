import NLPCore

/// Reported speech kept as attribution: a relation stated inside what someone said, pledged or
/// believes (`He pledged that Vietnam will continue …`, `Vietnam will continue …, he pledged`)
/// is that person's claim, not a plain fact. A post-pass over a sentence's relations.
///
/// A relation is reported when its clause lies under a speech or cognition verb: inside that
/// verb's clausal complement (`ccomp`), inside a clause beside it (`parataxis`: `…, he pledged`,
/// with the verb saying nothing else), or after it and a comma when the parser made the claim a
/// conjunct (`Esper affirmed, the cooperation is …`). The nearest such verb reports it; the
/// speaker is that verb's subject, its own or the one it shares (`He thanked … and affirmed that
/// …`, `…, suggesting that …`).
package struct Attribution: Sendable {
    package init() {}

    /// Lemmas of verbs that report speech or thought.
    package static let reportingVerbs: Set<String> = [
        "say", "pledge", "stress", "affirm", "confirm", "reconfirm", "reaffirm", "suggest", "add", "tell", "announce",
        "believe", "state", "claim", "note", "emphasize", "emphasise", "underline", "underscore", "insist", "argue",
        "think", "assert", "declare", "report", "explain", "warn", "promise", "vow", "acknowledge", "admit", "deny",
        "reiterate", "hope", "expect", "predict", "propose", "write", "indicate", "maintain", "recall", "highlight",
        "mention", "observe", "remark", "comment", "estimate", "allege", "contend", "feel", "assure", "reply",
        "answer", "agree", "recommend", "urge", "disclose", "reveal", "consider",
    ]

    /// `relations` with each reported one's speaker (`attributedTo`, the words of the reporting
    /// verb's subject) and reporting verb (`reportedBy`) set.
    package func attributed(_ relations: [Relation], in sentence: Sentence) -> [Relation] {
        let tree = DependencyTree(sentence)
        return relations.map { relation in
            guard let start = clauseHead(relation, tree), let verb = reportingVerb(above: start, tree) else { return relation }
            var result = relation
            result.reportedBy = verb
            result.attributedTo = speaker(of: verb, tree)
            return result
        }
    }

    /// The words of the subject of reporting verb `verb`: its own, or the one it shares as a
    /// conjunct (`He thanked … and affirmed that …`), a participle (`…, suggesting that …`) or a
    /// controlled complement (`wants to stress that …`).
    func speaker(of verb: Int, _ tree: DependencyTree) -> [Int]? {
        var current = verb
        for _ in 0..<8 {
            if let subject = tree.children(current, ["nsubj"]).first {
                return tree.span(subject, excluding: ["acl", "appos", "parataxis", "advcl", "dep", "punct"], asSubject: true)
            }
            guard ["conj", "advcl", "xcomp"].contains(tree.relation(current)), let head = tree.head(current) else { return nil }
            current = head
        }
        return nil
    }

    func isReporting(_ index: Int, _ tree: DependencyTree) -> Bool {
        let word = tree.words[index]
        let lemma = word.lemmaOrForm
        return word.upos == "VERB" && Self.reportingVerbs.contains(lemma)
    }

    /// The word that heads the relation's clause: the predicate word the others depend on (the
    /// nominal of a copula), or for a relation without a predicate, its subject's head.
    func clauseHead(_ relation: Relation, _ tree: DependencyTree) -> Int? {
        let predicate = Set(relation.predicate.filter { $0 < tree.count })
        let function: Set<Substring> = ["aux", "cop", "mark", "advmod", "compound", "case", "det"]
        if let head = relation.predicate.first(where: {
            predicate.contains($0) && !function.contains(tree.relation($0)) && !(tree.head($0).map(predicate.contains) ?? false)
        }) {
            return head
        }
        if let first = relation.predicate.first, first < tree.count { return tree.head(first) ?? first }
        let subject = Set(relation.subject.filter { $0 < tree.count })
        return relation.subject.first { subject.contains($0) && !(tree.head($0).map(subject.contains) ?? false) }
    }

    /// The nearest reporting verb whose report contains the clause headed by `start`.
    func reportingVerb(above start: Int, _ tree: DependencyTree) -> Int? {
        var current = start
        var previous = start
        for _ in 0..<16 {
            // `Vietnam will continue …, he pledged` (but not what the reporting clause itself says:
            // `…, Esper, the US Defense Secretary, pledged`).
            for verb in tree.children(current, ["parataxis"])
            where verb != previous && isReporting(verb, tree) && !tree.children(verb, ["nsubj"]).isEmpty
                && tree.children(verb, ["ccomp", "obj", "xcomp"]).isEmpty
            {
                return verb
            }
            guard let head = tree.head(current) else { return nil }
            if isReporting(head, tree) {
                switch tree.relation(current) {
                case "ccomp", "parataxis": return head
                case "conj"
                where current > head && head + 1 < tree.count && tree.words[head + 1].form == ","
                    && tree.children(head, ["ccomp", "obj", "xcomp"]).isEmpty:
                    // `Esper affirmed, the cooperation is …`, read as two coordinated clauses.
                    return head
                default: break
                }
            }
            previous = current
            current = head
        }
        return nil
    }
}
