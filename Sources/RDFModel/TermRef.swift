/// What kind of RDF term a ``TermRef`` holds.
public enum TermKind: UInt8, Sendable, Hashable {
    case iri
    case blankNode
    case literal
    /// The default graph, only ever found in ``QuadRef/graph``.
    case defaultGraph
}

/// An RDF term borrowed from a parser's buffers.
///
/// Parsers hand terms to an ``RDFSink`` in this form so that no term is allocated on the hot path.
/// Every buffer is valid only during the sink call that receives it; copy what must outlive it
/// (``Term/init(_:)`` does).
///
/// - `value`: the absolute IRI, the blank node label (without `_:`), or the literal's lexical form,
///   as unescaped UTF-8.
/// - `datatype`: a literal's datatype IRI; empty for `xsd:string` and for language-tagged strings.
/// - `language`: a literal's language tag, empty when it has none.
public struct TermRef: @unchecked Sendable {
    public var kind: TermKind
    public var value: UnsafeRawBufferPointer
    public var datatype: UnsafeRawBufferPointer
    public var language: UnsafeRawBufferPointer

    @inlinable
    public init(
        kind: TermKind, value: UnsafeRawBufferPointer,
        datatype: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
        language: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0)
    ) {
        self.kind = kind
        self.value = value
        self.datatype = datatype
        self.language = language
    }

    /// The default graph marker.
    public static let defaultGraph = TermRef(
        kind: .defaultGraph, value: UnsafeRawBufferPointer(start: nil, count: 0))
}

/// A statement borrowed from a parser; ``graph`` has kind ``TermKind/defaultGraph`` for triples.
public struct QuadRef: @unchecked Sendable {
    public var subject: TermRef
    public var predicate: TermRef
    public var object: TermRef
    public var graph: TermRef

    @inlinable
    public init(subject: TermRef, predicate: TermRef, object: TermRef, graph: TermRef = .defaultGraph) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}
