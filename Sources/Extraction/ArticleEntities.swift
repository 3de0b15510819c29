import NLPCore

/// An article's entities and how its phrases refer to them.
package struct ArticleEntities: Sendable {
    package var entities: [ResolvedEntity]

    /// The entities the phrase `words` (word indices of sentence `sentence`) refers to: the entity
    /// whose mention holds the phrase's head word.
    package func referents(sentence: Int, words: [Int]) -> [Int] {
        let set = Set(words)
        var result: [Int] = []
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions where mention.sentence == sentence {
                if mention.words.allSatisfy(set.contains), set.count <= mention.words.count + 2 {
                    result.append(index)
                    break
                }
            }
        }
        return result
    }
}

extension EntityResolver {
    package func resolveArticle(_ sentences: [Sentence]) -> ArticleEntities {
        ArticleEntities(entities: resolve(sentences))
    }
}
