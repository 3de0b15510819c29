import ArgumentParser
import RDFCanon
import RDFIO
import RDFModel

/// `newsgraph canon`: RDFC-1.0 canonical N-Quads, or the issued identifiers map.
struct Canon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Canonicalize an RDF dataset (RDFC-1.0): canonical N-Quads, or the blank-node map.",
        discussion: """
            Reads any RDF syntax (by extension, or --from; standard input is N-Quads unless --from \
            says otherwise) and writes the W3C RDFC-1.0 canonical form: blank nodes relabelled \
            _:c14n0, _:c14n1, …, one quad a line, sorted. With --map, the issued identifiers \
            instead, as a JSON object from input label to canonical label. A graph whose blank \
            nodes are too symmetric to tell apart in bounded work is refused (exit 1) rather than \
            left running.

            Examples:
              newsgraph canon data.nq -o data.canonical.nq
              newsgraph canon data.ttl --hash sha384 --map
            """
    )

    @Argument(help: "The input file, or - for standard input.")
    var input = "-"

    @Option(help: "The hash function: sha256 or sha384.")
    var hash = "sha256"

    @Flag(help: "Write the issued identifiers map (JSON) instead of the canonical N-Quads.")
    var map = false

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var output: String?

    @Option(help: "The input format: nt, nq, ttl, trig or rdfxml (default: by extension; nq for standard input).", transform: Convert.format)
    var from: RDFFormat?

    func validate() throws {
        guard HashAlgorithm(rawValue: hash) != nil else { throw ValidationError("unknown hash '\(hash)'; expected sha256 or sha384") }
        if from == nil, input != "-", RDFFormat(path: input) == nil {
            throw ValidationError("cannot tell the format of '\(input)' from its extension; pass --from")
        }
    }

    func run() throws {
        guard let algorithm = HashAlgorithm(rawValue: hash) else { throw ExitCode(2) }
        let format = from ?? RDFFormat(path: input) ?? .nQuads
        let dataset = try FileIO.readDataset(input, format: format)
        let result: Canonicalizer.Result
        do {
            result = try Canonicalizer(algorithm: algorithm).canonicalize(Array(dataset))
        } catch {
            Diagnostics.error(error.message)
            throw ExitCode.failure
        }
        let text = map ? Self.json(result.issued) : result.nQuads
        try FileIO.write(Array(text.utf8), to: output)
    }

    /// `{"e0": "c14n0", …}`, keys sorted, one pair a line.
    static func json(_ map: [String: String]) -> String {
        func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        let pairs = map.keys.sorted().map { "  \(quoted($0)): \(quoted(map[$0] ?? ""))" }
        return pairs.isEmpty ? "{}\n" : "{\n" + pairs.joined(separator: ",\n") + "\n}\n"
    }
}
