import RDFModel

extension Canonicalizer {
    /// The canonicalization state of RDFC-1.0 §4.2.
    struct State {
        let algorithm: HashAlgorithm
        var maximumWork: Int
        var work = 0
        /// How deep Hash N-Degree Quads has recursed: bounded, so a long chain of blank nodes gives
        /// an error instead of exhausting the stack.
        var depth = 0
        static let maximumDepth = 1_000
        var quads: [Quad] = []
        /// The quads each blank node (by label) appears in, as indices into `quads`.
        var quadsByNode: [String: [Int]] = [:]
        var canonical = IdentifierIssuer(prefix: "c14n")
        var firstDegree: [String: String] = [:]

        init(algorithm: HashAlgorithm, maximumWork: Int) {
            self.algorithm = algorithm
            self.maximumWork = maximumWork
        }

        func relabel(_ term: Term) -> Term {
            guard case .blankNode(let node) = term, let label = canonical.identifier(for: node.id) else { return term }
            return .blankNode(BlankNode(label))
        }

        /// Hash First Degree Quads (§4.6): the node's quads with itself as `_:a` and other blank
        /// nodes as `_:z`, sorted, hashed.
        mutating func hashFirstDegree(_ label: String) -> String {
            if let known = firstDegree[label] { return known }
            func mark(_ term: Term) -> Term {
                guard case .blankNode(let node) = term else { return term }
                return .blankNode(BlankNode(node.id == label ? "a" : "z"))
            }
            let lines = (quadsByNode[label] ?? []).map { index in
                let quad = quads[index]
                return Canonicalizer.nQuadsLine(Quad(mark(quad.subject), quad.predicate, mark(quad.object), graph: quad.graph.map(mark)))
            }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let hash = algorithm.hexDigest(Array(lines.joined().utf8))
            firstDegree[label] = hash
            return hash
        }

        /// Counts one step of N-degree hashing against the budget.
        mutating func step() throws(CanonicalizationError) {
            work += 1
            guard work <= maximumWork else {
                throw CanonicalizationError(
                    message: "canonicalization stopped after \(maximumWork) steps of blank-node hashing: the graph's blank nodes are too symmetric to be told apart in bounded time")
            }
        }

        /// Hash Related Blank Node (§4.7).
        mutating func hashRelated(
            _ related: String, _ quad: Quad, _ issuer: IdentifierIssuer, position: String
        ) throws(CanonicalizationError) -> String {
            try step()
            var input = position
            if position != "g" { input += "<" + quad.predicate.string + ">" }
            if let identifier = canonical.identifier(for: related) ?? issuer.identifier(for: related) {
                input += "_:" + identifier
            } else {
                input += hashFirstDegree(related)
            }
            return algorithm.hexDigest(Array(input.utf8))
        }

        /// Hash N-Degree Quads (§4.8), with the work bound.
        mutating func hashNDegree(
            _ label: String, _ start: IdentifierIssuer
        ) throws(CanonicalizationError) -> (hash: String, issuer: IdentifierIssuer) {
            try step()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else {
                throw CanonicalizationError(
                    message: "canonicalization stopped: blank nodes chained more than \(Self.maximumDepth) deep cannot be told apart in bounded space")
            }
            var issuer = start
            var related: [String: [String]] = [:]
            for index in quadsByNode[label] ?? [] {
                let quad = quads[index]
                for (term, position) in [(quad.subject, "s"), (quad.object, "o"), (quad.graph ?? .iri(RDF.type), "g")] {
                    guard case .blankNode(let node) = term, node.id != label else { continue }
                    if position == "g", quad.graph == nil { continue }
                    let hash = try hashRelated(node.id, quad, issuer, position: position)
                    related[hash, default: []].append(node.id)
                }
            }
            var data = ""
            for hash in related.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                data += hash
                var chosenPath = ""
                var chosenIssuer: IdentifierIssuer?
                for permutation in Permutations(related[hash] ?? []) {
                    var copy = issuer
                    var path = ""
                    var recursion: [String] = []
                    var skip = false
                    for node in permutation {
                        try step()
                        if let identifier = canonical.identifier(for: node) {
                            path += "_:" + identifier
                        } else {
                            if copy.identifier(for: node) == nil { recursion.append(node) }
                            path += "_:" + copy.issue(node)
                        }
                        if !chosenPath.isEmpty, path.utf8.count >= chosenPath.utf8.count, Self.greater(path, chosenPath) {
                            skip = true
                            break
                        }
                    }
                    if skip { continue }
                    for node in recursion {
                        let result = try hashNDegree(node, copy)
                        path += "_:" + copy.issue(node)
                        path += "<" + result.hash + ">"
                        copy = result.issuer
                        if !chosenPath.isEmpty, path.utf8.count >= chosenPath.utf8.count, Self.greater(path, chosenPath) {
                            skip = true
                            break
                        }
                    }
                    if skip { continue }
                    if chosenPath.isEmpty || Self.greater(chosenPath, path) {
                        chosenPath = path
                        chosenIssuer = copy
                    }
                }
                data += chosenPath
                if let chosenIssuer { issuer = chosenIssuer }
            }
            return (algorithm.hexDigest(Array(data.utf8)), issuer)
        }

        /// Code point order (UTF-8 byte order is the same).
        static func greater(_ a: String, _ b: String) -> Bool { b.utf8.lexicographicallyPrecedes(a.utf8) }
    }
}

/// All orderings of a list, in lexicographic order of positions (Heap's order is not needed:
/// RDFC-1.0 takes the smallest path whatever the order it is found in).
struct Permutations: Sequence, IteratorProtocol {
    private var items: [String]
    private var indices: [Int]
    private var first = true
    private var done = false

    init(_ items: [String]) {
        self.items = items
        indices = Array(items.indices)
        done = items.isEmpty
    }

    mutating func next() -> [String]? {
        guard !done else { return nil }
        if first {
            first = false
            return indices.map { items[$0] }
        }
        // The next permutation of the indices in lexicographic order.
        guard var i = indices.indices.last, i > 0 else { done = true; return nil }
        while i > 0, indices[i - 1] >= indices[i] { i -= 1 }
        guard i > 0 else { done = true; return nil }
        var j = indices.count - 1
        while indices[j] <= indices[i - 1] { j -= 1 }
        indices.swapAt(i - 1, j)
        indices[i...].reverse()
        return indices.map { items[$0] }
    }
}
