/// Pseudo-projective parsing (Nivre and Nilsson 2005, "head" encoding): non-projective arcs are
/// lifted to the grandparent until the tree is projective, and a lifted word's label records the
/// label of its real head (`obl||nmod`). After parsing, a decorated word is moved back below the
/// first word, breadth-first among its head's descendants, that carries the recorded label.
enum PseudoProjective {
    static let separator = "||"

    /// Whether the arc into `dependent` is projective: every word between it and its head
    /// descends from the head.
    static func isProjectiveArc(_ dependent: Int, heads: [Int]) -> Bool {
        let head = heads[dependent]
        guard head >= 0 else { return true }
        let lower = min(head, dependent)
        let upper = max(head, dependent)
        var word = lower + 1
        while word < upper {
            if !descends(word, from: head, heads: heads) { return false }
            word += 1
        }
        return true
    }

    static func isProjective(heads: [Int]) -> Bool {
        (1..<heads.count).allSatisfy { isProjectiveArc($0, heads: heads) }
    }

    /// Whether `word` is `ancestor` or below it.
    static func descends(_ word: Int, from ancestor: Int, heads: [Int]) -> Bool {
        var current = word
        var steps = 0
        while current > 0, steps < heads.count {
            if current == ancestor { return true }
            current = heads[current]
            steps += 1
        }
        return current == ancestor
    }

    /// Lifts non-projective arcs (shortest first, then leftmost) until the tree is projective,
    /// decorating the labels of lifted words. `heads[0]` is `-1`; labels are strings.
    static func projectivize(heads: [Int], labels: [String]) -> (heads: [Int], labels: [String]) {
        var heads = heads
        var labels = labels
        var lifted = [Bool](repeating: false, count: heads.count)
        while true {
            var chosen = -1
            var chosenLength = Int.max
            for word in 1..<max(heads.count, 1) where !isProjectiveArc(word, heads: heads) {
                let length = abs(heads[word] - word)
                if length < chosenLength {
                    chosen = word
                    chosenLength = length
                }
            }
            guard chosen > 0 else { break }
            let head = heads[chosen]
            guard head > 0 else { break }  // arcs from the root are always projective
            if !lifted[chosen] {
                labels[chosen] = labels[chosen] + separator + baseLabel(labels[head])
                lifted[chosen] = true
            }
            heads[chosen] = heads[head]
        }
        return (heads, labels)
    }

    /// The label without a lifting decoration.
    static func baseLabel(_ label: String) -> String {
        decoration(of: label)?.base ?? label
    }

    /// A decorated label's parts (`obl||nmod` → `obl`, `nmod`); `nil` when it has none. UD
    /// relations never contain `|`.
    static func decoration(of label: String) -> (base: String, head: String)? {
        guard let bar = label.firstIndex(of: "|") else { return nil }
        let rest = label[label.index(after: bar)...].drop { $0 == "|" }
        return (String(label[..<bar]), String(rest))
    }

    /// Undoes ``projectivize(heads:labels:)`` on a parse: each decorated word goes below the
    /// nearest (breadth-first, left to right) descendant of its head that has the recorded label,
    /// outside its own subtree. Words are taken left to right; a word whose target is not found
    /// is tried again after the others have moved (its target may be a lifted word itself), and
    /// stays where it is if it is never found. Labels lose their decorations.
    static func deprojectivize(heads: [Int], labels: [String]) -> (heads: [Int], labels: [String]) {
        var heads = heads
        var labels = labels
        var pending = (1..<max(heads.count, 1)).compactMap { word in
            decoration(of: labels[word]).map { (word: word, base: $0.base, wanted: $0.head) }
        }
        while !pending.isEmpty {
            var unresolved: [(word: Int, base: String, wanted: String)] = []
            for item in pending {
                if let target = target(of: item.word, labeled: item.wanted, heads: heads, labels: labels) {
                    heads[item.word] = target
                    labels[item.word] = item.base
                } else {
                    unresolved.append(item)
                }
            }
            if unresolved.count == pending.count {
                for item in unresolved { labels[item.word] = item.base }
                break
            }
            pending = unresolved
        }
        return (heads, labels)
    }

    /// The first word labeled `wanted` in a breadth-first, left-to-right search of the
    /// descendants of `word`'s head, skipping `word`'s own subtree.
    private static func target(of word: Int, labeled wanted: String, heads: [Int], labels: [String]) -> Int? {
        var children = [[Int]](repeating: [], count: heads.count)
        for other in 1..<heads.count where heads[other] >= 0 { children[heads[other]].append(other) }
        var queue = [heads[word]]
        while !queue.isEmpty {
            var next: [Int] = []
            for node in queue {
                for child in children[node] where child != word {
                    if baseLabel(labels[child]) == wanted { return child }
                    next.append(child)
                }
            }
            queue = next
        }
        return nil
    }
}
