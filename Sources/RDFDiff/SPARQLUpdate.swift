import RDFModel

/// A diff as SPARQL 1.1 Update: `DELETE DATA` then `INSERT DATA`, named graphs in `GRAPH` blocks.
package enum SPARQLUpdate {
    /// The update, or an error when a removed statement has a blank node (DELETE DATA cannot
    /// name one; SPARQL 1.1 Update §3.1.2).
    package static func text(_ diff: GraphDiff) throws(PatchError) -> String {
        if diff.removed.contains(where: { Self.hasBlankNode($0) }) {
            throw PatchError(line: 0, message: "DELETE DATA cannot remove statements with blank nodes; use --format patch")
        }
        var parts: [String] = []
        if !diff.removed.isEmpty { parts.append("DELETE DATA {\n" + block(diff.removed) + "}") }
        if !diff.added.isEmpty { parts.append("INSERT DATA {\n" + block(diff.added) + "}") }
        return parts.joined(separator: " ;\n") + (parts.isEmpty ? "" : "\n")
    }

    static func hasBlankNode(_ quad: Quad) -> Bool {
        for term in [quad.subject, quad.object] + (quad.graph.map { [$0] } ?? []) {
            if case .blankNode = term { return true }
        }
        return false
    }

    static func block(_ quads: [Quad]) -> String {
        var out = ""
        let byGraph = Dictionary(grouping: quads) { $0.graph }
        for graph in byGraph.keys.sorted(by: { ($0.map { "\($0)" } ?? "") < ($1.map { "\($0)" } ?? "") }) {
            let lines = (byGraph[graph] ?? []).map { "\($0.subject) \(Term.iri($0.predicate)) \($0.object) ." }
            if let graph {
                out += "  GRAPH \(graph) {\n" + lines.map { "    " + $0 + "\n" }.joined() + "  }\n"
            } else {
                out += lines.map { "  " + $0 + "\n" }.joined()
            }
        }
        return out
    }
}
