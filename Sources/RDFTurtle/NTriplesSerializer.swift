import RDFModel

/// A streaming writer of canonical [N-Triples](https://www.w3.org/TR/n-triples/) or
/// [N-Quads](https://www.w3.org/TR/n-quads/): one statement per line, terms in the canonical
/// form of ``RDFModel/OutputBuffer/appendNTriplesTerm(_:)``.
///
/// Bytes are handed to the output every 64 KiB and on ``finish()``; nothing is allocated per
/// statement. Keep one copy of a serializer: copies share the buffer.
///
/// ```swift
/// let output = MemoryOutput()
/// var writer = NTriplesSerializer(output: output, format: .nTriples)
/// try writer.consume(Triple(.iri(IRI(unchecked: "http://a")), RDF.type, .literal(Literal("x"))))
/// try writer.finish()
/// print(output.string) // <http://a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "x" .\n
/// ```
public struct NTriplesSerializer: RDFSerializer {
    @usableFromInline var writer: ByteWriter
    @usableFromInline let format: LineFormat

    public init(output: ByteOutput, format: LineFormat) {
        self.writer = ByteWriter(output: output)
        self.format = format
    }

    // MARK: - Public API

    /// Writes one statement.
    /// - Throws: ``RDFModel/RDFSerializationError`` for a named-graph quad in N-Triples, or what
    ///   the output throws.
    @inlinable
    public mutating func consume(_ quad: QuadRef) throws {
        let named = quad.graph.kind != .defaultGraph
        if named && format == .nTriples {
            throw RDFSerializationError("N-Triples cannot hold a statement in a named graph")
        }
        writer.appendNTriplesTerm(quad.subject)
        writer.append(UInt8(ascii: " "))
        writer.appendNTriplesIRI(quad.predicate.value)
        writer.append(UInt8(ascii: " "))
        writer.appendNTriplesTerm(quad.object)
        if named {
            writer.append(UInt8(ascii: " "))
            writer.appendNTriplesTerm(quad.graph)
        }
        writer.append(UInt8(ascii: " "), UInt8(ascii: "."))
        writer.append(UInt8(ascii: "\n"))
        try writer.flushIfNeeded()
    }

    /// Writes the buffered bytes to the output.
    public mutating func finish() throws { try writer.flush() }
}
