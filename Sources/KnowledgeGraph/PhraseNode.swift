import Extraction
import NLPCore

/// What an argument phrase becomes in the graph: the entities it refers to, a concept node for a
/// noun phrase that names no entity (`ASEAN's stance`), or a plain literal for a clause or a
/// long phrase.
enum PhraseNode: Equatable {
    case entities([Int])
    /// A concept, and whether its head noun names an event (`the bilateral talks`).
    case concept(String, isEvent: Bool)
    case literal(String)

    static let leadingDeterminers: Set<String> = ["the", "a", "an"]
    /// Longer noun phrases read as text, not as a thing to link to.
    static let maximumConceptWords = 8

    static func make(_ words: [Int], sentence: Int, in tokens: [Token], entities: ArticleEntities) -> PhraseNode? {
        guard !words.isEmpty else { return nil }
        let referents = entities.referents(sentence: sentence, words: words)
        if !referents.isEmpty { return .entities(referents) }
        // A pronoun that was not resolved to an entity names nothing the graph can hold.
        let content = words.filter { !["PUNCT", "PART"].contains(tokens[$0].upos) }
        if content.allSatisfy({ tokens[$0].upos == "PRON" || tokens[$0].upos == "DET" }) { return nil }
        var kept = words
        while let first = kept.first, kept.count > 1, leadingDeterminers.contains(tokens[first].form.lowercased()) {
            kept.removeFirst()
        }
        let text = surface(kept, tokens)
        guard !text.isEmpty else { return nil }
        let isClause = kept.contains { ["VERB", "AUX"].contains(tokens[$0].upos) && !tokens[$0].deprel.hasPrefix("amod") }
        let hasNoun = kept.contains { ["NOUN", "PROPN", "PRON", "NUM"].contains(tokens[$0].upos) }
        if isClause || !hasNoun || kept.count > maximumConceptWords { return .literal(text) }
        let head = kept.first { index in tokens[index].head.map { !kept.contains($0 - 1) } ?? true }
        let isEvent = head.map { EventNouns.lemmas.contains(tokens[$0].lemmaOrForm) } ?? false
        return .concept(text, isEvent: isEvent)
    }


    /// The words as written: a space between two words unless the text had none there; pieces
    /// that are not next to each other joined by a space.
    static func surface(_ words: [Int], _ tokens: [Token]) -> String {
        var text = ""
        var previous: Int?
        for index in words {
            if let previous {
                let adjacent = previous + 1 == index
                let touching = tokens[previous].range.map { left in tokens[index].range.map { $0.lowerBound == left.upperBound } ?? false }
                // A possessive ending shared from a later conjunct (`Vietnam 's stance`) attaches too.
                let isClitic = ["'s", "’s", "'", "’"].contains(tokens[index].form)
                let joined = isClitic || adjacent && (touching ?? !tokens[previous].hasSpaceAfter)
                if !joined { text += " " }
            }
            text += tokens[index].form
            previous = index
        }
        return text
    }
}
