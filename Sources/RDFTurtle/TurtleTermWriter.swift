import RDFModel

/// Writes terms in Turtle syntax: `a` for rdf:type as a predicate, prefixed names where the
/// prefixes allow, IRIs relative to the base where that is safe, numeric and boolean shorthands
/// when the lexical form is exactly the grammar's, quoted strings otherwise.
struct TurtleTermWriter {
    var namespaces = NamespaceTable()
    /// The base IRI that relative references resolve against, when one was declared and it is
    /// simple enough (no query or fragment) to relativize against.
    private(set) var base: [UInt8] = []
    /// When set, records the namespace entries that prefixed names used.
    var usage: PrefixUsage?

    /// The namespace entries a writer used, so that only those get `@prefix` lines.
    final class PrefixUsage {
        var entries: Set<Int> = []
    }

    mutating func setBase(_ iri: String) {
        let bytes = Array(iri.utf8)
        base = bytes.contains(UInt8(ascii: "#")) || bytes.contains(UInt8(ascii: "?")) ? [] : bytes
    }

    // MARK: - Terms

    /// Writes a subject, object or graph name.
    func write(_ term: TermRef, into out: inout ByteWriter) {
        switch term.kind {
        case .iri: writeIRI(term.value, into: &out)
        case .blankNode:
            out.append(UInt8(ascii: "_"), UInt8(ascii: ":"))
            out.appendPortableLabel(term.value)
        case .literal: writeLiteral(term, into: &out)
        case .defaultGraph: break
        }
    }

    /// Writes a predicate: `a` for rdf:type.
    func writePredicate(_ iri: UnsafeRawBufferPointer, into out: inout ByteWriter) {
        if TurtleGrammar.equals(iri, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type") {
            out.append(UInt8(ascii: "a"))
        } else {
            writeIRI(iri, into: &out)
        }
    }

    /// A prefixed name, a safe relative reference, or `<iri>`.
    func writeIRI(_ iri: UnsafeRawBufferPointer, into out: inout ByteWriter) {
        if let (entry, localStart) = namespaces.abbreviate(iri) {
            if let usage { usage.entries.insert(entry) }
            namespaces.appendName(entry, into: &out)
            out.append(UInt8(ascii: ":"))
            out.append(UnsafeRawBufferPointer(rebasing: iri[localStart...]))
            return
        }
        if !base.isEmpty, let start = relativeStart(iri) {
            out.appendNTriplesIRI(UnsafeRawBufferPointer(rebasing: iri[start...]))
            return
        }
        out.appendNTriplesIRI(iri)
    }

    func writeLiteral(_ term: TermRef, into out: inout ByteWriter) {
        let value = term.value
        let datatype = term.datatype
        let xsd = 33  // "http://www.w3.org/2001/XMLSchema#".count
        if datatype.count > xsd, term.language.count == 0,
            TurtleGrammar.equals(UnsafeRawBufferPointer(rebasing: datatype[..<xsd]), "http://www.w3.org/2001/XMLSchema#")
        {
            let name = UnsafeRawBufferPointer(rebasing: datatype[xsd...])
            let plain =
                (TurtleGrammar.equals(name, "integer") && TurtleGrammar.isInteger(value) && Self.isCanonicalNumber(value))
                || (TurtleGrammar.equals(name, "decimal") && TurtleGrammar.isDecimal(value) && Self.isCanonicalNumber(value))
                || (TurtleGrammar.equals(name, "double") && TurtleGrammar.isDouble(value))
                || (TurtleGrammar.equals(name, "boolean") && TurtleGrammar.isBoolean(value))
            if plain {
                out.append(value)
                return
            }
        }
        out.append(UInt8(ascii: "\""))
        out.appendEscapedString(value)
        out.append(UInt8(ascii: "\""))
        if term.language.count > 0 {
            out.append(UInt8(ascii: "@"))
            out.append(term.language)
        } else if datatype.count > 0 {
            out.append(UInt8(ascii: "^"), UInt8(ascii: "^"))
            writeIRI(datatype, into: &out)
        }
    }

    /// Whether an integer or decimal lexical form is in its canonical shape (no `+`, no leading
    /// zeros, no `-0`, a fraction without trailing zeros). Only those are written bare: some
    /// readers (rdflib) rewrite bare numbers to canonical form and would change the literal.
    static func isCanonicalNumber(_ value: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = value.count
        if i < n, value[i] == UInt8(ascii: "-") { i += 1 }
        let integerStart = i
        while i < n, value[i] >= 0x30, value[i] <= 0x39 { i += 1 }
        let integerDigits = i - integerStart
        guard integerDigits >= 1 else { return false }
        if integerDigits > 1, value[integerStart] == UInt8(ascii: "0") { return false }
        if i == n {
            return !(integerDigits == 1 && value[integerStart] == UInt8(ascii: "0") && integerStart == 1)
        }
        guard value[i] == UInt8(ascii: "."), n - i >= 2 else { return false }
        let last = value[n - 1]
        return last != UInt8(ascii: "0") || n - i == 2
    }

    /// Where the reference relative to ``base`` starts in `iri`, when resolving it against the
    /// base gives `iri` back exactly (RFC 3986 §5.2): `iri` is the base followed by a fragment, or
    /// the base ends in '/' and the rest is a plain path without dot segments, ':' in its first
    /// segment, or a leading '/'.
    private func relativeStart(_ iri: UnsafeRawBufferPointer) -> Int? {
        let n = base.count
        guard iri.count >= n, base.withUnsafeBytes({ iri.starts(with: $0) }) else { return nil }
        if iri.count == n { return nil }  // `<>` is fine too, but rare; keep it absolute
        if iri[n] == UInt8(ascii: "#") { return n }
        guard base[n - 1] == UInt8(ascii: "/") else { return nil }
        let rest = UnsafeRawBufferPointer(rebasing: iri[n...])
        if rest[0] == UInt8(ascii: "/") || rest[0] == UInt8(ascii: "?") { return nil }
        var segmentStart = 0
        var firstSegment = true
        for i in 0...rest.count {
            let b: UInt8 = i < rest.count ? rest[i] : UInt8(ascii: "/")
            if b == UInt8(ascii: ":") && firstSegment { return nil }
            if b == UInt8(ascii: "/") || b == UInt8(ascii: "?") || b == UInt8(ascii: "#") {
                let segment = UnsafeRawBufferPointer(rebasing: rest[segmentStart..<i])
                if TurtleGrammar.equals(segment, ".") || TurtleGrammar.equals(segment, "..") { return nil }
                if b != UInt8(ascii: "/") { break }
                firstSegment = false
                segmentStart = i + 1
            }
        }
        return n
    }
}
