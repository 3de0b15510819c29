import Foundation
import FoundationXML
import Testing

@testable import GraphRendering

@Suite("Graphviz rendering")
struct GraphvizRendererTests {
    static let dot = """
        digraph g { rankdir=LR;
          a [label="Zoë Müller"]; b [label="Global Energy AG"]; c [label="Zürich"];
          a -> b [label="works for"]; b -> c [label="based in"]; a -> c [label="born in"];
        }
        """

    @Test(arguments: ["dot", "neato", "fdp", "sfdp"])
    func svgHasOneElementPerNodeAndEdge(_ engine: String) throws {
        let svg = try GraphvizRenderer.render(dot: Self.dot, engine: engine, format: .svg)
        let document = try XMLDocument(data: Data(svg))
        let nodes = try document.nodes(forXPath: "//*[local-name()='g'][@class='node']")
        let edges = try document.nodes(forXPath: "//*[local-name()='g'][@class='edge']")
        #expect(nodes.count == 3 && edges.count == 3)
        #expect(String(decoding: svg, as: UTF8.self).contains("Zoë Müller"))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        for engine in ["dot", "sfdp"] {
            let first = try GraphvizRenderer.render(dot: Self.dot, engine: engine, format: .svg)
            let second = try GraphvizRenderer.render(dot: Self.dot, engine: engine, format: .svg)
            #expect(first == second, "\(engine)")
        }
    }

    @Test func pngAndPDFHaveTheirSignatures() throws {
        let png = try GraphvizRenderer.render(dot: Self.dot, engine: "dot", format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 2_000 && png.count < 2_000_000)
        let pdf = try GraphvizRenderer.render(dot: Self.dot, engine: "dot", format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.count > 1_000 && pdf.count < 2_000_000)
    }

    @Test(arguments: ["digraph { a -> }", "graph g { a -- b", "not dot at all {{{", ""])
    func malformedDOTIsAnErrorInOurWords(_ text: String) {
        #expect {
            try GraphvizRenderer.render(dot: text, engine: "dot", format: .svg)
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.message.hasPrefix("graphviz: cannot read the DOT graph")
        }
    }

    @Test func anUnknownLayoutIsAnError() {
        #expect(throws: RenderError(message: "unknown layout 'circle'; expected one of dot, neato, fdp, sfdp, circo, twopi")) {
            try GraphvizRenderer.render(dot: Self.dot, engine: "circle", format: .svg)
        }
    }
}
