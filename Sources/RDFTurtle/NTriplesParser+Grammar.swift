import RDFModel

/// One N-Triples / N-Quads statement as spans.
struct LineStatement {
    var subject = TermSpan(kind: .iri, value: .empty)
    var predicate = TermSpan(kind: .iri, value: .empty)
    var object = TermSpan(kind: .iri, value: .empty)
    var graph = TermSpan.defaultGraph
}

/// `xsd:string`, which literals leave implicit (an empty datatype).
let xsdStringBytes: StaticString = "http://www.w3.org/2001/XMLSchema#string"

/// The [N-Triples](https://www.w3.org/TR/n-triples/#n-triples-grammar) and
/// [N-Quads](https://www.w3.org/TR/n-quads/#sec-grammar) grammar over one line.
extension TermLexer {
    /// `[2] triple ::= subject predicate object '.'` (N-Quads: `[2] statement ::= subject predicate
    /// object graphLabel? '.'`), plus the white space, comment and EOL around it.
    ///
    /// Returns false for a blank or comment-only line. `i` ends after the line break.
    @inline(__always)
    mutating func parseLine(_ i: inout Int, quads: Bool, into statement: inout LineStatement) throws(LexError)
        -> Bool
    {
        skipSpaces(&i)
        switch p[i] {
        case 0x0A, 0x0D:
            i &+= 1
            return false
        case UInt8(ascii: "#"):
            try parseCommentAndEOL(&i)
            return false
        case 0 where i >= end:
            return false
        default:
            break
        }
        statement.subject = try parseSubject(&i)
        skipSpaces(&i)
        statement.predicate = try parsePredicate(&i)
        skipSpaces(&i)
        statement.object = try parseObject(&i)
        skipSpaces(&i)
        if quads, p[i] == UInt8(ascii: "<") || p[i] == UInt8(ascii: "_") {
            statement.graph = try parseGraphLabel(&i)
            skipSpaces(&i)
        } else {
            statement.graph = .defaultGraph
        }
        guard p[i] == UInt8(ascii: ".") else {
            if quads, statement.graph.kind != .defaultGraph {
                throw fail("expected '.' at the end of the statement, found \(found(i))", at: i)
            }
            if !quads, p[i] == UInt8(ascii: "<") || p[i] == UInt8(ascii: "_") {
                throw fail("expected '.' after the object (N-Triples has no graph names), found \(found(i))", at: i)
            }
            throw fail("expected '.' at the end of the \(quads ? "statement" : "triple"), found \(found(i))", at: i)
        }
        i &+= 1
        skipSpaces(&i)
        try parseCommentAndEOL(&i)
        return true
    }

    @inline(__always)
    func skipSpaces(_ i: inout Int) {
        while p[i] == 0x20 || p[i] == 0x09 { i &+= 1 }
    }

    /// An optional `# comment`, then `EOL ::= [#xD#xA]+` or the end of the document.
    @inline(__always)
    mutating func parseCommentAndEOL(_ i: inout Int) throws(LexError) {
        if p[i] == UInt8(ascii: "#") {
            while true {
                let b = p[i]
                if b == 0x0A || b == 0x0D || (b == 0 && i >= end) { break }
                i &+= 1
            }
        }
        let b = p[i]
        if b == 0x0A || b == 0x0D {
            i &+= 1
            return
        }
        if i >= end && isFinal { return }
        throw fail("unexpected \(found(i)) after the end of the statement", at: i)
    }

    /// `[3] subject ::= IRIREF | BLANK_NODE_LABEL`
    @inline(__always)
    mutating func parseSubject(_ i: inout Int) throws(LexError) -> TermSpan {
        switch p[i] {
        case UInt8(ascii: "<"): return TermSpan(kind: .iri, value: try parseAbsoluteIRIREF(&i))
        case UInt8(ascii: "_"): return TermSpan(kind: .blankNode, value: try lexBlankNodeLabel(&i))
        default: throw fail("expected a subject (an IRI or a blank node), found \(found(i))", at: i)
        }
    }

    /// `[4] predicate ::= IRIREF`
    @inline(__always)
    mutating func parsePredicate(_ i: inout Int) throws(LexError) -> TermSpan {
        guard p[i] == UInt8(ascii: "<") else { throw fail("expected a predicate IRI, found \(found(i))", at: i) }
        return TermSpan(kind: .iri, value: try parseAbsoluteIRIREF(&i))
    }

