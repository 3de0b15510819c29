import Glibc
import RDFIO
import RDFModel

/// Prints diagnostics to standard error in the `path:line:column: error: message` form.
enum Diagnostics {
    static func printRaw(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }

    static func error(_ message: String) { printRaw("newsgraph: error: \(message)") }

    /// Writes `text` to standard error as it is (a progress line redrawn with `\r`).
    static func printRawNoNewline(_ text: String) {
        var text = text
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }

    /// The diagnostic for any error a command lets escape, with the input's path for syntax errors.
    static func describe(_ error: any Error, inputPath: String) -> String {
        switch error {
        case let error as RDFSyntaxError: error.formatted(path: inputPath)
        case let error as RDFIOError: error.description
        case let error as RDFSerializationError: "\(inputPath): error: \(error.message)"
        default: "newsgraph: error: \(error)"
        }
    }
}
