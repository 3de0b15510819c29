/// An RDF triple.
public struct Triple: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var subject: Term
    public var predicate: IRI
    public var object: Term

    public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (a: Triple, b: Triple) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.predicate != b.predicate { return a.predicate < b.predicate }
        return a.object < b.object
    }

    /// The N-Triples line, without the newline.
    public var description: String { "\(subject) \(predicate) \(object) ." }
}

/// An RDF quad: a triple in the default graph (`graph == nil`) or in a named graph.
public struct Quad: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var subject: Term
    public var predicate: IRI
    public var object: Term
    public var graph: Term?

    public init(_ subject: Term, _ predicate: IRI, _ object: Term, graph: Term? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    public init(_ triple: Triple, graph: Term? = nil) {
        self.init(triple.subject, triple.predicate, triple.object, graph: graph)
    }

    public var triple: Triple { Triple(subject, predicate, object) }

    /// Default graph first, then by graph name, subject, predicate, object.
    public static func < (a: Quad, b: Quad) -> Bool {
        if a.graph != b.graph {
            guard let ag = a.graph else { return true }
            guard let bg = b.graph else { return false }
            return ag < bg
        }
        return a.triple < b.triple
    }

    /// The N-Quads line, without the newline.
    public var description: String {
        if let graph { "\(subject) \(predicate) \(object) \(graph) ." } else { triple.description }
    }
}
