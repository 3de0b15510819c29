/// An in-memory [RDF dataset](https://www.w3.org/TR/rdf11-concepts/#section-dataset): a set of
/// quads, indexed by subject, predicate, object and graph.
///
/// Terms are interned to integer ids, so each quad is stored as four integers. Terms are
/// identified by their exact code points (not by `String` equality, which is canonical
/// equivalence), and statements received as borrowed ``QuadRef``s are looked up without
/// allocating; only new terms are copied. Inserting,
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
    package private(set) var interner = TermInterner()
    /// Reused to build intern keys.
    private var scratch: [UInt8] = []
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
        quad.withRef { insert(borrowed: $0) }
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
    package func id(of term: Term) -> UInt32? {
        TermKey.of(term).withUnsafeBytes { interner.find($0) }
    }

    package func decode(_ quad: EncodedQuad) -> Quad {
        let predicate: IRI
        if case .iri(let iri) = term(quad.predicate) { predicate = iri } else { predicate = IRI(unchecked: "") }
        return Quad(
            term(quad.subject), predicate, term(quad.object),
            graph: quad.graph == Self.defaultGraphID ? nil : term(quad.graph))
    }

    package func encode(_ quad: Quad) -> EncodedQuad? {
        guard let s = id(of: quad.subject), let p = id(of: .iri(quad.predicate)), let o = id(of: quad.object) else {
            return nil
        }
        var g = Self.defaultGraphID
        if let graph = quad.graph {
            guard let id = id(of: graph) else { return nil }
            g = id
        }
        return EncodedQuad(subject: s, predicate: p, object: o, graph: g)
    }

    /// The id of a borrowed term, interning (and copying) it if it is new.
    package mutating func intern(_ term: TermRef) -> UInt32 {
        if term.kind == .defaultGraph { return Self.defaultGraphID }
        scratch.removeAll(keepingCapacity: true)
        TermKey.append(term, to: &scratch)
        let (id, inserted) = scratch.withUnsafeBytes { interner.intern($0) }
        if inserted { terms.append(Term(term)) }
        return id
    }

    @discardableResult
    package mutating func insert(borrowed quad: QuadRef) -> Bool {
        let encoded = EncodedQuad(
            subject: intern(quad.subject), predicate: intern(quad.predicate), object: intern(quad.object),
            graph: intern(quad.graph))
        return insert(encoded: encoded)
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
        insert(borrowed: quad)
    }
}

// MARK: - Equality

extension Dataset: Hashable {
    /// Equal when both hold the same quads, however their terms were interned.
    public static func == (a: Dataset, b: Dataset) -> Bool {
        guard a.count == b.count else { return false }
        // a's ids → b's ids (0: not in b), computed once per term.
        var translation = [UInt32?](repeating: nil, count: a.terms.count + 1)
        translation[0] = 0
        func map(_ id: UInt32) -> UInt32 {
            if let known = translation[Int(id)] { return known }
            let mapped = a.interner.withKey(id) { b.interner.find($0) } ?? UInt32.max
            translation[Int(id)] = mapped
            return mapped
        }
        for quad in a.storage {
            let mapped = EncodedQuad(
                subject: map(quad.subject), predicate: map(quad.predicate), object: map(quad.object),
                graph: map(quad.graph))
            if !b.storage.contains(mapped) { return false }
        }
        return true
    }

    /// Order-independent: a sum over the quads of a mix of their terms' key hashes.
    public func hash(into hasher: inout Hasher) {
        var sum: UInt64 = 0
        func h(_ id: UInt32) -> UInt64 { id == Self.defaultGraphID ? 0 : interner.hash(of: id) }
        for quad in storage {
            var x = h(quad.subject)
            x = TermInterner.mix(x ^ h(quad.predicate) &* 3)
            x = TermInterner.mix(x ^ h(quad.object) &* 5)
            sum &+= TermInterner.mix(x ^ h(quad.graph) &* 7)
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}
