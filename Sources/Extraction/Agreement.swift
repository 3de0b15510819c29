import NLPCore

/// The tense of a sentence's statements and the number of a subject, for the `be` and `have` that
/// a relation implies: `the campaign, created by WPP` in a past-tense sentence → `was created by`.
struct Agreement {
    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did"]
    static let plurals: Set<String> = ["NNS", "NNPS"]
    static let pluralPronouns: Set<String> = ["they", "we", "these", "those", "both"]

    let tree: DependencyTree

    /// Whether the clause around `word` (or, up the tree, the one governing it) is in the past.
    func isPast(at word: Int) -> Bool {
        var current: Int? = word
        var steps = 0
        while let index = current, steps < 12 {
            let candidates = [index] + tree.children(index, ["aux", "cop"])
            for candidate in candidates {
                let token = tree.words[candidate]
                if token.xpos == "VBD" || Self.pastAuxiliaries.contains(token.form.lowercased()) { return true }
                if ["VBZ", "VBP", "MD"].contains(token.xpos) { return false }
            }
            current = tree.head(index)
            steps += 1
        }
        return false
    }

    /// Whether the phrase `words` names more than one thing: a plural head or coordinated nouns.
    func isPlural(_ words: [Int]) -> Bool {
        let inside = Set(words)
        guard let head = words.first(where: { tree.head($0).map { !inside.contains($0) } ?? true }) else { return false }
        let token = tree.words[head]
        if Self.plurals.contains(token.xpos) || Self.pluralPronouns.contains(token.form.lowercased()) { return true }
        return tree.children(head, ["conj"]).contains { inside.contains($0) }
    }

    /// `is`, `are`, `was` or `were` for `subject` in the clause around `word`.
    func be(_ subject: [Int], at word: Int) -> String {
        switch (isPast(at: word), isPlural(subject)) {
        case (true, true): "were"
        case (true, false): "was"
        case (false, true): "are"
        case (false, false): "is"
        }
    }

    /// `has`, `have` or `had` for `subject` in the clause around `word`.
    func have(_ subject: [Int], at word: Int) -> String {
        isPast(at: word) ? "had" : isPlural(subject) ? "have" : "has"
    }
}
