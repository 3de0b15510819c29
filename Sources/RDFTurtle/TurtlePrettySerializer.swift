import RDFModel

/// A writer of deterministic, fully abbreviated [Turtle](https://www.w3.org/TR/turtle/) or
/// [TriG](https://www.w3.org/TR/trig/): it collects every statement and writes the document on
/// ``finish()``.
///
/// The output has `@prefix` lines for the prefixes actually used, sorted by name; subjects
/// sorted (IRIs, then blank nodes); `a` (rdf:type) first, then predicates sorted, each with its
/// objects sorted; well-formed RDF collections as `( … )`; blank nodes referenced exactly once
/// (and only in one graph) inlined as `[ … ]`, without ever creating a cycle; unreferenced blank
/// nodes as `[ … ] .`. TriG writes the default graph first, then each named graph, sorted, in a
/// `<g> { … }` block. The same statements, prefixes and base always give the same bytes.
///
/// ```swift
/// let output = MemoryOutput()
/// var writer = TurtlePrettySerializer(output: output, prefixes: PrefixMap([("ex", "http://ex/")]))
/// try writer.consume(Triple(.iri(IRI(unchecked: "http://ex/s")), RDF.type, .iri(IRI(unchecked: "http://ex/C"))))
/// try writer.finish()
/// print(output.string) // "@prefix ex: <http://ex/> .\n\nex:s\n    a ex:C .\n"
/// ```
/// Memory: the whole dataset and the whole output.
public struct TurtlePrettySerializer: RDFSerializer {
    let output: ByteOutput
    let format: TurtleFormat
    var terms = TurtleTermWriter()
    var baseIRI: String?
    var dataset = Dataset()

    public init(
        output: ByteOutput, format: TurtleFormat = .turtle, prefixes: PrefixMap = PrefixMap(), baseIRI: String? = nil
    ) {
        self.output = output
        self.format = format
        for entry in prefixes.entries { terms.namespaces.bind(entry.name, entry.namespace) }
        if let baseIRI { setBase(baseIRI) }
    }

    // MARK: - Public API

    /// Keeps a copy of the statement.
    /// - Throws: ``RDFModel/RDFSerializationError`` for a named-graph quad in Turtle.
    public mutating func consume(_ quad: QuadRef) throws {
        if format == .turtle && quad.graph.kind != .defaultGraph {
            throw RDFSerializationError("Turtle cannot hold a statement in a named graph; use TriG")
        }
        try dataset.consume(quad)
    }

    /// Binds a prefix (the last binding of a name wins); it is written only if used.
    public mutating func prefix(_ name: String, iri: String) throws {
        terms.namespaces.bind(name, iri)
    }

    /// Sets the base IRI (the last one wins), written as `@base` at the top.
    public mutating func base(_ iri: String) throws { setBase(iri) }

    /// Writes the document.
    public mutating func finish() throws {
        let body = ChunkCollector()
        var writer = ByteWriter(output: body)
        let usage = TurtleTermWriter.PrefixUsage()
        terms.usage = usage
        var renderer = PrettyRenderer(dataset: dataset, terms: terms, format: format)
        renderer.render(into: &writer)
        try writer.flush()
        terms.usage = nil

        var header = ByteWriter(output: output)
        if let baseIRI {
            header.append("@base ")
            baseIRI.withUTF8Buffer { header.appendNTriplesIRI($0) }
            header.append(" .\n")
        }
        let used = usage.entries.map { terms.namespaces.binding($0) }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        for (name, namespace) in used {
            header.append("@prefix ")
            header.append(name)
            header.append(": ")
            namespace.withUTF8Buffer { header.appendNTriplesIRI($0) }
            header.append(" .\n")
        }
        if header.count > 0 && !body.chunks.isEmpty { header.append(UInt8(ascii: "\n")) }
        try header.flush()
        for chunk in body.chunks { try chunk.withUnsafeBytes { try output.write($0) } }
    }

    // MARK: - Private helpers

    private mutating func setBase(_ iri: String) {
        baseIRI = iri
        terms.setBase(iri)
    }
}

/// A ``RDFModel/ByteOutput`` that keeps the chunks it receives.
final class ChunkCollector: ByteOutput {
    var chunks: [[UInt8]] = []
    func write(_ bytes: UnsafeRawBufferPointer) throws { chunks.append(Array(bytes)) }
}
