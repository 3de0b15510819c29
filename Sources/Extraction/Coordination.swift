import NLPCore

/// Coordinated nouns distributed over a relation: `supports Vietnam and ASEAN's stance` gives
/// `supports Vietnam's stance` and `supports ASEAN's stance`; `launched a series of rocket attacks
/// and raids` gives `a series of rocket attacks` and `a series of raids`.
struct Coordination {
    static let nominal: Set<String> = ["NOUN", "PROPN", "PRON", "NUM"]
    static let adjectival: Set<String> = ["ADJ", "VERB"]
    /// Left dependents of the first conjunct that the others share when they have none of their
    /// own: `Nissan 's morale and image` → `Nissan 's image`, `a series of attacks and raids` →
    /// `a series of raids`. Not determiners: `a sliced potato and cooking`.
    static let sharedModifiers: Set<String> = ["nmod:poss", "case"]
    /// How a coordination may hang inside a phrase: `a series of rocket attacks and raids`,
    /// `Vietnam and ASEAN 's stance`; not inside a clause (`workers who die and …`).
    static let inward: Set<String> = ["nmod", "compound", "nmod:poss", "flat", "amod"]

    let tree: DependencyTree

    /// The first conjunct of a coordination in `words` (the subtree of `head` within them), found
    /// from the top down: a nominal word with nominal conjuncts, or an adjective with adjectives,
    /// inside `words`.
    func pivot(_ words: [Int], head: Int) -> (pivot: Int, conjuncts: [Int])? {
        let inside = Set(words)
        var queue = [head]
        var position = 0
        while position < queue.count {
            let current = queue[position]
            position += 1
            // Coordinated adjectives too: `an industrial and residential area`.
            let kinds = tree.relation(current) == "amod" ? Self.adjectival : Self.nominal
            let conjuncts = tree.children(current, ["conj"]).filter { inside.contains($0) && kinds.contains(tree.words[$0].upos) }
            if !conjuncts.isEmpty, kinds.contains(tree.words[current].upos) {
                // `between X and Y` needs both.
                let between = tree.children(current, ["case"]).contains { tree.words[$0].form.lowercased() == "between" }
                return between ? nil : (current, conjuncts)
            }
            queue += tree.children(current, Self.inward).filter { inside.contains($0) }
        }
        return nil
    }

    /// The head of a phrase: its word whose head is outside it.
    func head(of words: [Int]) -> Int? {
        let inside = Set(words)
        return words.first { tree.head($0).map { !inside.contains($0) } ?? true }
    }

    /// One phrase per conjunct of the first coordination in `words`, or nothing without one.
    func members(_ words: [Int]) -> [[Int]] {
        guard let head = head(of: words), Self.nominal.contains(tree.words[head].upos),
            let (pivot, conjuncts) = pivot(words, head: head)
        else { return [] }
        let inside = Set(words)
        func subtree(_ index: Int) -> Set<Int> { Set(tree.span(index)).intersection(inside) }
        let conjunctWords = conjuncts.map(subtree)
        let pivotOwn = subtree(pivot).subtracting(conjunctWords.reduce(into: Set<Int>()) { $0.formUnion($1) })
        // What joins the conjuncts (`and`, commas) belongs to none of them.
        let joiners = Set(conjuncts.flatMap { tree.children($0, ["cc", "punct"]).flatMap { [$0] + tree.children($0, ["fixed"]) } })
        // A possessive ending on the last conjunct is shared: `Vietnam and ASEAN 's stance`.
        let sharedCase = Set(
            (conjuncts.last.map { tree.children($0, ["case"]) } ?? []).filter { ["'s", "'", "’s", "’"].contains(tree.words[$0].form) })
        var result: [[Int]] = []
        for (position, member) in ([pivot] + conjuncts).enumerated() {
            var removed = joiners
            for (other, words) in ([pivotOwn] + conjunctWords).enumerated() where other != position {
                removed.formUnion(words)
            }
            removed.subtract(sharedCase)
            if position > 0 {
                // `Nissan 's morale and image`, `a series of rocket attacks and raids`: a conjunct
                // takes the first one's possessor or preposition when it has none.
                for modifier in tree.children(pivot, Self.sharedModifiers) where modifier < pivot
                    && tree.children(member, [tree.fullRelation(modifier)]).isEmpty
                {
                    removed.subtract(subtree(modifier))
                }
            }
            let phrase = words.filter { !removed.contains($0) }
            let trimmed = tree.trimmed(phrase)
            if !trimmed.isEmpty { result.append(trimmed) }
        }
        return result.count > 1 ? result : []
    }

    /// The relation once for each conjunct of the first coordinated argument (the subject too
    /// with `subjects`), or nothing when no argument is coordinated.
    func distributed(_ relation: Relation, subjects: Bool) -> [Relation] {
        var result = [relation]
        if subjects {
            let parts = members(relation.subject)
            if !parts.isEmpty {
                result = parts.map { part in
                    var split = relation
                    split.subject = part
                    return split
                }
            }
        }
        for (position, argument) in relation.arguments.enumerated() {
            let parts = members(argument)
            guard !parts.isEmpty else { continue }
            return result.flatMap { relation in
                parts.map { part in
                    var split = relation
                    split.arguments[position] = part
                    return split
                }
            }
        }
        return result
    }
}
