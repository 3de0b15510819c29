/// A position in a document: 0-based line, 0-based column in Unicode scalars, and byte offset.
///
/// Printed 1-based, as compilers and editors expect.
public struct TextPosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static let start = TextPosition(line: 0, column: 0, offset: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool { a.offset < b.offset }
}