    /// `[5] object ::= IRIREF | BLANK_NODE_LABEL | literal`
    @inline(__always)
    mutating func parseObject(_ i: inout Int) throws(LexError) -> TermSpan {
        switch p[i] {
        case UInt8(ascii: "<"): return TermSpan(kind: .iri, value: try parseAbsoluteIRIREF(&i))
        case UInt8(ascii: "_"): return TermSpan(kind: .blankNode, value: try lexBlankNodeLabel(&i))
        case UInt8(ascii: "\""): return try parseLiteral(&i)
        default: throw fail("expected an object (an IRI, a blank node or a literal), found \(found(i))", at: i)
        }
    }

    /// N-Quads `[6] graphLabel ::= IRIREF | BLANK_NODE_LABEL`
    mutating func parseGraphLabel(_ i: inout Int) throws(LexError) -> TermSpan {
        if p[i] == UInt8(ascii: "<") { return TermSpan(kind: .iri, value: try parseAbsoluteIRIREF(&i)) }
        return TermSpan(kind: .blankNode, value: try lexBlankNodeLabel(&i))
    }

    /// `[6] literal ::= STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?`
    @inline(__always)
    mutating func parseLiteral(_ i: inout Int) throws(LexError) -> TermSpan {
        var term = TermSpan(kind: .literal, value: try lexString(&i, quote: UInt8(ascii: "\""), long: false))
        var k = i
        skipSpaces(&k)
        if p[k] == UInt8(ascii: "@") {
            i = k
            term.language = try lexLANGTAG(&i)
        } else if p[k] == UInt8(ascii: "^") {
            guard p[k &+ 1] == UInt8(ascii: "^") else { throw fail("expected '^^' before a datatype IRI", at: k) }
            i = k &+ 2
            skipSpaces(&i)
            guard p[i] == UInt8(ascii: "<") else { throw fail("expected a datatype IRI after '^^'", at: i) }
            let datatype = try parseAbsoluteIRIREF(&i)
            if !isXSDString(datatype) { term.datatype = datatype }
        }
        return term
    }

    /// An IRIREF that must be absolute (N-Triples and N-Quads have no base IRI).
    @inline(__always)
    mutating func parseAbsoluteIRIREF(_ i: inout Int) throws(LexError) -> Span {
        let start = i
        let span = try lexIRIREF(&i)
        guard hasScheme(span) else {
            throw fail("relative IRI <\(String(decoding: bytes(span), as: UTF8.self))> (an absolute IRI is required here)",
                at: start)
        }
        return span
    }

    /// Whether the value starts with `scheme ":"` (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`).
    @inline(__always)
    func hasScheme(_ span: Span) -> Bool {
        withBytes(span) { s in
            guard s.count > 1, ByteClass.isAlpha(s[0]) else { return false }
            var k = 1
            while k < s.count {
                let b = s[k]
                if b == UInt8(ascii: ":") { return true }
                guard ByteClass.isAlpha(b) || ByteClass.isDigit(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
                    || b == UInt8(ascii: ".")
                else { return false }
                k &+= 1
            }
            return false
        }
    }

    /// Whether the span holds `http://www.w3.org/2001/XMLSchema#string`.
    @inline(__always)
    func isXSDString(_ span: Span) -> Bool {
        guard span.count == xsdStringBytes.utf8CodeUnitCount else { return false }
        return withBytes(span) { s in
            let x = xsdStringBytes.utf8Start
            // Compare from the end: most datatypes share the XSD namespace.
            var k = s.count &- 1
            while k >= 0 {
                if s[k] != x[k] { return false }
                k &-= 1
            }
            return true
        }
    }

    /// Calls `body` with the bytes of a span.
    @inline(__always)
    func withBytes<R>(_ span: Span, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if span.inArena {
            return arena.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[span.start..<span.start + span.count])) }
        }
        return body(UnsafeRawBufferPointer(start: p + span.start, count: span.count))
    }

    /// A copy of a span's bytes (for messages and slow paths).
    func bytes(_ span: Span) -> [UInt8] {
        withBytes(span) { Array($0) }
    }
}
