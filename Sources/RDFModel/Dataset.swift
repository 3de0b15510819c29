/// An in-memory [RDF dataset](https://www.w3.org/TR/rdf11-concepts/#section-dataset): a set of
/// quads, indexed by subject, predicate, object and graph.
///
/// Terms are interned to integer ids, so each quad is stored as four integers. Inserting,
/// removing and testing membership are expected O(1); pattern queries cost the size of the
/// smallest index bucket they can use. Removal also costs the sizes of the quad's four index
/// buckets. Interned terms are never forgotten, even when their last quad is removed.
///
/// Iteration order is unspecified; ``sorted()`` gives the deterministic ``Quad`` order.
///
/// ```swift
/// var dataset = Dataset()
/// dataset.insert(Quad(.iri(IRI(unchecked: "http://a")), RDF.type, .iri(IRI(unchecked: "http://C"))))
/// print(dataset.count) // 1
/// ```
public struct Dataset: Sendable {
    /// Interned terms; the term with id `i` is `terms[i - 1]`. Id 0 is the default graph.
    package private(set) var terms: [Term] = []
    package private(set) var ids: [Term: UInt32] = [:]
    package private(set) var storage: Set<EncodedQuad> = []
    package private(set) var bySubject: [UInt32: [EncodedQuad]] = [:]
    package private(set) var byPredicate: [UInt32: [EncodedQuad]] = [:]
    package private(set) var byObject: [UInt32: [EncodedQuad]] = [:]
    package private(set) var byGraph: [UInt32: [EncodedQuad]] = [:]

    /// The id that stands for the default graph in ``EncodedQuad/graph``.
    package static let defaultGraphID: UInt32 = 0

    /// An empty dataset.
    public init() {}

    /// A dataset holding `quads`.
    public init<S: Sequence>(_ quads: S) where S.Element == Quad {
        for quad in quads { insert(quad) }
    }

    /// The number of quads.
    public var count: Int { storage.count }

    /// Whether the dataset has no quads.
    public var isEmpty: Bool { storage.isEmpty }

    // MARK: - Public API

    /// Adds `quad`; returns `false` when it was already present.
    @discardableResult
    public mutating func insert(_ quad: Quad) -> Bool {
        let encoded = EncodedQuad(
            subject: intern(quad.subject), predicate: intern(.iri(quad.predicate)),
            object: intern(quad.object), graph: quad.graph.map { intern($0) } ?? Self.defaultGraphID)
        return insert(encoded: encoded)
    }

    /// Adds `triple` to the default graph; returns `false` when it was already present.
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool { insert(Quad(triple)) }

    /// Removes `quad`; returns `false` when it was absent.
    @discardableResult
    public mutating func remove(_ quad: Quad) -> Bool {
        guard let encoded = encode(quad), storage.remove(encoded) != nil else { return false }
        Self.unindex(encoded, key: encoded.subject, in: &bySubject)
        Self.unindex(encoded, key: encoded.predicate, in: &byPredicate)
        Self.unindex(encoded, key: encoded.object, in: &byObject)
        Self.unindex(encoded, key: encoded.graph, in: &byGraph)
        return true
    }

    /// Whether `quad` is in the dataset.
    public func contains(_ quad: Quad) -> Bool {
        guard let encoded = encode(quad) else { return false }
        return storage.contains(encoded)
    }

    // MARK: - Encoded access

    /// The term with id `id` (not the default graph id).
    package func term(_ id: UInt32) -> Term { terms[Int(id) &- 1] }

    /// The id of `term`, if it was ever interned.
    package func id(of term: Term) -> UInt32? { ids[term] }

    package func decode(_ quad: EncodedQuad) -> Quad {
        let predicate: IRI
        if case .iri(let iri) = term(quad.predicate) { predicate = iri } else { predicate = IRI(unchecked: "") }
        return Quad(
            term(quad.subject), predicate, term(quad.object),
            graph: quad.graph == Self.defaultGraphID ? nil : term(quad.graph))
    }

    package func encode(_ quad: Quad) -> EncodedQuad? {
        guard let s = ids[quad.subject], let p = ids[.iri(quad.predicate)], let o = ids[quad.object] else {
            return nil
        }
        var g = Self.defaultGraphID
        if let graph = quad.graph {
            guard let id = ids[graph] else { return nil }
            g = id
        }
        return EncodedQuad(subject: s, predicate: p, object: o, graph: g)
    }

    package mutating func intern(_ term: Term) -> UInt32 {
        if let id = ids[term] { return id }
        terms.append(term)
        let id = UInt32(terms.count)
        ids[term] = id
        return id
    }

    @discardableResult
    package mutating func insert(encoded: EncodedQuad) -> Bool {
        guard storage.insert(encoded).inserted else { return false }
        bySubject[encoded.subject, default: []].append(encoded)
        byPredicate[encoded.predicate, default: []].append(encoded)
        byObject[encoded.object, default: []].append(encoded)
        byGraph[encoded.graph, default: []].append(encoded)
        return true
    }

    private static func unindex(_ quad: EncodedQuad, key: UInt32, in index: inout [UInt32: [EncodedQuad]]) {
        guard var bucket = index.removeValue(forKey: key) else { return }
        if let i = bucket.firstIndex(of: quad) {
            bucket.swapAt(i, bucket.count - 1)
            bucket.removeLast()
        }
        if !bucket.isEmpty { index[key] = bucket }
    }
}

/// A quad as four interned term ids; graph 0 is the default graph.
package struct EncodedQuad: Hashable, Sendable {
    package var subject: UInt32
    package var predicate: UInt32
    package var object: UInt32
    package var graph: UInt32

    package init(subject: UInt32, predicate: UInt32, object: UInt32, graph: UInt32) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

// MARK: - Sink

extension Dataset: RDFSink {
    /// Copies a borrowed statement into the dataset.
    public mutating func consume(_ quad: QuadRef) throws {
        insert(Quad(quad))
    }
}

// MARK: - Equality

extension Dataset: Hashable {
    /// Equal when both hold the same quads, however their terms were interned.
    public static func == (a: Dataset, b: Dataset) -> Bool {
        guard a.count == b.count else { return false }
        for quad in a.storage where !b.contains(a.decode(quad)) { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for quad in storage { sum = sum &+ decode(quad).hashValue }
        hasher.combine(count)
        hasher.combine(sum)
    }
}
