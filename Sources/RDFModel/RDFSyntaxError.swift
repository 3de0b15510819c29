/// A syntax error at a position of a document.
public struct RDFSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var position: TextPosition
    public var message: String

    public init(_ message: String, at position: TextPosition) {
        self.message = message
        self.position = position
    }

    /// `line:column: error: message`, 1-based; the caller adds the file name in front.
    public var description: String {
        "\(position.line + 1):\(position.column + 1): error: \(message)"
    }

    /// `path:line:column: error: message`, the form compilers and editors understand.
    public func formatted(path: String) -> String { "\(path):\(description)" }
}
