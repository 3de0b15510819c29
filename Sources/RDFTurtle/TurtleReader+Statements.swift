import RDFModel

/// The statement-level grammar of [Turtle](https://www.w3.org/TR/turtle/#sec-grammar-grammar)
/// and [TriG](https://www.w3.org/TR/trig/#sec-grammar-grammar).
extension TurtleReader {
    /// `[2] statement ::= directive | triples '.'` (TriG: `[2g] block`, or one unit of a
    /// `[5g] wrappedGraph`: its opening, one `triples` with its `.`, or its closing `}`).
    ///
    /// - Returns: false at the end of the document.
    mutating func parseStatement(_ i: inout Int) throws(LexError) -> Bool {
        try skipWS(&i)
        if i >= lexer.end { return false }
        if isInGraphBlock { return try parseGraphBlockStatement(&i) }
        let b = p[i]
        if b == UInt8(ascii: "@") {
            try parseAtDirective(&i)
            return true
        }
        if ByteClass.isAlpha(b), let word = try lexer.bareWord(at: i) {
            if lexer.matches(word, "PREFIX", caseInsensitive: true) {
                i = word.end
                try parseSparqlPrefix(&i)
                return true
            }
            if lexer.matches(word, "BASE", caseInsensitive: true) {
                i = word.end
                try parseSparqlBase(&i)
                return true
            }
            if isTriG, lexer.matches(word, "GRAPH", caseInsensitive: true) {
                i = word.end
                try skipWS(&i)
                let label = try parseLabelOrSubject(&i)
                try skipWS(&i)
                guard p[i] == UInt8(ascii: "{") else {
                    throw fail("expected '{' after the graph name, found \(found(i))", at: i)
                }
                i &+= 1
                enterGraph(label)
                return true
            }
        }
        if isTriG { return try parseTriGBlock(&i) }
        try parseTriples(&i)
        try expectEndOfTriples(&i)
        return true
    }

    /// The `.` that ends `triples`.
    private mutating func expectEndOfTriples(_ i: inout Int) throws(LexError) {
        try skipWS(&i)
        guard p[i] == UInt8(ascii: ".") else {
            throw fail("expected '.' at the end of the triples, found \(found(i))", at: i)
        }
        i &+= 1
    }

    // MARK: - Directives

    /// `[4] prefixID ::= '@prefix' PNAME_NS IRIREF '.'` and `[5] base ::= '@base' IRIREF '.'`.
    private mutating func parseAtDirective(_ i: inout Int) throws(LexError) {
        let at = i
        var k = i &+ 1
        while ByteClass.isAlpha(p[k]) { k &+= 1 }
        try lexer.checkMore(k)
        let word = (start: at &+ 1, end: k)
        if lexer.matches(word, "prefix") {
            i = k
            try parsePrefixDeclaration(&i)
        } else if lexer.matches(word, "base") {
            i = k
            try parseBaseDeclaration(&i)
        } else {
            throw fail("unknown directive '@\(String(decoding: UnsafeBufferPointer(start: p + at + 1, count: k - at - 1), as: UTF8.self))' (expected @prefix or @base)", at: at)
        }
        try skipWS(&i)
        guard p[i] == UInt8(ascii: ".") else {
            throw fail("expected '.' at the end of the directive, found \(found(i))", at: i)
        }
        i &+= 1
    }

    /// `[6s] sparqlPrefix ::= "PREFIX" PNAME_NS IRIREF`
    private mutating func parseSparqlPrefix(_ i: inout Int) throws(LexError) {
        try parsePrefixDeclaration(&i)
    }

    /// `[5s] sparqlBase ::= "BASE" IRIREF`
    private mutating func parseSparqlBase(_ i: inout Int) throws(LexError) {
        try parseBaseDeclaration(&i)
    }

    /// `PNAME_NS IRIREF`: binds the prefix (the namespace is resolved against the base).
    private mutating func parsePrefixDeclaration(_ i: inout Int) throws(LexError) {
        try skipWS(&i)
        guard p[i] == UInt8(ascii: ":") || p[i] >= 0x80 || ByteClass.isAlpha(p[i]) else {
            throw fail("expected a prefix name ending with ':', found \(found(i))", at: i)
        }
        let name = try lexer.lexPNAME_NS(&i)
        try skipWS(&i)
        guard p[i] == UInt8(ascii: "<") else { throw fail("expected '<' and the namespace IRI, found \(found(i))", at: i) }
        let namespaceSpan = try parseIRIREF(&i)  // (not inline: `lexer` would be read before the call)
        let namespace = lexer.bytes(namespaceSpan)
        directive = .prefix(name: lexer.bytes(name), namespace: namespace)
    }

