import Foundation
import FoundationXML
import Testing

@Suite("newsgraph render")
struct RenderCommandTests {
    static let turtle = """
        @prefix schema: <http://schema.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix ng: <https://newsgraph.dev/ontology#> .
        @prefix e: <http://example.org/> .
        e:esper a schema:Person ; rdfs:label "Mark Esper" ; ng:visit e:vietnam ; ng:meet e:lich .
        e:lich a schema:Person ; rdfs:label "Ngo Xuan Lich" .
        e:vietnam a schema:Country ; rdfs:label "Vietnam" .
        """

    static func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    @Test func anRDFFileBecomesAnSVGWithOneNodePerEntityAndOneEdgePerTriple() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(Self.turtle, "g.ttl", in: dir)
        let result = try CLIRunner.run(["render", "g.ttl", "-o", "g.svg"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try XMLDocument(contentsOf: dir.appendingPathComponent("g.svg"))
        let nodes = try document.nodes(forXPath: "//*[local-name()='g'][@class='node']")
        let edges = try document.nodes(forXPath: "//*[local-name()='g'][@class='edge']")
        // Three entities and the legend's two kinds (person, place).
        #expect(nodes.count == 3 + 2)
        #expect(edges.count == 2)
        let again = try CLIRunner.run(["render", "g.ttl", "-o", "h.svg"], in: dir)
        #expect(again.status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("g.svg")) == Data(contentsOf: dir.appendingPathComponent("h.svg")))
    }

    @Test func pngAndPDFAreWritten() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(Self.turtle, "g.ttl", in: dir)
        #expect(try CLIRunner.run(["render", "g.ttl", "-o", "g.png", "--layout", "neato"], in: dir).status == 0)
        #expect(try CLIRunner.run(["render", "g.ttl", "-o", "g.pdf", "--focus", "Vietnam"], in: dir).status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("g.png")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try Data(contentsOf: dir.appendingPathComponent("g.pdf")).starts(with: Array("%PDF-".utf8)))
    }

    @Test func errorsAreOursAndLeaveNoFile() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(Self.turtle, "g.ttl", in: dir)
        try Self.write("<a> <b> .\n", "bad.nt", in: dir)
        let unknown = try CLIRunner.run(["render", "g.ttl", "-o", "x.svg", "--focus", "Nobody"], in: dir)
        #expect(unknown.status == 1 && unknown.stderr == "newsgraph: error: no entity 'Nobody' in the graph\n")
        let syntax = try CLIRunner.run(["render", "bad.nt", "-o", "y.svg"], in: dir)
        #expect(syntax.status == 1 && syntax.stderr.hasPrefix("bad.nt:1:"))
        let layout = try CLIRunner.run(["render", "g.ttl", "-o", "z.svg", "--layout", "circle"], in: dir)
        #expect(layout.status == 2)
        for name in ["x.svg", "y.svg", "z.svg"] {
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name)")
        }
    }
}
