import RDFModel

/// A streaming writer of [Turtle](https://www.w3.org/TR/turtle/) or [TriG](https://www.w3.org/TR/trig/).
///
/// Like serdi, it abbreviates what it can see without buffering: consecutive statements with the
/// same subject share it (`;`), with the same subject and predicate share both (`,`); `a` stands
/// for rdf:type; IRIs become prefixed names when a prefix fits and the local part is a plain
/// PN_LOCAL; numbers and booleans are written bare when their lexical form is exactly the
/// grammar's. In TriG, consecutive statements of one graph share a `<g> { … }` (or `{ … }`) block, written without the optional `GRAPH` keyword, which
/// older readers (raptor 2.0) reject
/// block. Prefixes given at init are written first; prefix and base declarations received later
/// are written where they arrive. For sorted, fully abbreviated output see ``TurtlePrettySerializer``.
///
/// ```swift
/// let output = MemoryOutput()
/// var writer = TurtleSerializer(output: output, prefixes: PrefixMap([("ex", "http://ex/")]))
/// try writer.consume(Triple(.iri(IRI(unchecked: "http://ex/s")), RDF.type, .iri(IRI(unchecked: "http://ex/C"))))
/// try writer.finish()
/// print(output.string) // "@prefix ex: <http://ex/> .\n\nex:s\n    a ex:C .\n"
/// ```
/// Keep one copy of a serializer: copies share the buffer.
public struct TurtleSerializer: RDFSerializer {
    var writer: ByteWriter
    var terms = TurtleTermWriter()
    let format: TurtleFormat
    var subject = TermMemo()
    var predicate = TermMemo()
    var graph = TermMemo()
    /// A statement was written and waits for its terminator.
    var statementOpen = false
    /// A TriG graph block is open.
    var graphOpen = false
    /// What was written last, to place blank lines between blocks.
    var last = Written.nothing

    enum Written { case nothing, directive, statement, openBrace, closedBlock }

    public init(
        output: ByteOutput, format: TurtleFormat = .turtle, prefixes: PrefixMap = PrefixMap(), baseIRI: String? = nil
    ) {
        self.writer = ByteWriter(output: output)
        self.format = format
        if let baseIRI { writeBase(baseIRI) }
        for entry in prefixes.entries { writePrefix(entry.name, entry.namespace) }
    }

    // MARK: - Public API

    /// Writes one statement.
    /// - Throws: ``RDFModel/RDFSerializationError`` for a named-graph quad in Turtle, or what the
    ///   output throws.
    public mutating func consume(_ quad: QuadRef) throws {
        if format == .trig {
            if !graphOpen || !graph.matches(quad.graph) { openGraph(quad.graph) }
        } else if quad.graph.kind != .defaultGraph {
            throw RDFSerializationError("Turtle cannot hold a statement in a named graph; use TriG")
        }
        let indent = graphOpen ? 4 : 0
        if statementOpen && subject.matches(quad.subject) {
            if predicate.matches(quad.predicate) {
                writer.append(UInt8(ascii: " "), UInt8(ascii: ","))
                newline(indent: indent + 8)
                terms.write(quad.object, into: &writer)
                try writer.flushIfNeeded()
                return
            }
            writer.append(UInt8(ascii: " "), UInt8(ascii: ";"))
            newline(indent: indent + 4)
            writePredicate(quad.predicate)
        } else {
            if statementOpen {
                writer.append(" .\n\n")
            } else if last != .nothing && last != .openBrace {
                writer.append(UInt8(ascii: "\n"))
            }
            last = .statement
            writer.reserve(indent)
            for _ in 0..<indent { writer.append(UInt8(ascii: " ")) }
            terms.write(quad.subject, into: &writer)
            subject.set(quad.subject)
            newline(indent: indent + 4)
            writePredicate(quad.predicate)
            statementOpen = true
        }
        writer.append(UInt8(ascii: " "))
        terms.write(quad.object, into: &writer)
        try writer.flushIfNeeded()
    }

    /// Binds a prefix and writes its `@prefix` line, unless it is bound so already.
    public mutating func prefix(_ name: String, iri: String) throws {
        closeBlocks()
        writePrefix(name, iri)
        try writer.flushIfNeeded()
    }

    /// Sets the base IRI and writes its `@base` line.
    public mutating func base(_ iri: String) throws {
        closeBlocks()
        writeBase(iri)
        try writer.flushIfNeeded()
    }

    /// Ends the last statement and graph block and writes everything to the output.
    public mutating func finish() throws {
        closeBlocks()
        try writer.flush()
    }

    // MARK: - Private helpers

    private mutating func writePredicate(_ term: TermRef) {
        terms.writePredicate(term.value, into: &writer)
        predicate.set(term)
    }

    private mutating func newline(indent: Int) {
        writer.reserve(indent + 1)
        writer.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { writer.append(UInt8(ascii: " ")) }
    }

    /// Ends the open statement and graph block, so that a directive or a new block can follow.
    private mutating func closeBlocks() {
        if statementOpen {
            writer.append(" .\n")
            statementOpen = false
        }
        if graphOpen {
            writer.append("}\n")
            graphOpen = false
            last = .closedBlock
        }
    }

    private mutating func openGraph(_ name: TermRef) {
        closeBlocks()
        if last != .nothing { writer.append(UInt8(ascii: "\n")) }
        last = .openBrace
        if name.kind == .defaultGraph {
            writer.append(UInt8(ascii: "{"))
        } else {
            terms.write(name, into: &writer)
            writer.append(" {")
        }
        writer.append(UInt8(ascii: "\n"))
        graph.set(name)
        graphOpen = true
    }

    private mutating func writePrefix(_ name: String, _ namespace: String) {
        guard terms.namespaces.bind(name, namespace) else { return }
        separateDirective()
        writer.append("@prefix ")
        writer.append(name)
        writer.append(": ")
        namespace.withUTF8Buffer { writer.appendNTriplesIRI($0) }
        writer.append(" .\n")
    }

    private mutating func writeBase(_ iri: String) {
        separateDirective()
        writer.append("@base ")
        iri.withUTF8Buffer { writer.appendNTriplesIRI($0) }
        writer.append(" .\n")
        terms.setBase(iri)
    }

    /// A blank line between statements and a following directive.
    private mutating func separateDirective() {
        if last != .nothing && last != .directive { writer.append(UInt8(ascii: "\n")) }
        last = .directive
    }
}
