import ArgumentParser
import KnowledgeGraph

/// `newsgraph vocabulary`: regenerates the relation vocabulary (for maintainers).
struct Vocabulary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Regenerate the relation vocabulary from a treebank (for maintainers).",
        discussion: """
            Reads gold CoNLL-U trees, extracts relations from them and keeps the predicate labels \
            seen often enough; writes the Swift list the extractor maps onto and the Turtle that \
            declares them in Ontology/.

            Examples:
              newsgraph vocabulary en_ewt-ud-train.conllu --swift Sources/KnowledgeGraph/DeclaredRelations.swift \\
                --turtle Ontology/relations.ttl --wordnet /usr/share/wordnet
            """,
        shouldDisplay: false
    )

    @Argument(help: "CoNLL-U files with gold trees.")
    var treebanks: [String]

    @Option(help: "Where to write DeclaredRelations.swift.")
    var swift: String

    @Option(help: "Where to write the Turtle declarations.")
    var turtle: String

    @Option(help: "A WordNet dictionary folder whose index.verb lemmas are all declared.")
    var wordnet: String?

    @Option(help: "How often a label of two or more words must be seen.")
    var minimumCount = 3

    func run() throws {
        var builder = RelationVocabularyBuilder()
        for path in treebanks {
            for sentence in try FileIO.readCoNLLU(path) { builder.add(sentence) }
        }
        if let wordnet { builder.addVerbIndex(try FileIO.readText(wordnet + "/index.verb")) }
        let labels = builder.labels(minimumCount: minimumCount)
        try FileIO.write(Array(RelationVocabularyBuilder.swiftSource(labels).utf8), to: swift)
        try FileIO.write(Array(RelationVocabularyBuilder.turtle(labels).utf8), to: turtle)
        print("\(labels.count) relations")
    }
}
