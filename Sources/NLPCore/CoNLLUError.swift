/// A malformed CoNLL-U line: where it is and what is wrong.
public struct CoNLLUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the input came from, if given.
    public var path: String?
    /// The 1-based line number.
    public var line: Int
    public var message: String

    public init(path: String? = nil, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, or `line L: message` without a path.
    public var description: String {
        if let path { "\(path):\(line): \(message)" } else { "line \(line): \(message)" }
    }
}
