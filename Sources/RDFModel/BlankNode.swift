/// A blank node, identified by a label that is local to one document or dataset.
public struct BlankNode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let id: String

    public init(_ id: String) { self.id = id }

    public static func < (a: BlankNode, b: BlankNode) -> Bool { a.id.utf8.lexicographicallyPrecedes(b.id.utf8) }

    /// The N-Triples form, `_:id`.
    public var description: String { "_:\(id)" }
}
