import RDFModel

/// Writes RDF/XML through libxml2's `xmlTextWriter`.
///
/// Streaming (the default): statements are written as they arrive; consecutive statements about
/// the same subject share one node element, which is a typed node element (`<ex:Person …>`) when
/// the subject's first statement is an `rdf:type` whose class has a QName. Namespaces given to
/// `init` or declared with ``prefix(_:iri:)`` before the first statement go on `rdf:RDF`; other
/// predicate namespaces are declared on the elements that use them, as `ns0`, `ns1`, … (in order
/// of first use).
///
/// `pretty`: statements are collected, de-duplicated and written at ``finish()`` sorted by
/// subject, with every namespace declared on `rdf:RDF`.
///
/// Blank nodes are written with `rdf:nodeID`; a label that is not an XML NCName (or starts with
/// `u_`) becomes `u_` + the hex of its UTF-8 bytes.
///
/// - Throws: ``RDFSerializationError`` for a statement in a named graph, a predicate that cannot
///   be split into a namespace and an NCName local part (or is an RDF/XML syntax name such as
///   `rdf:li`), or a literal with a character XML 1.0 cannot carry.
public struct RDFXMLSerializer: RDFSerializer {
    private let writer: RDFXMLWriter

    public init(output: ByteOutput, prefixes: PrefixMap = PrefixMap(), pretty: Bool = false) {
        writer = RDFXMLWriter(output: output, prefixes: prefixes, pretty: pretty)
    }

    public mutating func consume(_ quad: QuadRef) throws {
        try writer.write(quad)
    }

    public mutating func prefix(_ name: String, iri: String) throws {
        writer.prefix(name, namespace: iri)
    }

    public mutating func finish() throws {
        if writer.pretty && !writer.finished {
            try writer.writeCollected()
        } else {
            writer.closeNode()
        }
        try writer.finishDocument()
    }
}
