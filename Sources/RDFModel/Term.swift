/// An RDF term that owns its storage.
public enum Term: Hashable, Comparable, Sendable, CustomStringConvertible {
    case iri(IRI)
    case blankNode(BlankNode)
    case literal(Literal)

    public var isIRI: Bool { if case .iri = self { true } else { false } }
    public var isBlankNode: Bool { if case .blankNode = self { true } else { false } }
    public var isLiteral: Bool { if case .literal = self { true } else { false } }

    /// Order: IRIs, then blank nodes, then literals; within a kind, by UTF-8 bytes.
    public static func < (a: Term, b: Term) -> Bool {
        switch (a, b) {
        case (.iri(let x), .iri(let y)): x < y
        case (.blankNode(let x), .blankNode(let y)): x < y
        case (.literal(let x), .literal(let y)): x < y
        default: a.rank < b.rank
        }
    }

    private var rank: Int {
        switch self {
        case .iri: 0
        case .blankNode: 1
        case .literal: 2
        }
    }

    /// The canonical N-Triples form of the term.
    public var description: String {
        let output = MemoryOutput()
        var writer = ByteWriter(output: output)
        withRef { writer.appendNTriplesTerm($0) }
        try? writer.flush()  // a MemoryOutput never fails
        return output.string
    }
}
