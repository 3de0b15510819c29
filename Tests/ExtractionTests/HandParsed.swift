import NLPCore

/// A hand-parsed sentence with entity tags: items `form/UPOS/head/deprel` or
/// `form/lemma/UPOS/head/deprel` (lemma otherwise the form in lower case; heads 1-based, 0 for
/// the root) separated by spaces, each optionally ending in `|TYPE` (an entity of that type
/// begins) or `|+` (the entity goes on). Verbs in `-ing` get the tag `VBG`, nouns in `-s` `NNS`.
func handParsed(_ text: String) -> Sentence {
    var type = ""
    return Sentence(
        words: text.split(separator: " ").map { item in
            let marked = item.split(separator: "|").map(String.init)
            var parts = marked[0].split(separator: "/").map(String.init)
            if parts.count == 4 { parts.insert(parts[0].lowercased(), at: 1) }
            var xpos = "_"
            if parts[2] == "VERB", parts[0].hasSuffix("ing") { xpos = "VBG" }
            if parts[2] == "NOUN", parts[0].hasSuffix("s"), !parts[0].hasSuffix("ss") { xpos = "NNS" }
            var token = Token(form: parts[0], lemma: parts[1], upos: parts[2], xpos: xpos, head: Int(parts[3]), deprel: parts[4])
            if marked.count == 2 {
                if marked[1] == "+" {
                    token.entity = EntityTag(.inside, type)
                } else {
                    type = marked[1]
                    token.entity = EntityTag(.begin, type)
                }
            }
            return token
        })
}
