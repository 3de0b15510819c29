import RDFModel
import RDFXML

/// Collects owned copies of what a parser emits.
struct CollectingSink: RDFSink {
    var quads: [Quad] = []
    mutating func consume(_ quad: QuadRef) throws { quads.append(Quad(quad)) }
}

/// A sink that fails on its `limit`-th statement.
struct FailingSink: RDFSink {
    struct Stop: Error, Equatable {}
    var limit: Int
    var seen = 0
    mutating func consume(_ quad: QuadRef) throws {
        seen += 1
        if seen >= limit { throw Stop() }
    }
}

/// Parses `document` in chunks of `chunkSize` bytes (0: one chunk) and returns the N-Triples lines.
func parseRDFXML(
    _ document: String, base: String? = "http://example.org/doc", chunkSize: Int = 0, lenient: Bool = false
) throws -> [String] {
    try parseQuads(document, base: base, chunkSize: chunkSize, lenient: lenient).map(\.description)
}

func parseQuads(
    _ document: String, base: String? = "http://example.org/doc", chunkSize: Int = 0, lenient: Bool = false
) throws -> [Quad] {
    var parser = RDFXMLParser(baseIRI: base, lenient: lenient)
    var sink = CollectingSink()
    let bytes = Array(document.utf8)
    try bytes.withUnsafeBytes { buffer in
        let step = chunkSize > 0 ? chunkSize : max(buffer.count, 1)
        var offset = 0
        while offset < buffer.count {
            let n = min(step, buffer.count - offset)
            try parser.append(UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + n]), into: &sink)
            offset += n
        }
    }
    try parser.finish(into: &sink)
    return sink.quads
}

/// The error parsing `document` throws, if any.
func parseError(_ document: String, base: String? = "http://example.org/doc", chunkSize: Int = 0) -> RDFSyntaxError? {
    do {
        _ = try parseQuads(document, base: base, chunkSize: chunkSize)
        return nil
    } catch let error as RDFSyntaxError {
        return error
    } catch {
        return RDFSyntaxError("not a syntax error: \(error)", at: .start)
    }
}

/// Serializes `quads` to RDF/XML.
func serialize(_ quads: [Quad], prefixes: PrefixMap = PrefixMap(), pretty: Bool = false) throws -> String {
    let output = MemoryOutput()
    var serializer = RDFXMLSerializer(output: output, prefixes: prefixes, pretty: pretty)
    for quad in quads { try serializer.consume(quad) }
    try serializer.finish()
    return output.string
}

let rdfHeader = #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">"#

func iri(_ s: String) -> Term { .iri(IRI(unchecked: s)) }
func ex(_ local: String) -> IRI { IRI(unchecked: "http://example.org/" + local) }
