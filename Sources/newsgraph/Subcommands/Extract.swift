import ArgumentParser
import Extraction
import NLPCore
import NLPPipeline

/// `newsgraph extract --carb FILE`: open-IE extractions in CaRB's tabbed format.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract relations from sentences (CaRB's tabbed format with --carb).",
        discussion: """
            With --carb the input has one pre-tokenized sentence per line (tokens separated by \\
            spaces, Penn Treebank style); the given tokens are kept and each relation is printed \\
            as sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2… .

            Example:
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

    func validate() throws {
        guard carb else { throw ValidationError("only --carb is supported so far; pass --carb") }
    }

    /// Penn Treebank spellings the tagger and parser, trained on EWT, read as their plain forms.
    static let plainForms: [String: String] = [
        "``": "\"", "''": "\"", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    ]

    func run() throws {
        let text = try FileIO.readText(input)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        var sentences = lines.map { line in
            Sentence(words: line.split(separator: " ").map { Token(form: Self.plainForms[String($0)] ?? String($0)) })
        }
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.load(directory: models)
        } catch {
            Diagnostics.printRaw(error.description)
            throw ExitCode.failure
        }
        pipeline.annotate(&sentences)
        let extractor = ClauseExtractor()
        var out = ""
        for (line, sentence) in zip(lines, sentences) {
            let tokens = line.split(separator: " ").map(String.init)
            func words(_ indices: [Int]) -> String { indices.map { tokens[$0] }.joined(separator: " ") }
            for relation in extractor.relations(in: sentence) {
                let predicate =
                    !relation.predicate.isEmpty ? words(relation.predicate) : relation.kind == .possession ? "has" : "is"
                let fields = [line, String(relation.confidence), predicate, words(relation.subject)]
                    + relation.arguments.map(words)
                out += fields.joined(separator: "\t") + "\n"
            }
        }
        try FileIO.write(Array(out.utf8), to: output)
    }
}
