/// Receives the statements and directives of an RDF document as a parser reads it.
///
/// Parsers push into a sink; writers, ``Dataset`` and store clients are sinks, so a conversion is
/// a parser wired straight to a writer and never builds a model it does not need.
public protocol RDFSink {
    /// Receives one statement. Its buffers are valid only during the call.
    mutating func consume(_ quad: QuadRef) throws
    /// Receives a prefix declaration (`@prefix name: <iri>`), with `name` lacking the colon.
    mutating func prefix(_ name: String, iri: String) throws
    /// Receives a base IRI declaration.
    mutating func base(_ iri: String) throws
}

extension RDFSink {
    public mutating func prefix(_ name: String, iri: String) throws {}
    public mutating func base(_ iri: String) throws {}
}

/// A sink that serializes what it receives; ``finish()`` completes the document and flushes it.
public protocol RDFSerializer: RDFSink {
    mutating func finish() throws
}

/// A push parser: fed chunk by chunk, it emits every complete statement into a sink.
///
/// The statements and errors are the same however the input is split into chunks.
public protocol RDFPushParser {
    /// Feeds the next chunk of the document.
    /// - Throws: ``RDFSyntaxError`` (unless lenient) or whatever the sink throws.
    mutating func append<S: RDFSink>(_ chunk: UnsafeRawBufferPointer, into sink: inout S) throws
    /// Signals the end of the document and emits what remains.
    mutating func finish<S: RDFSink>(into sink: inout S) throws
    /// Errors skipped in lenient mode since the last call, in document order.
    mutating func takeRecoveredErrors() -> [RDFSyntaxError]
}

/// A sink that counts statements and drops them.
public struct CountingSink: RDFSink {
    public var count = 0
    public init() {}
    @inlinable public mutating func consume(_ quad: QuadRef) throws { count &+= 1 }
}
