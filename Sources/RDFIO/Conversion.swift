public import RDFModel

/// Streams a document from one syntax to another: a parser wired straight to a writer.
public enum Conversion {
    /// Converts `input` (in `from`) to `to`, writing to `output`; returns the number of statements.
    ///
    /// Streaming conversions write on a second thread while the parser reads (``WriterThread``);
    /// the output is the same as with `threaded: false`.
    ///
    /// - Parameters:
    ///   - pretty: buffer the whole graph and write it sorted and abbreviated.
    ///   - lenient: skip bad statements; each is passed to `recovered` as it is found.
    ///   - threaded: overlap parsing and writing on two threads (ignored with `pretty`).
    /// - Throws: ``RDFSyntaxError``, ``RDFSerializationError``, ``RDFIOError``.
    public static func convert(
        _ input: FileInput, from: RDFFormat, to: RDFFormat, output: ByteOutput,
        baseIRI: String? = nil, prefixes: PrefixMap = PrefixMap(), pretty: Bool = false,
        lenient: Bool = false, threaded: Bool = true, recovered: (RDFSyntaxError) -> Void = { _ in }
    ) throws -> Int {
        let writer = RDFWriter(format: to, output: output, prefixes: prefixes, pretty: pretty)
        guard threaded, !pretty else {
            var sink = CountingForwarder(inner: writer)
            try run(input, format: from, baseIRI: baseIRI, lenient: lenient, into: &sink, recovered: recovered)
            try sink.inner.finish()
            return sink.count
        }
        var sink = try WriterThread(writer)
        do {
            try run(input, format: from, baseIRI: baseIRI, lenient: lenient, into: &sink, recovered: recovered)
        } catch {
            sink.cancel()
            throw error
        }
        try sink.finish()
        return sink.count
    }

    /// Parses `input` and returns the number of statements, writing nothing.
    public static func count(
        _ input: FileInput, format: RDFFormat, baseIRI: String? = nil, lenient: Bool = false,
        recovered: (RDFSyntaxError) -> Void = { _ in }
    ) throws -> Int {
        var sink = CountingSink()
        try run(input, format: format, baseIRI: baseIRI, lenient: lenient, into: &sink, recovered: recovered)
        return sink.count
    }

    /// Parses `input` into `sink`, chunk by chunk.
    public static func run<S: RDFSink>(
        _ input: FileInput, format: RDFFormat, baseIRI: String?, lenient: Bool, into sink: inout S,
        recovered: (RDFSyntaxError) -> Void
    ) throws {
        var parser = RDFParser(format: format, baseIRI: baseIRI, lenient: lenient)
        try input.forEachChunk { chunk in
            try parser.append(chunk, into: &sink)
            if lenient { parser.takeRecoveredErrors().forEach(recovered) }
        }
        try parser.finish(into: &sink)
        if lenient { parser.takeRecoveredErrors().forEach(recovered) }
    }
}

/// Forwards everything to a serializer and counts the statements.
struct CountingForwarder<Inner: RDFSerializer>: RDFSink {
    var inner: Inner
    var count = 0

    mutating func consume(_ quad: QuadRef) throws {
        try inner.consume(quad)
        count &+= 1
    }

    mutating func prefix(_ name: String, iri: String) throws { try inner.prefix(name, iri: iri) }

    mutating func base(_ iri: String) throws { try inner.base(iri) }
}
