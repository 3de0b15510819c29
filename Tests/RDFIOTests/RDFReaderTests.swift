import Foundation
import RDFIO
import RDFModel
import Testing

@Suite("RDFReader (pull parsing)")
struct RDFReaderTests {
    static let turtle = """
        @prefix ex: <http://example.org/> .
        ex:a ex:p 1, 2, 3 ; ex:q [ ex:r "x" ] .
        ex:b ex:p ( 1 2 ) .

        """

    static func pullAll(_ reader: RDFReader) throws -> [Quad] {
        var quads: [Quad] = []
        while let quad = try reader.next() { quads.append(quad) }
        return quads
    }

    @Test(arguments: [1, 3, 17, 1 << 16])
    func pullingGivesTheSameStatementsAsParsingWhole(chunkSize: Int) throws {
        let whole = try RDFParser.parse(Self.turtle, format: .turtle)
        let reader = RDFReader(bytes: Array(Self.turtle.utf8), format: .turtle, chunkSize: chunkSize)
        let pulled = try Self.pullAll(reader)
        #expect(pulled.count == 10)
        #expect(Dataset(pulled) == whole)
        #expect(try reader.next() == nil)
    }

    @Test func readsAFileInChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).nt")
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = (0..<5000).map { "<http://e/s\($0)> <http://e/p> \"v\($0)\" .\n" }.joined()
        try Data(lines.utf8).write(to: url)
        let reader = RDFReader(try FileInput(path: url.path), format: .nTriples)
        var count = 0
        while let quad = try reader.next() {
            #expect(quad.subject == .iri(IRI(unchecked: "http://e/s\(count)")))
            count += 1
        }
        #expect(count == 5000)
    }

    @Test func aSyntaxErrorIsThrownAfterTheGoodStatements() throws {
        let text = "<http://a> <http://b> <http://c> .\n<http://a> <http://b> .\n"
        let reader = RDFReader(bytes: Array(text.utf8), format: .nTriples, chunkSize: 4)
        #expect(try reader.next() != nil)
        #expect(throws: RDFSyntaxError.self) { _ = try reader.next() }
    }

    @Test func lenientReadingSkipsAndReports() throws {
        let text = "<http://a> <http://b> <http://c> .\nbad\n<http://a> <http://b> <http://d> .\n"
        let reader = RDFReader(bytes: Array(text.utf8), format: .nTriples, lenient: true)
        #expect(try Self.pullAll(reader).count == 2)
        let errors = reader.takeRecoveredErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.position.line == 1)
    }
}
