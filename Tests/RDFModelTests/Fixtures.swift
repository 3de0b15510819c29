import RDFModel

/// Builds a dataset from a tiny N-Quads-like notation: whitespace-separated terms, `.` ending each
/// statement; `<iri>`, `_:label`, `"lexical"`, `"lexical"@lang`, `"lexical"^^<datatype>`, where a
/// lexical form has no spaces. Statements with a fourth term are in that named graph.
func dataset(_ text: String) -> Dataset {
    var result = Dataset()
    var terms: [Term] = []
    for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
        if token == "." {
            precondition(terms.count == 3 || terms.count == 4, "bad fixture statement \(terms)")
            guard case .iri(let predicate) = terms[1] else { preconditionFailure("predicate must be an IRI") }
            result.insert(Quad(terms[0], predicate, terms[2], graph: terms.count == 4 ? terms[3] : nil))
            terms = []
        } else {
            terms.append(term(String(token)))
        }
    }
    precondition(terms.isEmpty, "fixture must end with '.'")
    return result
}

func term(_ token: String) -> Term {
    if token.hasPrefix("<") { return .iri(IRI(unchecked: String(token.dropFirst().dropLast()))) }
    if token.hasPrefix("_:") { return .blankNode(BlankNode(String(token.dropFirst(2)))) }
    precondition(token.hasPrefix("\""), "bad fixture term \(token)")
    let body = token.dropFirst()
    guard let close = body.firstIndex(of: "\"") else { preconditionFailure("unterminated literal") }
    let lexical = String(body[..<close])
    let rest = body[body.index(after: close)...]
    if rest.hasPrefix("@") { return .literal(Literal(lexical, language: String(rest.dropFirst()))) }
    if rest.hasPrefix("^^<") {
        return .literal(Literal(lexical, datatype: IRI(unchecked: String(rest.dropFirst(3).dropLast()))))
    }
    return .literal(Literal(lexical))
}

