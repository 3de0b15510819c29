import NLPCore

/// A sentence's dependency tree, indexed for the extraction rules: children by head, relations
/// without subtypes, and subtree spans.
struct DependencyTree {
    let words: [Token]
    /// children[i]: the 0-based indices of word i's dependents, in order.
    let children: [[Int]]
    let roots: [Int]

    init(_ sentence: Sentence) {
        words = Self.repaired(sentence.words)
        var children = Array(repeating: [Int](), count: words.count)
        var roots: [Int] = []
        for (index, word) in words.enumerated() {
            if let head = word.head, head > 0, head <= words.count, head - 1 != index {
                children[head - 1].append(index)
            } else {
                roots.append(index)
            }
        }
        self.children = children
        self.roots = roots
    }

    /// `words` with the parser's most common slips undone: a word hung on a punctuation mark (`says ,
    /// " We believe …` with `believe` under the quotation mark) hangs on the mark's head instead.
    static func repaired(_ words: [Token]) -> [Token] {
        var words = words
        for index in words.indices where words[index].upos != "PUNCT" {
            var seen = Set<Int>()
            while let head = words[index].head, head > 0, head <= words.count, words[head - 1].upos == "PUNCT",
                seen.insert(head).inserted
            {
                words[index].head = words[head - 1].head
            }
        }
        return words
    }

    var count: Int { words.count }

    /// The universal relation (`nmod:poss` → `nmod`).
    func relation(_ index: Int) -> Substring {
        words[index].deprel.split(separator: ":", maxSplits: 1).first ?? ""
    }

    func fullRelation(_ index: Int) -> String { words[index].deprel }

    func head(_ index: Int) -> Int? {
        guard let head = words[index].head, head > 0, head <= count else { return nil }
        return head - 1
    }

    func children(_ index: Int, _ relations: Set<String>) -> [Int] {
        children[index].filter { relations.contains(String(relation($0))) || relations.contains(fullRelation($0)) }
    }

    /// The words of `index`'s subtree, leaving out the subtrees of dependents whose relation is in
    /// `excluding`, in sentence order, with punctuation trimmed from both ends.
    /// With `asSubject`, the phrase's own preposition or marker is left out too (`upon a German
    /// armada` → `a German armada`), but not those inside it (`the University of Connecticut`).
    func span(_ index: Int, excluding: Set<String> = [], asSubject: Bool = false) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        var seen = Set<Int>()
        while let current = stack.popLast() {
            guard seen.insert(current).inserted else { continue }
            result.append(current)
            for child in children[current]
            where !excluding.contains(String(relation(child))) && !excluding.contains(fullRelation(child)) {
                stack.append(child)
            }
        }
        if asSubject {
            let own = Set(children[index].filter { ["case", "mark", "cc"].contains(String(relation($0))) })
            result.removeAll { own.contains($0) || (own.contains(head($0) ?? -1)) }
        }
        result.sort()
        while let first = result.first, words[first].upos == "PUNCT" || relation(first) == "cc" {
            if isQuote(first), result.dropFirst().contains(where: isQuote) { break }
            result.removeFirst()
        }
        while let last = result.last, words[last].upos == "PUNCT" { result.removeLast() }
        return closingQuote(result)
    }

    func isQuote(_ index: Int) -> Bool { words[index].form == "\"" }

    /// `words` with the quotation mark that closes one opened inside them (``` Velocity ''`).
    func closingQuote(_ words: [Int]) -> [Int] {
        guard let last = words.last, last + 1 < count, isQuote(last + 1), words.filter(isQuote).count % 2 == 1 else {
            return words
        }
        return words + [last + 1]
    }

    /// `words` without punctuation and conjunctions at either end.
    func trimmed(_ words: [Int]) -> [Int] {
        var words = words
        while let first = words.first, self.words[first].upos == "PUNCT" || relation(first) == "cc" { words.removeFirst() }
        while let last = words.last, self.words[last].upos == "PUNCT" || relation(last) == "cc" { words.removeLast() }
        return words
    }
}
