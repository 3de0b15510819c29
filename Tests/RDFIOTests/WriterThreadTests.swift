import Foundation
import RDFIO
import RDFModel
import Testing

@Suite("WriterThread")
struct WriterThreadTests {
    /// A document with prefixes, blank nodes, escapes, language tags and datatypes, long enough to
    /// fill many batches.
    static let turtle: String = {
        var text = "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        for i in 0..<3000 {
            text += "ex:s\(i) ex:p \"v\\\"\(i)\\n\"@en, \(i) ; ex:q [ ex:r ex:o\(i % 7) ] ; ex:d \"\(i).5\"^^xsd:decimal .\n"
        }
        return text
    }()

    static func convert(_ format: RDFFormat, threaded: Bool, batchSize: Int = 1 << 16) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wt-\(UUID().uuidString).ttl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(Self.turtle.utf8).write(to: url)
        let output = MemoryOutput()
        _ = try Conversion.convert(try FileInput(path: url.path), from: .turtle, to: format, output: output, threaded: threaded)
        return output.bytes
    }

    @Test(arguments: RDFFormat.allCases)
    func threadedOutputIsIdenticalToDirectOutput(format: RDFFormat) throws {
        let direct = try Self.convert(format, threaded: false)
        let threaded = try Self.convert(format, threaded: true)
        #expect(direct.count > 100_000)
        #expect(threaded == direct)
    }

    @Test(arguments: [1, 100, 1 << 12])
    func smallBatchesKeepEveryStatementInOrder(batchSize: Int) throws {
        let dataset = try RDFParser.parse(Self.turtle, format: .turtle)
        let direct = MemoryOutput()
        var writer = RDFWriter(format: .nTriples, output: direct)
        let threadedOutput = MemoryOutput()
        var thread = try WriterThread(RDFWriter(format: .nTriples, output: threadedOutput), batchSize: batchSize, queueLength: 2)
        for quad in dataset.sorted() {
            try writer.consume(quad)
            try quad.withRef { try thread.consume($0) }
        }
        try writer.finish()
        try thread.finish()
        #expect(threadedOutput.bytes == direct.bytes)
    }

    @Test func aWriterErrorReachesTheParsingSide() throws {
        var thread = try WriterThread(RDFWriter(format: .nTriples, output: MemoryOutput()), batchSize: 1)
        let named = Quad(.iri(IRI(unchecked: "http://a")), IRI(unchecked: "http://b"), .iri(IRI(unchecked: "http://c")), graph: .iri(IRI(unchecked: "http://g")))
        #expect(throws: RDFSerializationError.self) {
            for _ in 0..<100 { try named.withRef { try thread.consume($0) } }
            try thread.finish()
        }
    }

    @Test func anOutputErrorReachesTheParsingSide() throws {
        final class BrokenOutput: ByteOutput {
            struct Broken: Error {}
            func write(_ bytes: UnsafeRawBufferPointer) throws { throw Broken() }
        }
        #expect(throws: BrokenOutput.Broken.self) {
            var thread = try WriterThread(RDFWriter(format: .nTriples, output: BrokenOutput()), batchSize: 1)
            let quad = Quad(.iri(IRI(unchecked: "http://a")), IRI(unchecked: "http://b"), .literal(Literal(String(repeating: "x", count: 70_000))))
            for _ in 0..<10 { try quad.withRef { try thread.consume($0) } }
            try thread.finish()
        }
    }

    @Test func cancelStopsWithoutCompletingTheDocument() throws {
        let output = MemoryOutput()
        var thread = try WriterThread(RDFWriter(format: .rdfXML, output: output))
        try Quad(.iri(IRI(unchecked: "http://a")), IRI(unchecked: "http://e/b"), .literal(Literal("x"))).withRef { try thread.consume($0) }
        thread.cancel()
        #expect(!output.string.contains("</rdf:RDF>"))
    }
}
