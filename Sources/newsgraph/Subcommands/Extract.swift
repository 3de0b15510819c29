import ArticleInput
import ArgumentParser
import Extraction
import NLPCore
import NLPPipeline

/// `newsgraph extract --carb FILE`: open-IE extractions in CaRB's tabbed format.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract relations from sentences (CaRB's tabbed format with --carb).",
        discussion: """
            Without --carb the input is an article (plain text, or HTML when the file name ends in \
            .html or .htm): its main text is annotated and each relation printed as \
            sentence-number<TAB>confidence<TAB>subject<TAB>predicate<TAB>arguments… .
            With --carb the input has one pre-tokenized sentence per line (tokens separated by \\
            spaces, Penn Treebank style); the given tokens are kept and each relation is printed \\
            as sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2… .

            Examples:
              newsgraph extract article.txt
              newsgraph extract --carb dev.txt -o dev.carb.tsv
              newsgraph eval carb dev_gold.tsv dev.carb.tsv
            """
    )

    @Argument(help: "The input file, or - for standard input.")
    var input = "-"

    @Flag(help: "Read one pre-tokenized sentence per line and write CaRB's tabbed format.")
    var carb = false

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var output: String?

    @Option(help: "A directory with the models (default: the shipped models).")
    var models: String?

    func run() throws {
        guard carb else { return try extractFromArticle() }
        let text = try FileIO.readText(input)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        var sentences = lines.map(CaRBFormat.sentence)
        let pipeline = try FileIO.loadPipeline(models)
        pipeline.annotate(&sentences)
        let extractor = ClauseExtractor()
        var out = ""
        for (line, sentence) in zip(lines, sentences) { out += CaRBFormat.lines(line, extractor.relations(in: sentence)) }
        try FileIO.write(Array(out.utf8), to: output)
    }

    /// Relations of an article, sentence by sentence.
    func extractFromArticle() throws {
        let article = try FileIO.readArticle(input)
        let pipeline = try FileIO.loadPipeline(models)
        let document = pipeline.annotate(text: article.text)
        let extractor = ClauseExtractor.graph
        var out = ""
        for (number, sentence) in document.sentences.enumerated() {
            func words(_ indices: [Int]) -> String { indices.map { sentence.words[$0].form }.joined(separator: " ") }
            for relation in extractor.relations(in: sentence) {
                let predicate = relation.predicateText { sentence.words[$0].form }
                out += ([String(number + 1), String(relation.confidence), words(relation.subject), predicate]
                    + relation.arguments.map(words)).joined(separator: "\t") + "\n"
            }
        }
        try FileIO.write(Array(out.utf8), to: output)
    }
}
