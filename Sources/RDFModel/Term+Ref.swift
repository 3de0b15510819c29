extension Term {
    /// Copies a borrowed term. `ref` must not be the default-graph marker.
    public init(_ ref: TermRef) {
        switch ref.kind {
        case .iri, .defaultGraph:
            self = .iri(IRI(unchecked: String(decoding: ref.value, as: UTF8.self)))
        case .blankNode:
            self = .blankNode(BlankNode(String(decoding: ref.value, as: UTF8.self)))
        case .literal:
            let lexical = String(decoding: ref.value, as: UTF8.self)
            if ref.language.count > 0 {
                self = .literal(Literal(lexical, language: String(decoding: ref.language, as: UTF8.self)))
            } else if ref.datatype.count > 0 {
                self = .literal(Literal(lexical, datatype: IRI(unchecked: String(decoding: ref.datatype, as: UTF8.self))))
            } else {
                self = .literal(Literal(lexical))
            }
        }
    }

    /// Lends the term as a ``TermRef`` for the duration of `body`.
    public func withRef<R>(_ body: (TermRef) throws -> R) rethrows -> R {
        switch self {
        case .iri(let iri):
            return try iri.string.withUTF8Buffer { try body(TermRef(kind: .iri, value: $0)) }
        case .blankNode(let node):
            return try node.id.withUTF8Buffer { try body(TermRef(kind: .blankNode, value: $0)) }
        case .literal(let literal):
            return try literal.lexicalForm.withUTF8Buffer { value in
                if let language = literal.language {
                    return try language.withUTF8Buffer {
                        try body(TermRef(kind: .literal, value: value, language: $0))
                    }
                }
                if literal.datatype == XSD.string {
                    return try body(TermRef(kind: .literal, value: value))
                }
                return try literal.datatype.string.withUTF8Buffer {
                    try body(TermRef(kind: .literal, value: value, datatype: $0))
                }
            }
        }
    }
}

extension Quad {
    /// Copies a borrowed statement.
    public init(_ ref: QuadRef) {
        self.init(
            Term(ref.subject), IRI(unchecked: String(decoding: ref.predicate.value, as: UTF8.self)),
            Term(ref.object), graph: ref.graph.kind == .defaultGraph ? nil : Term(ref.graph))
    }

    /// Lends the quad as a ``QuadRef`` for the duration of `body`.
    public func withRef<R>(_ body: (QuadRef) throws -> R) rethrows -> R {
        try subject.withRef { s in
            try Term.iri(predicate).withRef { p in
                try object.withRef { o in
                    if let graph {
                        return try graph.withRef { g in try body(QuadRef(subject: s, predicate: p, object: o, graph: g)) }
                    }
                    return try body(QuadRef(subject: s, predicate: p, object: o))
                }
            }
        }
    }
}

extension Triple {
    /// Lends the triple as a ``QuadRef`` in the default graph for the duration of `body`.
    public func withRef<R>(_ body: (QuadRef) throws -> R) rethrows -> R {
        try Quad(self).withRef(body)
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without copying when the string is native.
    @inlinable
    public func withUTF8Buffer<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var copy = self
        return try copy.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
}

extension RDFSink {
    /// Sends an owned quad to the sink.
    public mutating func consume(_ quad: Quad) throws {
        try quad.withRef { try consume($0) }
    }

    /// Sends an owned triple to the sink, in the default graph.
    public mutating func consume(_ triple: Triple) throws {
        try Quad(triple).withRef { try consume($0) }
    }
}
