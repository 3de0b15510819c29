/// An absolute IRI (RFC 3987).
///
/// `IRI(validating:)` checks the syntax; `IRI(unchecked:)` trusts the caller.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let string: String

    /// Wraps a string the caller guarantees to be a valid absolute IRI.
    @inlinable
    public init(unchecked string: String) { self.string = string }

    public static func == (a: IRI, b: IRI) -> Bool { a.string.hasSameUTF8(as: b.string) }

    public func hash(into hasher: inout Hasher) { string.hashUTF8(into: &hasher) }

    public static func < (a: IRI, b: IRI) -> Bool { a.string.utf8.lexicographicallyPrecedes(b.string.utf8) }

    /// The N-Triples form, `<…>`.
    public var description: String { "<\(string)>" }
}
