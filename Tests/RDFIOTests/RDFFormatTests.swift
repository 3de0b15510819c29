import RDFIO
import Testing

@Suite("RDFFormat")
struct RDFFormatTests {
    @Test(arguments: [
        ("nt", RDFFormat.nTriples), ("ntriples", .nTriples), ("N-Triples", .nTriples),
        ("nq", .nQuads), ("nquads", .nQuads), ("ttl", .turtle), ("turtle", .turtle), ("TriG", .trig),
        ("rdfxml", .rdfXML), ("xml", .rdfXML), ("rdf", .rdfXML),
    ])
    func formatFromName(name: String, format: RDFFormat) {
        #expect(RDFFormat(name: name) == format)
    }

    @Test(arguments: [
        ("text/turtle", RDFFormat.turtle), ("text/turtle; charset=utf-8", .turtle),
        ("application/n-triples", .nTriples), ("application/n-quads", .nQuads),
        ("application/trig", .trig), ("application/rdf+xml", .rdfXML), ("APPLICATION/RDF+XML", .rdfXML),
    ])
    func formatFromMediaType(mediaType: String, format: RDFFormat) {
        #expect(RDFFormat(mediaType: mediaType) == format)
    }

    @Test(arguments: [
        ("a/b/graph.nt", RDFFormat.nTriples), ("x.nq", .nQuads), ("article.TTL", .turtle), ("d.trig", .trig),
        ("onto.owl", .rdfXML), ("g.rdf", .rdfXML), ("dir.v2/file.ttl", .turtle),
    ])
    func formatFromPath(path: String, format: RDFFormat) {
        #expect(RDFFormat(path: path) == format)
    }

    @Test(arguments: ["json", "", "n3x", "text/html"])
    func unknownNamesGiveNil(name: String) {
        #expect(RDFFormat(name: name) == nil)
        #expect(RDFFormat(mediaType: name) == nil)
    }

    @Test(arguments: ["noextension", ".hidden", "dir.ttl/file", "a.json"])
    func pathsWithoutAKnownExtensionGiveNil(path: String) {
        #expect(RDFFormat(path: path) == nil)
    }

    @Test func everyFormatRoundTripsThroughItsOwnNames() {
        for format in RDFFormat.allCases {
            #expect(RDFFormat(name: format.name) == format)
            #expect(RDFFormat(mediaType: format.mediaType) == format)
            #expect(RDFFormat(fileExtension: format.fileExtension) == format)
        }
        #expect(RDFFormat.allCases.filter(\.supportsDatasets) == [.nQuads, .trig])
    }
}
