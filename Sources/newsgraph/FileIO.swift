import ArgumentParser
import EntityRecognition
import NLPPipeline
import Glibc
import NLPCore
import RDFIO

/// Whole-file reads and atomic writes for the NLP subcommands.
enum FileIO {
    /// The bytes of `path` (`-` for standard input); a failure is reported and exits with status 1.
    static func read(_ path: String) throws -> [UInt8] {
        do {
            return try FileInput(path: path == "-" ? nil : path).readAll()
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path))
            throw ExitCode.failure
        }
    }

    /// The bytes of `path`, or an error left to the caller to report.
    static func readQuietly(_ path: String) throws -> [UInt8] {
        try FileInput(path: path).readAll()
    }

    /// Reads UTF-8 text; invalid UTF-8 is reported at its line and column and exits with status 1.
    static func readText(_ path: String) throws -> String {
        var bytes = try read(path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8(bytes) {
            let line = bytes[..<offset].filter { $0 == UInt8(ascii: "\n") }.count + 1
            let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
            Diagnostics.printRaw("\(path):\(line):\(column): error: invalid UTF-8 (byte 0x\(String(bytes[offset], radix: 16)))")
            throw ExitCode.failure
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Reads CoNLL-U sentences, reporting a malformed line as `path:line: error: …`.
    static func readCoNLLU(_ path: String) throws -> [Sentence] {
        let bytes = try read(path)
        do {
            return try CoNLLU.read(utf8: bytes, path: path)
        } catch {
            Diagnostics.printRaw(error.description)
            throw ExitCode.failure
        }
    }

    /// Reads an IOB2 file (Universal NER), reporting a malformed line as `path:line:1: error: …`.
    static func readIOB2(_ path: String, other: IOB2.OtherSpans) throws -> [Sentence] {
        let bytes = try read(path)
        do {
            return try IOB2.read(utf8: bytes, path: path, other: other)
        } catch {
            Diagnostics.printRaw(error.description)
            throw ExitCode.failure
        }
    }

    /// The NLP pipeline with the models in `directory` (default: the shipped ones); a failure is
    /// reported and exits with status 1.
    static func loadPipeline(_ directory: String?, timings: inout Pipeline.Timings) throws -> Pipeline {
        do {
            return try Pipeline.load(directory: directory, timings: &timings)
        } catch {
            Diagnostics.printRaw(error.description)
            throw ExitCode.failure
        }
    }

    static func loadPipeline(_ directory: String?) throws -> Pipeline {
        var timings: Pipeline.Timings = []
        return try loadPipeline(directory, timings: &timings)
    }

    /// Writes `bytes` to `path` atomically (temporary file, then rename), or to standard output.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        try atomically(path) { output in try bytes.withUnsafeBytes { try output.write($0) } }
    }

    /// Opens `path` (standard output when nil) for an atomic write, lets `body` fill it, and
    /// commits; a failure is reported with the path and exits with status 1, leaving no file.
    static func atomically(_ path: String?, _ body: (FileOutput) throws -> Void) throws {
        do {
            let output = try path.map { try FileOutput(atomicallyReplacing: $0) } ?? FileOutput()
            try body(output)
            try output.commit()
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path ?? "-"))
            throw ExitCode.failure
        }
    }
}
