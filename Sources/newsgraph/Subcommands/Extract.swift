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

    func run() throws {
        let text = try FileIO.readText(input)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        var sentences = lines.map(CaRBFormat.sentence)
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
        for (line, sentence) in zip(lines, sentences) { out += CaRBFormat.lines(line, extractor.relations(in: sentence)) }
        try FileIO.write(Array(out.utf8), to: output)
    }
}
