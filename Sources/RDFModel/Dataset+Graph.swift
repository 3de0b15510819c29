/// An in-memory [RDF graph](https://www.w3.org/TR/rdf11-concepts/#section-rdf-graph): a set of
/// triples, indexed like ``Dataset`` (it is a dataset whose quads are all in the default graph).
///
/// As a sink it keeps the triple of every statement it receives and ignores the graph name.
public struct Graph: Sendable, Hashable {
    /// The triples, as quads of the default graph.
    public private(set) var dataset = Dataset()

    /// An empty graph.
    public init() {}

    /// A graph holding `triples`.
    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for triple in triples { insert(triple) }
    }

    /// The number of triples.
    public var count: Int { dataset.count }

    /// Whether the graph has no triples.
    public var isEmpty: Bool { dataset.isEmpty }

    /// Adds `triple`; returns `false` when it was already present.
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool { dataset.insert(Quad(triple)) }

    /// Removes `triple`; returns `false` when it was absent.
    @discardableResult
    public mutating func remove(_ triple: Triple) -> Bool { dataset.remove(Quad(triple)) }

    /// Whether `triple` is in the graph.
    public func contains(_ triple: Triple) -> Bool { dataset.contains(Quad(triple)) }

    /// The triples that match a pattern; `nil` matches any term.
    public func triples(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil) -> [Triple] {
        dataset.quads(subject: subject, predicate: predicate, object: object).map(\.triple)
    }

    /// The triples in ``Triple`` order.
    ///
    /// Complexity: O(n log n).
    public func sorted() -> [Triple] { dataset.sorted().map(\.triple) }

    /// Whether the graphs are equal up to a renaming of blank nodes; see ``Dataset/isIsomorphic(to:)``.
    public func isIsomorphic(to other: Graph) -> Bool { dataset.isIsomorphic(to: other.dataset) }
}

extension Graph: Sequence {
    /// Iterates the triples in an unspecified order; see ``Graph/sorted()``.
    public struct Iterator: IteratorProtocol {
        var base: Dataset.Iterator
        public mutating func next() -> Triple? { base.next()?.triple }
    }

    public func makeIterator() -> Iterator { Iterator(base: dataset.makeIterator()) }

    public var underestimatedCount: Int { count }
}

extension Graph: RDFSink {
    /// Copies the triple of a borrowed statement into the graph, whatever its graph name.
    public mutating func consume(_ quad: QuadRef) throws {
        var triple = quad
        triple.graph = .defaultGraph
        dataset.insert(Quad(triple))
    }
}
