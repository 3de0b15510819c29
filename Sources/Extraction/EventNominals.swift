import NLPCore

/// Events that a noun or a participle names instead of a verb: `the visit of the US Defense
/// Secretary to Vietnam`, `Esper's visit to Vietnam`, `a delegation, who are on an official visit
/// to Vietnam` → `the US Defense Secretary | visit | Vietnam`; `the visiting US Defense Secretary
/// to Hanoi` → `the US Defense Secretary | visiting | Hanoi`. The predicate is the noun or
/// participle itself (``PredicateName`` makes both `visit`); the confidence is lower than a
/// verb's, as the reading is an inference.
package struct EventNominals: Sendable {
    package init() {}

    static let confidence = 0.55
    /// Event nouns (lemmas) and the prepositions that introduce where the event goes.
    static let nouns: [String: Set<String>] = ["visit": ["to"], "trip": ["to"]]
    /// Dependents that are not part of a participant's phrase: clauses and appositions.
    static let outside: Set<String> = ["acl", "appos", "parataxis", "advcl", "dep", "discourse", "vocative"]
    /// Participles that, modifying a noun, say it does the event (`the visiting minister`).
    static let participles: Set<String> = ["visiting", "touring"]

    /// The event relations of `sentence`. Without `includingOpen`, only those with a destination
    /// in the sentence; with it, also `the visiting US Defense Secretary` alone, with no argument.
    package func relations(in sentence: Sentence, includingOpen: Bool = false) -> [Relation] {
        relations(DependencyTree(sentence), includingOpen: includingOpen)
    }

    func relations(_ tree: DependencyTree, includingOpen: Bool = false) -> [Relation] {
        var result: [Relation] = []
        let phrase = Self.outside.union(["conj", "cc"])
        for index in 0..<tree.count {
            let word = tree.words[index]
            let lemma = word.lemmaOrForm
            if word.upos == "NOUN", let prepositions = Self.nouns[lemma] {
                guard let agent = agent(of: index, tree) else { continue }
                let subject = tree.span(agent.word, excluding: phrase.union(agent.whole ? [] : ["nmod"]), asSubject: true)
                let destinations = destinations(of: index, prepositions, tree)
                guard !subject.isEmpty, !destinations.isEmpty || includingOpen else { continue }
                result.append(Relation(subject: subject, predicate: [index], arguments: destinations, confidence: Self.confidence))
            } else if Self.participles.contains(word.form.lowercased()), tree.relation(index) == "amod", let noun = tree.head(index) {
                let subject = tree.span(noun, excluding: phrase.union(["nmod"]), asSubject: true).filter { $0 != index }
                let destinations = destinations(of: noun, ["to", "in"], tree)
                guard !subject.isEmpty, !destinations.isEmpty || includingOpen else { continue }
                result.append(Relation(subject: subject, predicate: [index], arguments: destinations, confidence: Self.confidence))
            }
        }
        return result
    }

    /// Who does the event `noun` names: `X's visit`, `the visit of X`, `the visit by X`, or the
    /// subject of `X is on a visit` (for `who`, the noun the relative clause modifies).
    func agent(of noun: Int, _ tree: DependencyTree) -> (word: Int, whole: Bool)? {
        for child in tree.children(noun, ["nmod"]) where child != noun {
            let prepositions = tree.children(child, ["case"]).map { tree.words[$0].form.lowercased() }
            if tree.fullRelation(child) == "nmod:poss" || prepositions.contains("of") || prepositions.contains("by") {
                return (child, false)
            }
        }
        guard let subject = tree.children(noun, ["nsubj"]).first else { return nil }
        if ["who", "which", "that"].contains(tree.words[subject].form.lowercased()), tree.relation(noun) == "acl",
            let head = tree.head(noun)
        {
            return (head, false)
        }
        return (subject, true)
    }

    /// Where the event goes: the `to` phrases of `noun` (without the preposition).
    func destinations(of noun: Int, _ prepositions: Set<String>, _ tree: DependencyTree) -> [[Int]] {
        tree.children(noun, ["nmod", "obl"]).filter { child in
            tree.children(child, ["case"]).contains { prepositions.contains(tree.words[$0].form.lowercased()) }
        }.map { tree.span($0, excluding: Self.outside, asSubject: true) }.filter {
            !$0.isEmpty
        }
    }
}
