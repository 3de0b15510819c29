import ArgumentParser
import Glibc
import RDFIO
import RDFModel

extension FileIO {
    /// The whole dataset in `path` (`-` for standard input) in `format`; a syntax error is
    /// reported as `path:line:column: error: …` and exits with status 1.
    static func readDataset(_ path: String, format: RDFFormat) throws -> Dataset {
        var dataset = Dataset()
        try parse(try read(path), path: path, format: format, into: &dataset)
        return dataset
    }

    /// Parses `bytes`, read from `path`, into `sink`. A syntax error is reported as
    /// `path:line:column: error: …` and exits with status 1; errors for which `passes` is true
    /// (the sink's own signals) are rethrown as they are.
    static func parse<Sink: RDFSink>(
        _ bytes: [UInt8], path: String, format: RDFFormat, into sink: inout Sink,
        passing passes: (any Error) -> Bool = { _ in false }
    ) throws {
        do {
            var parser = RDFParser(format: format, baseIRI: path == "-" ? nil : "file://" + path)
            try bytes.withUnsafeBytes { try parser.append($0, into: &sink) }
            try parser.finish(into: &sink)
        } catch {
            if passes(error) { throw error }
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path))
            throw ExitCode.failure
        }
    }

    /// Parses the file at `path` into `sink` chunk by chunk, reporting errors as
    /// ``parse(_:path:format:into:passing:)`` does.
    static func stream<Sink: RDFSink>(
        _ path: String, format: RDFFormat, into sink: inout Sink, passing passes: (any Error) -> Bool = { _ in false }
    ) throws {
        do {
            let input = try FileInput(path: path)
            try Conversion.run(input, format: format, baseIRI: "file://" + path, lenient: false, into: &sink) { _ in }
        } catch {
            if passes(error) { throw error }
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path))
            throw ExitCode.failure
        }
    }

    /// The size of the regular file at `path`, if it is one.
    static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Writes to `path` (standard output when nil) through a byte writer, atomically: the file
    /// appears, complete, only when `body` succeeds.
    static func write(to path: String?, _ body: (inout ByteWriter) throws -> Void) throws {
        try atomically(path) { output in
            var writer = ByteWriter(output: output)
            try body(&writer)
            try writer.flush()
        }
    }
}
