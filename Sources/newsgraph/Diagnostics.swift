import Foundation
import Glibc
import RDFIO
import RDFModel

/// Prints diagnostics to standard error in the `path:line:column: error: message` form.
enum Diagnostics {
    static func printRaw(_ text: String) {
        var line = usesColour ? coloured(text) : text
        if !line.hasSuffix("\n") { line += "\n" }
        line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }

    /// Whether diagnostics are coloured: only on a terminal, never with NO_COLOR set (to anything
    /// but the empty string, as no-color.org asks) or TERM=dumb.
    static let usesColour: Bool = {
        guard isatty(2) != 0 else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }()

    /// `text` with its first `error:` in bold red (and `warning:` in bold magenta).
    static func coloured(_ text: String) -> String {
        for (word, code) in [("error:", "1;31"), ("warning:", "1;35")] {
            if let range = text.range(of: word) {
                return text.replacingCharacters(in: range, with: "\u{1B}[\(code)m\(word)\u{1B}[0m")
            }
        }
        return text
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
