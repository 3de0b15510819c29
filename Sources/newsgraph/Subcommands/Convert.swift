import ArgumentParser
import RDFIO
import RDFModel

/// `newsgraph convert`: streams RDF from one syntax to another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert RDF between N-Triples, N-Quads, Turtle, TriG and RDF/XML.",
        discussion: """
            Formats come from the file extensions unless given (nt, nq, ttl, trig, rdfxml). \
            Conversion streams in constant memory unless --pretty is given. On a syntax error \
            nothing is left at the output path.

            Examples:
              newsgraph convert data.nt -o data.ttl --pretty
              newsgraph convert --from ttl --to nq < in.ttl > out.nq
              newsgraph convert big.nt --count
              newsgraph convert scraped.ttl --lenient -o clean.nt
            """
    )

    @Argument(help: "The input file, or - for standard input.")
    var input: String = "-"

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var output: String?

    @Option(help: "The input format: nt, nq, ttl, trig or rdfxml.", transform: Convert.format)
    var from: RDFFormat?

    @Option(help: "The output format: nt, nq, ttl, trig or rdfxml.", transform: Convert.format)
    var to: RDFFormat?

    @Option(help: "The base IRI for relative references (default: the input file's IRI).")
    var base: String?

    @Flag(help: "Write sorted, grouped and abbreviated output (reads the whole graph first).")
    var pretty = false

    @Flag(help: "Only parse, and print the number of statements.")
    var count = false

    @Flag(help: "Skip bad statements, report them, and go on.")
    var lenient = false

    static func format(_ name: String) throws -> RDFFormat {
        guard let format = RDFFormat(name: name) else {
            throw ValidationError("unknown format '\(name)'; expected one of nt, nq, ttl, trig, rdfxml")
        }
        return format
    }

    func validate() throws {
        if from == nil, RDFFormat(path: input) == nil {
            throw ValidationError(
                input == "-"
                    ? "cannot tell the format of standard input; pass --from"
                    : "cannot tell the format of '\(input)' from its extension; pass --from")
        }
        if let output, to == nil, RDFFormat(path: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; pass --to")
        }
        if let base, base.isEmpty { throw ValidationError("--base must not be empty") }
    }

    func run() throws {
        guard let inputFormat = from ?? RDFFormat(path: input) else { throw ExitCode(2) }
        let outputFormat =
            to ?? output.flatMap { RDFFormat(path: $0) } ?? (inputFormat.supportsDatasets ? .nQuads : .nTriples)
        let source: FileInput
        do {
            source = try FileInput(path: input)
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: input))
            throw ExitCode.failure
        }
        let baseIRI = base ?? source.fileIRI
        var skipped = 0
        let report: (RDFSyntaxError) -> Void = { error in
            skipped += 1
            Diagnostics.printRaw(error.formatted(path: source.displayPath) + " (statement skipped)")
        }
        do {
            if count {
                let n = try Conversion.count(source, format: inputFormat, baseIRI: baseIRI, lenient: lenient, recovered: report)
                print(n)
                return
            }
            let sink = try output.map { try FileOutput(atomicallyReplacing: $0) } ?? FileOutput()
            do {
                _ = try Conversion.convert(
                    source, from: inputFormat, to: outputFormat, output: sink, baseIRI: baseIRI,
                    pretty: pretty, lenient: lenient, recovered: report)
                try sink.commit()
            } catch {
                sink.discard()
                throw error
            }
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: source.displayPath))
            throw ExitCode.failure
        }
        if skipped > 0 {
            Diagnostics.printRaw("newsgraph: \(skipped) bad statement\(skipped == 1 ? "" : "s") skipped")
        }
    }
}
