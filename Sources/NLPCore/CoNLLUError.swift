/// A malformed CoNLL-U line: where it is and what is wrong.
public struct CoNLLUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the input came from, if given.
    public var path: String?
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column (in characters) where the problem starts; 1 when the whole line is wrong.
    public var column: Int
    public var message: String

    public init(path: String? = nil, line: Int, column: Int = 1, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: error: message`, or `line L: message` without a path.
    public var description: String {
        if let path { "\(path):\(line):\(column): error: \(message)" } else { "line \(line): \(message)" }
    }
}