    /// `IRIREF`: sets the base, resolved against the current base.
    private mutating func parseBaseDeclaration(_ i: inout Int) throws(LexError) {
        try skipWS(&i)
        guard p[i] == UInt8(ascii: "<") else { throw fail("expected '<' and the base IRI, found \(found(i))", at: i) }
        let start = i
        let iriSpan = try parseIRIREF(&i)
        let iri = lexer.bytes(iriSpan)
        do {
            directive = .base(try IRIResolver(base: iri))
        } catch {
            throw fail("the base IRI must be absolute", at: start)
        }
    }

    // MARK: - TriG

    /// `[2g] block ::= triplesOrGraph | wrappedGraph | triples2 | "GRAPH" labelOrSubject wrappedGraph`
    /// (the GRAPH form is handled with the keywords).
    private mutating func parseTriGBlock(_ i: inout Int) throws(LexError) -> Bool {
        switch p[i] {
        case UInt8(ascii: "{"):
            // [5g] wrappedGraph in the default graph
            i &+= 1
            enterGraph(.defaultGraph)
            return true
        case UInt8(ascii: "("):
            // [4g] triples2 ::= collection predicateObjectList '.'
            try parseTriples(&i)
        case UInt8(ascii: "["):
            var k = i &+ 1
            try skipWS(&k)
            if p[k] == UInt8(ascii: "]") {
                // ANON: a graph name or a subject.
                i = k &+ 1
                let node = newBlankNode()
                try skipWS(&i)
                if p[i] == UInt8(ascii: "{") {
                    i &+= 1
                    enterGraph(node)
                    return true
                }
                try parsePredicateObjectList(subject: node, &i)
            } else {
                // [4g] triples2 ::= blankNodePropertyList predicateObjectList? '.'
                try parseTriples(&i)
            }
        default:
            // [3g] triplesOrGraph ::= labelOrSubject (wrappedGraph | predicateObjectList '.')
            let label = try parseLabelOrSubject(&i)
            try skipWS(&i)
            if p[i] == UInt8(ascii: "{") {
                i &+= 1
                enterGraph(label)
                return true
            }
            try parsePredicateObjectList(subject: label, &i)
        }
        try expectEndOfTriples(&i)
        return true
    }

    /// `[7g] labelOrSubject ::= iri | BlankNode`
    private mutating func parseLabelOrSubject(_ i: inout Int) throws(LexError) -> TermSpan {
        switch p[i] {
        case UInt8(ascii: "_"):
            return try parseBlankNodeLabel(&i)
        case UInt8(ascii: "["):
            var k = i &+ 1
            try skipWS(&k)
            guard p[k] == UInt8(ascii: "]") else {
                throw fail("expected a graph name (an IRI or a blank node), found \(found(i))", at: i)
            }
            i = k &+ 1
            return newBlankNode()
        case UInt8(ascii: "<"), UInt8(ascii: ":"):
            return TermSpan(kind: .iri, value: try parseIRI(&i))
        default:
            if ByteClass.isAlpha(p[i]) || p[i] >= 0x80 { return TermSpan(kind: .iri, value: try parseIRI(&i)) }
            throw fail("expected a subject or a graph name, found \(found(i))", at: i)
        }
    }

    /// One unit inside `[5g] wrappedGraph ::= '{' triplesBlock? '}'` with
    /// `[6g] triplesBlock ::= triples ('.' triplesBlock?)?`.
    private mutating func parseGraphBlockStatement(_ i: inout Int) throws(LexError) -> Bool {
        if p[i] == UInt8(ascii: "}") {
            i &+= 1
            leaveGraph()
            return true
        }
        try parseTriples(&i)
        try skipWS(&i)
        switch p[i] {
        case UInt8(ascii: "."):
            i &+= 1
        case UInt8(ascii: "}"):
            i &+= 1
            leaveGraph()  // the batch keeps the graph it was parsed in (batchGraph)
        default:
            throw fail("expected '.' or '}' after the triples, found \(found(i))", at: i)
        }
        return true
    }
}
