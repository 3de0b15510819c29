import RDFModel

/// The part of a big graph that is drawn: a neighbourhood, or the most connected nodes.
enum GraphSelection {
    /// The nodes within `depth` edges of `centre` (edges followed either way) and the edges among them.
    static func neighbourhood(
        of centre: Set<Term>, depth: Int, nodes: Set<Term>, edges: Set<DOTWriter.Edge>
    ) -> (Set<Term>, Set<DOTWriter.Edge>) {
        var neighbours: [Term: [Term]] = [:]
        for edge in edges {
            neighbours[edge.from, default: []].append(edge.to)
            neighbours[edge.to, default: []].append(edge.from)
        }
        var reached = centre
        var frontier = centre
        for _ in 0..<depth {
            var next = Set<Term>()
            for node in frontier { for neighbour in neighbours[node] ?? [] where !reached.contains(neighbour) { next.insert(neighbour) } }
            reached.formUnion(next)
            frontier = next
        }
        return (reached, edges.filter { reached.contains($0.from) && reached.contains($0.to) })
    }

    /// The `maxEdges` edges between the most connected nodes: edges ranked by the degrees of
    /// their two ends (ties in edge order), and the nodes they touch.
    static func mostConnected(
        nodes: Set<Term>, edges: Set<DOTWriter.Edge>, maxEdges: Int
    ) -> (Set<Term>, Set<DOTWriter.Edge>) {
        var degree: [Term: Int] = [:]
        for edge in edges {
            degree[edge.from, default: 0] += 1
            degree[edge.to, default: 0] += 1
        }
        func score(_ edge: DOTWriter.Edge) -> Int { (degree[edge.from] ?? 0) + (degree[edge.to] ?? 0) }
        let kept = edges.sorted { score($0) != score($1) ? score($0) > score($1) : $0 < $1 }.prefix(maxEdges)
        return (Set(kept.flatMap { [$0.from, $0.to] }), Set(kept))
    }
}
