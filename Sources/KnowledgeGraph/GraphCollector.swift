import RDFModel

/// The triples of one article graph as they are found, duplicates dropped. Concepts and roles
/// get one label each: of the wordings that name the same node, the one that sorts last (lower
/// case sorts after capitals, so `bilateral relations` wins over `Bilateral Relations`).
struct GraphCollector {
    private var triples: Set<Triple> = []
    private var labels: [IRI: String] = [:]

    mutating func add(_ subject: Term, _ predicate: IRI, _ object: Term) {
        triples.insert(Triple(subject, predicate, object))
    }

    /// A concept or role node: its type, and a label candidate.
    mutating func addNode(_ node: IRI, type: IRI, label: String) {
        triples.insert(Triple(.iri(node), RDF.type, .iri(type)))
        if labels[node].map({ $0 < label }) ?? true { labels[node] = label }
    }

    /// The triples in ``Triple`` order. Each distinct term is compared once, to rank it; the
    /// triples are then sorted by their terms' ranks, which is the same order at a fraction of
    /// the string comparisons.
    func sorted() -> [Triple] {
        var all = Array(triples)
        for (node, label) in labels where !triples.contains(Triple(.iri(node), RDFS.label, .literal(Literal(label)))) {
            all.append(Triple(.iri(node), RDFS.label, .literal(Literal(label))))
        }
        var ranks: [Term: Int] = [:]
        for triple in all {
            ranks[triple.subject] = 0
            ranks[.iri(triple.predicate)] = 0
            ranks[triple.object] = 0
        }
        guard ranks.count < 1 << 21 else { return all.sorted() }
        for (rank, term) in ranks.keys.sorted().enumerated() { ranks[term] = rank }
        let keyed = all.map { triple in
            (key: ((ranks[triple.subject] ?? 0) << 42) | ((ranks[.iri(triple.predicate)] ?? 0) << 21) | (ranks[triple.object] ?? 0), triple)
        }
        return keyed.sorted { $0.key < $1.key }.map(\.1)
    }
}
