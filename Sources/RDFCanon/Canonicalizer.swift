import RDFModel

/// Why a dataset could not be canonicalized.
package struct CanonicalizationError: Error, Equatable, CustomStringConvertible, Sendable {
    package var message: String
    package var description: String { message }
}

/// RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, 21 May 2024): blank nodes relabelled
/// `c14n0`, `c14n1`, … so that isomorphic datasets give the same canonical N-Quads. The work of
/// the N-degree hashing (permutations of related blank nodes, which poison graphs make explode)
/// is bounded: past `maximumWork` steps the dataset is refused instead of hanging.
package struct Canonicalizer: Sendable {
    package var algorithm: HashAlgorithm
    /// The most steps of N-degree hashing allowed (calls of Hash N-Degree Quads, hashes of related
    /// blank nodes, blank nodes placed in a permutation), counted over the whole dataset; `nil`
    /// for 100,000 plus 10 per quad that has a blank node, a few seconds of work at most (every
    /// W3C test needs far less; the suite's poison graph, and bare chains and trees of blank nodes,
    /// which RDFC-1.0 can only tell apart in quadratic time, need far more).
    package var maximumWork: Int?

    package init(algorithm: HashAlgorithm = .sha256, maximumWork: Int? = nil) {
        self.algorithm = algorithm
        self.maximumWork = maximumWork
    }

    /// The canonical form: the quads with canonical blank node labels, as sorted canonical N-Quads
    /// lines, and the issued identifiers map (input label → canonical label).
    package struct Result: Sendable {
        package var nQuads: String
        package var issued: [String: String]
        package var quads: [Quad]
    }

    package func canonicalize(_ quads: [Quad]) throws(CanonicalizationError) -> Result {
        var state = State(algorithm: algorithm, maximumWork: 0)
        let unique = Array(Set(quads))
        var blankQuads = 0
        for (index, quad) in unique.enumerated() {
            let labels = Self.blankLabels(quad)
            if !labels.isEmpty { blankQuads += 1 }
            for label in labels where state.quadsByNode[label]?.last != index {
                state.quadsByNode[label, default: []].append(index)
            }
        }
        state.maximumWork = maximumWork ?? 100_000 + 10 * blankQuads
        // Without blank nodes the canonical form is the quads, sorted.
        if state.quadsByNode.isEmpty { return Result(nQuads: Self.sortedLines(unique), issued: [:], quads: unique) }
        state.quads = unique
        // Blank nodes with a unique first-degree hash are named first, in hash order.
        var byHash: [String: [String]] = [:]
        for label in state.quadsByNode.keys.sorted() { byHash[state.hashFirstDegree(label), default: []].append(label) }
        var shared: [(String, [String])] = []
        for hash in byHash.keys.sorted() {
            guard let labels = byHash[hash] else { continue }
            if labels.count == 1 { _ = state.canonical.issue(labels[0]) } else { shared.append((hash, labels)) }
        }
        // The others through their N-degree hashes.
        for (_, labels) in shared {
            var paths: [(hash: String, issuer: IdentifierIssuer)] = []
            for label in labels where state.canonical.identifier(for: label) == nil {
                var issuer = IdentifierIssuer(prefix: "b")
                _ = issuer.issue(label)
                paths.append(try state.hashNDegree(label, issuer))
            }
            for path in paths.sorted(by: { $0.hash.utf8.lexicographicallyPrecedes($1.hash.utf8) }) {
                for existing in path.issuer.order { _ = state.canonical.issue(existing) }
            }
        }
        let relabelled = unique.map { quad in
            Quad(
                state.relabel(quad.subject), quad.predicate, state.relabel(quad.object), graph: quad.graph.map(state.relabel))
        }
        return Result(nQuads: Self.sortedLines(relabelled), issued: state.canonical.issued, quads: relabelled)
    }

    /// The canonical N-Quads document of `quads`: their lines, distinct and sorted.
    static func sortedLines(_ quads: [Quad]) -> String {
        var lines = CanonicalLines(allowsBlankNodes: true)
        for quad in quads { lines.add(quad) }
        return lines.string()
    }

    static func blankLabels(_ quad: Quad) -> [String] {
        var labels: [String] = []
        if case .blankNode(let node) = quad.subject { labels.append(node.id) }
        if case .blankNode(let node) = quad.object { labels.append(node.id) }
        if case .blankNode(let node)? = quad.graph { labels.append(node.id) }
        return labels
    }

    /// A quad as a canonical N-Quads line, newline included.
    package static func nQuadsLine(_ quad: Quad) -> String {
        var line = "\(quad.subject) \(Term.iri(quad.predicate)) \(quad.object)"
        if let graph = quad.graph { line += " \(graph)" }
        return line + " .\n"
    }
}
