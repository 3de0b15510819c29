/// A statement that a serializer cannot write in its format (a quad in a named graph for a
/// triple-only format, a predicate that has no QName in RDF/XML, …).
public struct RDFSerializationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { "error: \(message)" }
}
