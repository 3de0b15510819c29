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

    func sorted() -> [Triple] {
        var all = triples
        for (node, label) in labels { all.insert(Triple(.iri(node), RDFS.label, .literal(Literal(label)))) }
        return all.sorted()
    }
}
