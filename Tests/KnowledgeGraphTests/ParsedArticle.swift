import NLPCore

/// Hand-parsed articles (UD EWT conventions) with token ranges into their text, so the graph
/// builder is tested apart from the models.
enum ParsedArticle {
    /// Each sentence: `form/UPOS/head/deprel` or `form/lemma/UPOS/head/deprel`, optionally with
    /// `/B-PER`-style entity tags appended; words are separated by single spaces in the text, and
    /// sentences by one space.
    static func document(_ sentences: [String]) -> Document {
        var text = ""
        var parsed: [Sentence] = []
        for sentence in sentences {
            if !text.isEmpty { text += " " }
            var words: [Token] = []
            for item in sentence.split(separator: " ") {
                var parts = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                var entity: EntityTag?
                if let last = parts.last, let tag = EntityTag(iob2: last) {
                    entity = tag
                    parts.removeLast()
                }
                if parts.count == 4 { parts.insert(parts[0].lowercased(), at: 1) }
                if !words.isEmpty { text += " " }
                let start = text.utf8.count
                text += parts[0]
                words.append(
                    Token(
                        range: start..<text.utf8.count, form: parts[0], lemma: parts[1], upos: parts[2], head: Int(parts[3]),
                        deprel: parts[4], entity: entity))
            }
            parsed.append(Sentence(words: words))
        }
        return Document(text: text, sentences: parsed)
    }
}
