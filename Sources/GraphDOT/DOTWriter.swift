import RDFModel

/// Why a graph cannot be drawn as asked.
package struct DOTError: Error, Equatable, CustomStringConvertible, Sendable {
    package var message: String
    package var description: String { message }
}

/// A graph as DOT, with what was chosen for it.
package struct DOTDrawing: Sendable {
    package var text: String
    /// The layout engine the text is meant for.
    package var engine: String
    package var edges: Int
    package var nodes: Int
}

/// What `DOTWriter` draws.
package struct DOTOptions: Sendable {
    /// Draw statement, sentence and article nodes and their provenance edges too.
    package var showProvenance = false
    /// A caption under the graph.
    package var caption: String?
    /// Draw at most this many edges: the most connected entities are kept, and the caption says
    /// what was left out.
    package var maxEdges: Int?
    /// Draw only the entities within `depth` edges of this one (an IRI, or a label in any case).
    package var focus: String?
    package var depth = 1
    /// The layout engine the DOT is meant for: `dot` gets a ranked left-to-right layout; the
    /// force-directed ones overlap removal and straight edges, which stay fast on big graphs;
    /// `auto` picks `dot` up to ``DOTWriter/autoDotLimit`` edges and `sfdp` above.
    package var engine = "dot"
    /// Colours for the edges of some triples (a diff: added green, removed red).
    package var edgeColours: [Triple: String] = [:]

    package init(
        showProvenance: Bool = false, caption: String? = nil, maxEdges: Int? = nil, focus: String? = nil, depth: Int = 1,
        engine: String = "dot"
    ) {
        self.showProvenance = showProvenance
        self.caption = caption
        self.maxEdges = maxEdges
        self.focus = focus
        self.depth = depth
        self.engine = engine
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

    /// Above this many drawn edges `auto` picks `sfdp`: on this machine `dot` lays out 400 labelled
    /// edges of a graph pruned to its most connected entities in 0.5 s but 700 in 38 s (and a
    /// random 500-edge graph in 33 s); `sfdp` lays out 5,000 in a few seconds.
    package static let autoDotLimit = 300

    package static func dot(_ triples: [Triple], options: DOTOptions = DOTOptions()) throws(DOTError) -> String {
        try drawing(triples, options: options).text
    }

    /// The DOT text, the engine it is meant for (what `auto` chose) and how many edges it draws.
    package static func drawing(_ triples: [Triple], options: DOTOptions = DOTOptions()) throws(DOTError) -> DOTDrawing {
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
                edges.insert(Edge(from: triple.subject, to: triple.object, label: name, colour: options.edgeColours[triple]))
            }
        }
        if !options.showProvenance { edges.formUnion(unassertedStatements(triples, labels: labels, predicateLabels: predicateLabels)) }
        var nodes = Set<Term>()
        for edge in edges {
            nodes.insert(edge.from)
            nodes.insert(edge.to)
        }
        for (term, kind) in kinds where kind != .other && !hidden.contains(term) { nodes.insert(term) }
        var notes: [String] = []
        if let focus = options.focus {
            let centre = nodes.filter { term in
                term.iriString == focus || labels[term].map { $0.lowercased() == focus.lowercased() } ?? false
            }
            guard !centre.isEmpty else { throw DOTError(message: "no entity '\(focus)' in the graph") }
            (nodes, edges) = GraphSelection.neighbourhood(of: centre, depth: max(0, options.depth), nodes: nodes, edges: edges)
        }
        if let limit = options.maxEdges, edges.count > limit {
            let total = (edges: edges.count, nodes: nodes.count)
            (nodes, edges) = GraphSelection.mostConnected(nodes: nodes, edges: edges, maxEdges: max(0, limit))
            notes.append(
                "Showing \(edges.count) of \(total.edges) relations, between the \(nodes.count) most connected of "
                    + "\(total.nodes) nodes (--max-edges \(limit)).")
        }
        let engine = options.engine == "auto" ? (edges.count <= autoDotLimit ? "dot" : "sfdp") : options.engine
        let ordered = nodes.sorted()
        var ids: [Term: String] = [:]
        for (number, term) in ordered.enumerated() { ids[term] = "n\(number)" }

        var out = "digraph newsgraph {\n"
        if engine == "dot" {
            out += "  graph [charset=\"UTF-8\", rankdir=LR, splines=true, nodesep=0.35, ranksep=0.6, "
        } else {
            out += "  graph [charset=\"UTF-8\", overlap=prism, overlap_scaling=-4, splines=false, sep=\"+6\", "
        }
        out += "fontname=\"Helvetica\", fontsize=12"
        let used = Set(ordered.map { kinds[$0] ?? .other }).sorted()
        // Force-directed engines ignore clusters: their legend is a line of the caption instead.
        if !used.isEmpty, engine != "dot" {
            notes.append("legend: " + used.map { "\($0.name) (\($0.shapeName))" }.joined(separator: ", "))
        }
        let caption = ([options.caption].compactMap { $0 } + notes).joined(separator: "\n")
        if !caption.isEmpty { out += ", labelloc=b, label=" + DOTEscaping.quoted(caption) }
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
            if let colour = edge.colour { out += ", color=\(DOTEscaping.quoted(colour)), fontcolor=\(DOTEscaping.quoted(colour)), penwidth=1.6" }
            out += edge.dashed ? ", style=dashed];\n" : "];\n"
        }
        if !used.isEmpty, engine == "dot" {
            out += "  subgraph cluster_legend {\n    label=\"legend\"; fontsize=10; color=\"#adb5bd\"; style=rounded;\n"
            for kind in used { out += "    legend_\(kind.name) [label=\"\(kind.name)\", fontsize=9, \(kind.attributes)];\n" }
            out += "  }\n"
        }
        out += "}\n"
        return DOTDrawing(text: out, engine: engine, edges: edges.count, nodes: ordered.count)
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
        var colour: String?

        static func < (a: Edge, b: Edge) -> Bool {
            (a.from, a.to, a.label, a.dashed ? 1 : 0, a.colour ?? "") < (b.from, b.to, b.label, b.dashed ? 1 : 0, b.colour ?? "")
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
            // The statement's own wording, when it kept one (`related to` says less than `hail`).
            if case .literal(let wording) = fields[IRI(unchecked: ng + "predicateText")]?.first { label = wording.lexicalForm }
            if fields[IRI(unchecked: ng + "negated")] != nil { label = "not " + label }
            if case .literal(let modality) = fields[IRI(unchecked: ng + "modality")]?.first,
                !label.hasPrefix(modality.lexicalForm + " ")
            {
                label = modality.lexicalForm + " " + label  // `will meet`; `want to promote` says it already
            }
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

