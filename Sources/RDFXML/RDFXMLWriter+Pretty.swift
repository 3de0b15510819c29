import RDFModel

/// Pretty mode's statements: every distinct term stored once, statements as term numbers, so
/// that sorting and grouping a large graph compares integers instead of strings.
struct TripleCollector {
    struct Encoded: Hashable {
        var subject: UInt32
        var predicate: UInt32
        var object: UInt32
    }

    private(set) var terms: [Term] = []
    private var ids: [Term: UInt32] = [:]
    private var triples: [Encoded] = []
    /// The last subject, which the next statement usually repeats.
    private var lastSubject: (kind: TermKind, bytes: [UInt8], id: UInt32)?

    mutating func insert(_ quad: QuadRef) {
        let subject: UInt32
        if let last = lastSubject, last.kind == quad.subject.kind,
            last.bytes.withUnsafeBytes({ memoryEquals($0, quad.subject.value) })
        {
            subject = last.id
        } else {
            subject = intern(Term(quad.subject))
            lastSubject = (quad.subject.kind, Array(quad.subject.value), subject)
        }
        triples.append(Encoded(subject: subject, predicate: intern(Term(quad.predicate)), object: intern(Term(quad.object))))
    }

    private mutating func intern(_ term: Term) -> UInt32 {
        if let id = ids[term] { return id }
        let id = UInt32(terms.count)
        terms.append(term)
        ids[term] = id
        return id
    }

    func id(of term: Term) -> UInt32? { ids[term] }

    /// The distinct statements sorted by subject, predicate, object (in ``Term`` order).
    func sorted() -> [Encoded] {
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in terms.indices.sorted(by: { terms[$0] < terms[$1] }).enumerated() {
            rank[id] = UInt32(position)
        }
        var result = triples.sorted {
            (rank[Int($0.subject)], rank[Int($0.predicate)], rank[Int($0.object)])
                < (rank[Int($1.subject)], rank[Int($1.predicate)], rank[Int($1.object)])
        }
        var write = 0
        for read in result.indices where read == 0 || result[read] != result[write - 1] {
            result[write] = result[read]
            write += 1
        }
        result.removeSubrange(write...)
        return result
    }
}

extension RDFXMLWriter {
    /// Writes everything collected in pretty mode: subjects sorted, all namespaces on `rdf:RDF`,
    /// a typed node element for a subject's first QName-able `rdf:type`.
    func writeCollected() throws {
        let triples = collected.sorted()
        let terms = collected.terms
        let typeID = collected.id(of: .iri(RDF.type))
        // Declare every namespace before rdf:RDF opens; remember each predicate's split.
        var predicateSplits: [UInt32: (namespace: Int, split: Int)] = [:]
        var classSplits: [UInt32: (namespace: Int, split: Int)?] = [:]
        for triple in triples where predicateSplits[triple.predicate] == nil {
            guard case .iri(let predicate) = terms[Int(triple.predicate)] else { continue }
            try predicate.string.withUTF8Buffer { p in
                let split = try predicateSplit(p)
                predicateSplits[triple.predicate] = (namespaceIndex(UnsafeRawBufferPointer(rebasing: p[..<split])), split)
            }
        }
        for triple in triples where triple.predicate == typeID && classSplits[triple.object] == nil {
            guard case .iri(let type) = terms[Int(triple.object)] else { continue }
            classSplits[triple.object] = type.string.withUTF8Buffer { t in
                typeSplit(t).map { (namespaceIndex(UnsafeRawBufferPointer(rebasing: t[..<$0])), $0) }
            }
        }
        try startDocument()
        var i = 0
        while i < triples.count {
            var end = i
            while end < triples.count, triples[end].subject == triples[i].subject { end += 1 }
            let typed = (i..<end).first { k in
                triples[k].predicate == typeID && classSplits[triples[k].object].map { $0 != nil } == true
            }
            scratch.removeAll()
            terms[Int(triples[i].subject)].withRef { subject in
                if let typed, case .iri(let type) = terms[Int(triples[typed].object)],
                    case let split?? = classSplits[triples[typed].object]
                {
                    type.string.withUTF8Buffer { openNode(subject, type: (split.namespace, $0, split.split)) }
                } else {
                    openNode(subject, type: nil)
                }
            }
            for k in i..<end where k != typed {
                guard let split = predicateSplits[triples[k].predicate],
                    case .iri(let predicate) = terms[Int(triples[k].predicate)]
                else { continue }
                scratch.removeAll()
                predicate.string.withUTF8Buffer { p in
                    terms[Int(triples[k].object)].withRef { writeProperty(split.namespace, p, split.split, $0) }
                }
            }
            closeNode()
            try check()
            i = end
        }
    }
}
