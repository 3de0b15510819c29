/// A blank node, identified by a label that is local to one document or dataset.
public struct BlankNode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let id: String

    public init(_ id: String) { self.id = id }

    public static func == (a: BlankNode, b: BlankNode) -> Bool { a.id.hasSameUTF8(as: b.id) }

    public func hash(into hasher: inout Hasher) { id.hashUTF8(into: &hasher) }

    public static func < (a: BlankNode, b: BlankNode) -> Bool { a.id.utf8.lexicographicallyPrecedes(b.id.utf8) }

    /// The N-Triples form, `_:id`.
    public var description: String { "_:\(id)" }
}
