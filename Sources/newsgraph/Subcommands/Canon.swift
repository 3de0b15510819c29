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
        // Without blank nodes the canonical form is the distinct lines, sorted: written straight
        // from the parser's statements, the file read once in chunks. The first blank node sends
        // the input the full way.
        var pieces = [CanonicalLines(allowsBlankNodes: false)]
        let isBlankNodeFound: (any Error) -> Bool = { $0 is CanonicalLines.BlankNodeFound }
        var bytes: [UInt8]?
        do {
            if input == "-" {
                bytes = try FileIO.read(input)
                try FileIO.parse(bytes ?? [], path: input, format: format, into: &pieces[0], passing: isBlankNodeFound)
            } else if let size = FileIO.regularFileSize(input), size >= Self.splitSize, format == .nTriples || format == .nQuads {
                pieces = try Self.parseInTwo(input, format: format, size: size)
            } else {
                pieces[0].reserve(inputBytes: FileIO.regularFileSize(input) ?? 0)
                try FileIO.stream(input, format: format, into: &pieces[0], passing: isBlankNodeFound)
            }
            if !map, let output, pieces.count > 1 {
                try Self.writeInTwo(CanonicalDocument(pieces), to: output)
            } else {
                try FileIO.write(to: output) { writer in
                    if map { writer.append("{}\n") } else { try CanonicalLines.write(pieces, into: &writer) }
                }
            }
            return
        } catch is CanonicalLines.BlankNodeFound {}
        pieces = []  // their arenas are not needed on the full way
        var dataset = Dataset()
        try FileIO.parse(try bytes ?? FileIO.read(input), path: input, format: format, into: &dataset)
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

    /// Files this large are parsed in two halves on two threads (when they are N-Triples or N-Quads).
    static let splitSize = 1 << 23

    /// The canonical lines of a large N-Triples or N-Quads file, parsed in two halves at once.
    /// A syntax error is found again in one piece, to report it at its line.
    static func parseInTwo(_ input: String, format: RDFFormat, size: Int) throws -> [CanonicalLines] {
        let parts: [CanonicalLines]
        do {
            parts = try FileIO.parseInParts(input, format: format, parts: 2) {
                var part = CanonicalLines(allowsBlankNodes: false)
                part.reserve(inputBytes: size / 2)
                return part
            }
        } catch let error as CanonicalLines.BlankNodeFound {
            throw error
        } catch {
            var lines = CanonicalLines(allowsBlankNodes: false)
            try FileIO.stream(input, format: format, into: &lines) { $0 is CanonicalLines.BlankNodeFound }
            return [lines]
        }
        return parts
    }

    /// Writes a large document to a file in two halves at once, each at its place (`pwrite`);
    /// the file appears, complete, only when both are written.
    static func writeInTwo(_ document: CanonicalDocument, to path: String) throws {
        do {
            let file = try FileOutput(atomicallyReplacing: path)
            let middle = document.groupCount / 2
            let halves = [0..<middle, middle..<document.groupCount]
            if let first = PositionedOutput(file, offset: 0),
                let second = PositionedOutput(file, offset: document.byteCount(groups: halves[0]))
            {
                let outputs = [first, second]
                try FileIO.inParallel(2) { half in
                    var writer = ByteWriter(output: outputs[half])
                    try document.write(groups: halves[half], into: &writer)
                    try writer.flush()
                }
            } else {
                var writer = ByteWriter(output: file)
                try document.write(groups: 0..<document.groupCount, into: &writer)
                try writer.flush()
            }
            try file.commit()
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path))
            throw ExitCode.failure
        }
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

