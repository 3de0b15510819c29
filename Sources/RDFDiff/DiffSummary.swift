import RDFModel

/// A diff for people: counts, then per entity what was added and removed. Where the graphs carry
/// Newsgraph's provenance (reified statements with their sentences), changes are read at the
/// level of claims — subject, predicate, object with their qualifiers (negation, modality,
/// speaker) — each with the sentence that states it, so renumbered offsets and statement nodes
/// are not reported as changes; other triples (types, labels, roles, metadata) are listed as they
/// are.
package enum DiffSummary {
    static let ng = "https://newsgraph.dev/ontology#"
    static let hiddenTypes: Set<String> = [RDF.statement.string, ng + "Sentence", ng + "ReportedClaim"]

    /// A claim: a reified statement's triple and qualifiers.
    struct Claim: Hashable, Comparable {
        var subject: Term
        var predicate: Term
        var object: Term
        var qualifiers: String
        /// The words it was read from: a claim whose words changed (`… and in clearing
        /// unexploded ordnance`) is a changed claim.
        var surface = ""

        /// The claim without its wording.
        var core: Claim { Claim(subject: subject, predicate: predicate, object: object, qualifiers: qualifiers) }

        static func < (a: Claim, b: Claim) -> Bool {
            (a.subject, a.predicate, a.object, a.qualifiers) < (b.subject, b.predicate, b.object, b.qualifiers)
        }
    }

    /// What one side knows: its claims with their sentences, its other triples, its labels.
    struct Side {
        var claims: [Claim: [String]] = [:]
        /// How each claim's predicate was worded (`continue partner with`), when the graph says.
        var wordings: [Claim: String] = [:]
        var triples = Set<Triple>()
        var labels: [Term: String] = [:]

        init(_ quads: [Quad]) {
            var bySubject: [Term: [Triple]] = [:]
            var hidden = Set<Term>()
            for quad in quads {
                let triple = quad.triple
                bySubject[triple.subject, default: []].append(triple)
                if triple.predicate == RDF.type, case .iri(let type) = triple.object, DiffSummary.hiddenTypes.contains(type.string) {
                    hidden.insert(triple.subject)
                }
                if triple.predicate == RDFS.label, case .literal(let label) = triple.object { labels[triple.subject] = label.lexicalForm }
            }
            var sentences: [Term: String] = [:]
            for (subject, triples) in bySubject {
                if let text = triples.first(where: { $0.predicate.string == DiffSummary.ng + "text" })?.object,
                    case .literal(let literal) = text
                {
                    sentences[subject] = literal.lexicalForm
                }
            }
            var asserted = Set<Triple>()
            for (subject, triples) in bySubject where hidden.contains(subject) {
                func value(_ predicate: String) -> [Term] { triples.filter { $0.predicate.string == predicate }.map(\.object).sorted() }
                guard let s = value(RDF.subject.string).first, let p = value(RDF.predicate.string).first,
                    let o = value(RDF.object.string).first
                else { continue }
                let qualifiers = ["negated", "modality", "attributedTo"].compactMap { name -> String? in
                    let values = value(DiffSummary.ng + name)
                    return values.isEmpty ? nil : name + "=" + values.map { "\($0)" }.joined(separator: ",")
                }.joined(separator: " ")
                let surface = value(DiffSummary.ng + "surfaceText").compactMap { term -> String? in
                    if case .literal(let literal) = term { literal.lexicalForm } else { nil }
                }.first ?? ""
                let claim = Claim(subject: s, predicate: p, object: o, qualifiers: qualifiers, surface: surface)
                let sentence = value(DiffSummary.ng + "extractedFrom").compactMap { sentences[$0] }
                claims[claim, default: []] += sentence
                if case .literal(let wording)? = value(DiffSummary.ng + "predicateText").first { wordings[claim.core] = wording.lexicalForm }
                if case .iri(let predicate) = p { asserted.insert(Triple(s, predicate, o)) }
            }
            for (subject, list) in bySubject where !hidden.contains(subject) {
                for triple in list where !asserted.contains(triple) && triple.predicate.string != DiffSummary.ng + "mentionedIn" {
                    if sentences[subject] != nil { continue }
                    triples.insert(triple)
                }
            }
        }
    }

    package static func text(_ diff: GraphDiff) -> String {
        let a = Side(diff.a)
        let b = Side(diff.b)
        let removedClaims = Set(a.claims.keys).subtracting(b.claims.keys)
        let addedClaims = Set(b.claims.keys).subtracting(a.claims.keys)
        let removedTriples = a.triples.subtracting(b.triples)
        let addedTriples = b.triples.subtracting(a.triples)
        var labels = a.labels
        labels.merge(b.labels) { first, _ in first }
        var wordings = a.wordings
        wordings.merge(b.wordings) { first, _ in first }
        func name(_ term: Term) -> String {
            if let label = labels[term] { return label }
            if case .literal(let literal) = term { return "\"\(literal.lexicalForm)\"" }
            if case .iri(let iri) = term, let cut = iri.string.lastIndex(where: { $0 == "#" || $0 == "/" }) {
                return String(iri.string[iri.string.index(after: cut)...])
            }
            return "\(term)"
        }
        var out = "A: \(diff.a.count) statements; B: \(diff.b.count); removed \(diff.removed.count), added \(diff.added.count)\n"
        let changed = Set(removedClaims.map(\.core)).intersection(addedClaims.map(\.core)).count
        out += "claims: \(removedClaims.count) only in A, \(addedClaims.count) only in B (\(changed) of them reworded); "
        out += "other triples: \(removedTriples.count) only in A, \(addedTriples.count) only in B\n"
        var entries: [Term: [(String, String)]] = [:]
        // The same claim in other words on each side: changed, not removed and added.
        let removedCores = Dictionary(grouping: removedClaims, by: \.core)
        let addedCores = Dictionary(grouping: addedClaims, by: \.core)
        for (core, olds) in removedCores {
            guard let news = addedCores[core] else {
                for claim in olds { entries[claim.subject, default: []].append(("-", line(claim, name, wordings) + sentences(a.claims[claim]))) }
                continue
            }
            let was = olds.map { "\n      was: “" + $0.surface + "”" }.sorted().joined()
            let now = news.map { "\n      now: “" + $0.surface + "”" }.sorted().joined()
            entries[core.subject, default: []].append(("~", line(core, name, wordings) + was + now))
        }
        for (core, news) in addedCores where removedCores[core] == nil {
            for claim in news { entries[claim.subject, default: []].append(("+", line(claim, name, wordings) + sentences(b.claims[claim]))) }
        }
        for triple in removedTriples { entries[triple.subject, default: []].append(("-", name(.iri(triple.predicate)) + " " + name(triple.object))) }
        for triple in addedTriples { entries[triple.subject, default: []].append(("+", name(.iri(triple.predicate)) + " " + name(triple.object))) }
        for subject in entries.keys.sorted(by: { (name($0), $0) < (name($1), $1) }) {
            out += "\n\(name(subject))  \(subject)\n"
            for (sign, text) in (entries[subject] ?? []).sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }) { out += "  \(sign) \(text)\n" }
        }
        return out
    }

    static func line(_ claim: Claim, _ name: (Term) -> String, _ wordings: [Claim: String]) -> String {
        var text = (wordings[claim.core] ?? name(claim.predicate)) + " " + name(claim.object)
        if !claim.qualifiers.isEmpty { text += "  [" + claim.qualifiers + "]" }
        return text
    }

    static func sentences(_ list: [String]?) -> String {
        guard let list, !list.isEmpty else { return "" }
        return Set(list).sorted().map { "\n      “" + $0 + "”" }.joined()
    }
}
