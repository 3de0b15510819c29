import RDFModel

/// A streaming RDF/XML parser on libxml2's SAX2 push interface.
///
/// Statements are handed to the sink as soon as they are complete; the document is never held in
/// memory. No network access and no external entities; internal entities declared in the
/// document's DTD subset work. Blank nodes from `rdf:nodeID` keep their label (`g…` becomes
/// `g_g…`); the ones the parser makes up are `g0`, `g1`, …
///
/// ```swift
/// var parser = RDFXMLParser(baseIRI: "http://example.org/doc")
/// var sink = CountingSink()
/// try bytes.withUnsafeBytes { try parser.append($0, into: &sink) }
/// try parser.finish(into: &sink)
/// ```
public struct RDFXMLParser: RDFPushParser {
    private let box: RDFXMLReaderBox

    /// - Parameters:
    ///   - baseIRI: the document's IRI, against which relative IRIs are resolved (`xml:base`
    ///     overrides it).
    ///   - lenient: record grammar errors (``takeRecoveredErrors()``) and skip the offending
    ///     element instead of throwing. XML well-formedness errors still end the document.
    public init(baseIRI: String? = nil, lenient: Bool = false) {
        box = RDFXMLReaderBox(baseIRI: baseIRI, lenient: lenient)
    }

    public mutating func append<S: RDFSink>(_ chunk: UnsafeRawBufferPointer, into sink: inout S) throws {
        try box.reader.pointee.append(chunk, into: &sink)
    }

    public mutating func finish<S: RDFSink>(into sink: inout S) throws {
        try box.reader.pointee.finish(into: &sink)
    }

    public mutating func takeRecoveredErrors() -> [RDFSyntaxError] {
        box.reader.pointee.takeRecoveredErrors()
    }
}
