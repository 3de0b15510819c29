/// Which graphs a ``Dataset`` pattern query looks in.
public enum GraphSelector: Hashable, Sendable {
    /// Every graph, default and named.
    case any
    /// Only the default graph.
    case defaultGraph
    /// Only the graph with this name.
    case named(Term)
}

extension Dataset: Sequence {
    /// Iterates the quads in an unspecified order; see ``Dataset/sorted()``.
    public struct Iterator: IteratorProtocol {
        var base: Set<EncodedQuad>.Iterator
        let dataset: Dataset

        public mutating func next() -> Quad? { base.next().map { dataset.decode($0) } }
    }

    public func makeIterator() -> Iterator { Iterator(base: storage.makeIterator(), dataset: self) }

    public var underestimatedCount: Int { count }

    // MARK: - Public API

    /// The quads in ``Quad`` order: default graph first, then by graph, subject, predicate, object.
    ///
    /// Complexity: O(n log n).
    public func sorted() -> [Quad] {
        var quads = Array(self)
        quads.sort()
        return quads
    }

    /// The quads that match a pattern; `nil` matches any term.
    ///
    /// ```swift
    /// dataset.quads(subject: .iri(alice), predicate: RDF.type) // every type of alice, in any graph
    /// dataset.quads(graph: .defaultGraph)                      // the default graph
    /// ```
    /// Complexity: proportional to the smallest index bucket among the bound positions.
    public func quads(
        subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil, graph: GraphSelector = .any
    ) -> [Quad] {
        var s: UInt32?
        var p: UInt32?
        var o: UInt32?
        var g: UInt32?
        if let subject {
            guard let id = id(of: subject) else { return [] }
            s = id
        }
        if let predicate {
            guard let id = id(of: .iri(predicate)) else { return [] }
            p = id
        }
        if let object {
            guard let id = id(of: object) else { return [] }
            o = id
        }
        switch graph {
        case .any: break
        case .defaultGraph: g = Self.defaultGraphID
        case .named(let name):
            guard let id = id(of: name) else { return [] }
            g = id
        }
        return encodedQuads(subject: s, predicate: p, object: o, graph: g).map { decode($0) }
    }

    /// The distinct graph names, sorted.
    public var graphNames: [Term] {
        byGraph.keys.filter { $0 != Self.defaultGraphID }.map { term($0) }.sorted()
    }

    /// The triples of one graph: the default graph for `nil`.
    public func graph(_ name: Term? = nil) -> Graph {
        var result = Graph()
        let selector: GraphSelector = name.map { .named($0) } ?? .defaultGraph
        for quad in quads(graph: selector) { result.insert(quad.triple) }
        return result
    }

    // MARK: - Encoded access

    /// The encoded quads that match ids (`nil` = any).
    package func encodedQuads(subject: UInt32?, predicate: UInt32?, object: UInt32?, graph: UInt32?) -> [EncodedQuad] {
        var best: [EncodedQuad]?
        func consider(_ key: UInt32?, _ index: [UInt32: [EncodedQuad]]) -> Bool {
            guard let key else { return true }
            guard let bucket = index[key] else { return false }
            if best == nil || bucket.count < best?.count ?? 0 { best = bucket }
            return true
        }
        guard consider(subject, bySubject), consider(predicate, byPredicate), consider(object, byObject),
            consider(graph, byGraph)
        else { return [] }
        guard let candidates = best else { return Array(storage) }
        return candidates.filter {
            (subject == nil || $0.subject == subject) && (predicate == nil || $0.predicate == predicate)
                && (object == nil || $0.object == object) && (graph == nil || $0.graph == graph)
        }
    }
}

extension Dataset: CustomStringConvertible {
    /// The quads as sorted N-Quads lines (readable in test failures and diffs).
    public var description: String { sorted().map(\.description).joined(separator: "\n") }
}
