import RDFModel

/// What `DOTWriter` draws.
package struct DOTOptions: Sendable {
    /// Draw statement, sentence and article nodes and their provenance edges too.
    package var showProvenance = false
    /// A caption under the graph.
    package var caption: String?

    package init(showProvenance: Bool = false, caption: String? = nil) {
        self.showProvenance = showProvenance
        self.caption = caption
    }
}

/// GraphViz DOT for any RDF graph, deterministic: entities as nodes labelled with their
/// `rdfs:label` (or `schema:name`, or the IRI's local name), shaped and coloured by type, edges
/// labelled with the predicate's label (or its local name in words); literal values folded into
/// the node's tooltip; provenance and metadata hidden unless asked for; a legend of the node
/// types drawn.
package enum DOTWriter {
    static let labelPredicates: Set<String> = [RDFS.label.string, "http://schema.org/name", "https://schema.org/name"]
    static let hiddenTypes: Set<String> = [
        RDF.statement.string, "https://newsgraph.dev/ontology#Sentence", "http://schema.org/NewsArticle",
        "https://schema.org/NewsArticle",
    ]
    static let hiddenPredicates: Set<String> = [
        RDF.type.string, RDF.subject.string, RDF.predicate.string, RDF.object.string,
        "https://newsgraph.dev/ontology#mentionedIn", "https://newsgraph.dev/ontology#extractedFrom",
        "https://newsgraph.dev/ontology#inArticle",
    ]
    static let provenanceNamespaces = ["http://www.w3.org/ns/prov#"]

    package static func dot(_ triples: [Triple], options: DOTOptions = DOTOptions()) -> String {
        var labels: [Term: String] = [:]
        var predicateLabels: [IRI: String] = [:]
        var kinds: [Term: NodeKind] = [:]
        var hidden = Set<Term>()
        for triple in triples {
            if labelPredicates.contains(triple.predicate.string), case .literal(let literal) = triple.object {
                if labels[triple.subject].map({ literal.lexicalForm < $0 }) ?? true { labels[triple.subject] = literal.lexicalForm }
                if triple.predicate == RDFS.label, case .iri(let iri) = triple.subject { predicateLabels[iri] = literal.lexicalForm }
            }
            if triple.predicate == RDF.type, case .iri(let type) = triple.object {
                if let kind = NodeKind.classes[type.string] { kinds[triple.subject] = min(kinds[triple.subject] ?? .other, kind) }
                if hiddenTypes.contains(type.string), !options.showProvenance { hidden.insert(triple.subject) }
            }
        }
        var edges = Set<Edge>()
        var facts: [Term: [String]] = [:]
        for triple in triples where !hidden.contains(triple.subject) {
            let predicate = triple.predicate.string
            if !options.showProvenance, hiddenPredicates.contains(predicate) || provenanceNamespaces.contains(where: predicate.hasPrefix) {
                continue
            }
            if labelPredicates.contains(predicate) || triple.predicate == RDF.type { continue }
            let name = predicateLabels[triple.predicate] ?? localWords(triple.predicate)
            switch triple.object {
            case .literal(let literal):
                facts[triple.subject, default: []].append(name + ": " + literal.lexicalForm)
            case .iri, .blankNode:
                guard !hidden.contains(triple.object) else { continue }
                edges.insert(Edge(from: triple.subject, to: triple.object, label: name))
            }
        }
        if !options.showProvenance { edges.formUnion(unassertedStatements(triples, labels: labels, predicateLabels: predicateLabels)) }
        var nodes = Set<Term>()
        for edge in edges {
            nodes.insert(edge.from)
            nodes.insert(edge.to)
        }
        for (term, kind) in kinds where kind != .other && !hidden.contains(term) { nodes.insert(term) }
        let ordered = nodes.sorted()
        var ids: [Term: String] = [:]
        for (number, term) in ordered.enumerated() { ids[term] = "n\(number)" }

        var out = "digraph newsgraph {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=LR, overlap=false, splines=true, nodesep=0.35, ranksep=0.6, "
        out += "fontname=\"Helvetica\", fontsize=12"
        if let caption = options.caption { out += ", labelloc=b, label=" + DOTEscaping.quoted(caption) }
        out += "];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.12,0.06\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#5c677d\", fontcolor=\"#343a40\", arrowsize=0.7];\n"
        for term in ordered {
            guard let id = ids[term] else { continue }
            let kind = kinds[term] ?? .other
            let label = DOTEscaping.wrapped(labels[term] ?? localWords(term))
            var tooltip = [kind.name + (term.iriString.map { " " + $0 } ?? "")]
            tooltip += (facts[term] ?? []).sorted()
            out += "  \(id) [label=\(DOTEscaping.quoted(label)), tooltip=\(DOTEscaping.quoted(tooltip.joined(separator: "\n"))), "
            out += kind.attributes + "];\n"
        }
        for edge in edges.sorted() {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            out += "  \(from) -> \(to) [label=\(DOTEscaping.quoted(DOTEscaping.wrapped(edge.label, width: 18)))"
            out += edge.dashed ? ", style=dashed];\n" : "];\n"
        }
        let used = Set(ordered.map { kinds[$0] ?? .other }).sorted()
        if !used.isEmpty {
            out += "  subgraph cluster_legend {\n    label=\"legend\"; fontsize=10; color=\"#adb5bd\"; style=rounded;\n"
            for kind in used { out += "    legend_\(kind.name) [label=\"\(kind.name)\", fontsize=9, \(kind.attributes)];\n" }
            out += "  }\n"
        }
        out += "}\n"
        return out
    }

    /// The local name of an IRI in words (`…#teachAt` → `teach at`), or the term as written.
    static func localWords(_ iri: IRI) -> String {
        let string = iri.string
        if let cut = string.lastIndex(where: { $0 == "#" || $0 == "/" }), string.index(after: cut) < string.endIndex {
            return DOTEscaping.words(fromCamelCase: string[string.index(after: cut)...])
        }
        return string
    }

    static func localWords(_ term: Term) -> String {
        switch term {
        case .iri(let iri): localWords(iri)
        case .blankNode(let node): "_:" + node.description
        case .literal(let literal): literal.lexicalForm
        }
    }

    struct Edge: Hashable, Comparable {
        var from: Term
        var to: Term
        var label: String
        /// A statement the graph records but does not assert (reported, negated or modal).
        var dashed = false

        static func < (a: Edge, b: Edge) -> Bool {
            (a.from, a.to, a.label, a.dashed ? 1 : 0) < (b.from, b.to, b.label, b.dashed ? 1 : 0)
        }
    }

    static let ng = "https://newsgraph.dev/ontology#"

    /// Reified statements whose triple the graph does not assert, as dashed edges: `will not
    /// meet`, `support (said Mark Esper)`.
    static func unassertedStatements(_ triples: [Triple], labels: [Term: String], predicateLabels: [IRI: String]) -> Set<Edge> {
        var parts: [Term: [IRI: [Term]]] = [:]
        for triple in triples where [RDF.subject, RDF.predicate, RDF.object].contains(triple.predicate)
            || triple.predicate.string.hasPrefix(ng)
        {
            parts[triple.subject, default: [:]][triple.predicate, default: []].append(triple.object)
        }
        let asserted = Set(triples)
        var result = Set<Edge>()
        for (_, fields) in parts {
            guard let subject = fields[RDF.subject]?.first, let object = fields[RDF.object]?.first,
                case .iri(let predicate) = fields[RDF.predicate]?.first, !asserted.contains(Triple(subject, predicate, object))
            else { continue }
            if case .literal = object { continue }
            var label = predicateLabels[predicate] ?? localWords(predicate)
            if fields[IRI(unchecked: ng + "negated")] != nil { label = "not " + label }
            if case .literal(let modality) = fields[IRI(unchecked: ng + "modality")]?.first { label = modality.lexicalForm + " " + label }
            let speakers = (fields[IRI(unchecked: ng + "attributedTo")] ?? []).map { labels[$0] ?? localWords($0) }.sorted()
            if !speakers.isEmpty { label += " (said " + speakers.joined(separator: ", ") + ")" }
            result.insert(Edge(from: subject, to: object, label: label, dashed: true))
        }
        return result
    }
}

extension Term {
    fileprivate var iriString: String? { if case .iri(let iri) = self { iri.string } else { nil } }
}
