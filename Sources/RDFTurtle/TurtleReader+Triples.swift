import RDFModel

/// The triples grammar of [Turtle](https://www.w3.org/TR/turtle/#sec-grammar-grammar), shared by TriG.
extension TurtleReader {
    /// `[6] triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?`
    mutating func parseTriples(_ i: inout Int) throws(LexError) {
        if p[i] == UInt8(ascii: "[") {
            var k = i &+ 1
            try skipWS(&k)
            if p[k] != UInt8(ascii: "]") {
                let subject = try parseBlankNodePropertyList(&i)
                try skipWS(&i)
                let b = p[i]
                if b == UInt8(ascii: ".") || (isInGraphBlock && b == UInt8(ascii: "}")) { return }
                try parsePredicateObjectList(subject: subject, &i)
                return
            }
        }
        let subject = try parseSubject(&i)
        try skipWS(&i)
        try parsePredicateObjectList(subject: subject, &i)
    }

    /// `[10] subject ::= iri | BlankNode | collection`
    private mutating func parseSubject(_ i: inout Int) throws(LexError) -> TermSpan {
        switch p[i] {
        case UInt8(ascii: "<"), UInt8(ascii: ":"):
            return TermSpan(kind: .iri, value: try parseIRI(&i))
        case UInt8(ascii: "_"):
            return try parseBlankNodeLabel(&i)
        case UInt8(ascii: "["):
            // [162s] ANON ::= '[' WS* ']'
            i &+= 1
            try skipWS(&i)
            guard p[i] == UInt8(ascii: "]") else { throw fail("expected ']', found \(found(i))", at: i) }
            i &+= 1
            return newBlankNode()
        case UInt8(ascii: "("):
            return try parseCollection(&i)
        default:
            if ByteClass.isAlpha(p[i]) || p[i] >= 0x80 { return TermSpan(kind: .iri, value: try parseIRI(&i)) }
            throw fail("expected a subject (an IRI, a blank node or a collection), found \(found(i))", at: i)
        }
    }

    /// `[7] predicateObjectList ::= verb objectList (';' (verb objectList)?)*`
    mutating func parsePredicateObjectList(subject: TermSpan, _ i: inout Int) throws(LexError) {
        while true {
            let predicate = try parseVerb(&i)
            try skipWS(&i)
            try parseObjectList(subject: subject, predicate: predicate, &i)
            try skipWS(&i)
            guard p[i] == UInt8(ascii: ";") else { return }
            repeat {
                i &+= 1
                try skipWS(&i)
            } while p[i] == UInt8(ascii: ";")
            switch p[i] {
            case UInt8(ascii: "."), UInt8(ascii: "]"), UInt8(ascii: "}"): return
            default: continue
            }
        }
    }

    /// `[8] objectList ::= object (',' object)*`
    @inline(__always)
    private mutating func parseObjectList(subject: TermSpan, predicate: TermSpan, _ i: inout Int) throws(LexError) {
        while true {
            try parseObject(subject: subject, predicate: predicate, &i)
            try skipWS(&i)
            guard p[i] == UInt8(ascii: ",") else { return }
            i &+= 1
            try skipWS(&i)
        }
    }

    /// `[9] verb ::= predicate | 'a'` with `[11] predicate ::= iri`
    @inline(__always)
    private mutating func parseVerb(_ i: inout Int) throws(LexError) -> TermSpan {
        let b = p[i]
        if b == UInt8(ascii: "<") { return TermSpan(kind: .iri, value: try parseIRIREF(&i)) }
        if b == UInt8(ascii: "a"), let word = try lexer.bareWord(at: i) {
            guard lexer.matches(word, "a") else {
                throw fail("expected a predicate, found the word '\(text(word))'", at: i)
            }
            i = word.end
            return rdfType
        }
        if b == UInt8(ascii: ":") || ByteClass.isAlpha(b) || b >= 0x80 {
            return TermSpan(kind: .iri, value: try parsePrefixedName(&i))
        }
        throw fail("expected a predicate (an IRI or 'a'), found \(found(i))", at: i)
    }

    /// `[12] object ::= iri | BlankNode | collection | blankNodePropertyList | literal`; emits the
    /// triple (before the triples nested in the object).
    private mutating func parseObject(subject: TermSpan, predicate: TermSpan, _ i: inout Int) throws(LexError) {
        let b = p[i]
        switch b {
        case UInt8(ascii: "<"):
            emit(subject, predicate, TermSpan(kind: .iri, value: try parseIRIREF(&i)))
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            emit(subject, predicate, try parseRDFLiteral(&i))
        case UInt8(ascii: "_"):
            emit(subject, predicate, try parseBlankNodeLabel(&i))
        case UInt8(ascii: "["):
            var k = i &+ 1
            try skipWS(&k)
            let node = newBlankNode()
            emit(subject, predicate, node)
            if p[k] == UInt8(ascii: "]") {
                i = k &+ 1
            } else {
                i &+= 1
                try parseBlankNodePropertyListBody(node, &i)
            }
        case UInt8(ascii: "("):
            var k = i &+ 1
            try skipWS(&k)
            if p[k] == UInt8(ascii: ")") {
                i = k &+ 1
                emit(subject, predicate, rdfNil)
            } else {
                let head = newBlankNode()
                emit(subject, predicate, head)
                i = k
                try parseCollectionItems(head: head, &i)
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            emit(subject, predicate, try parseNumericLiteral(&i))
        case UInt8(ascii: ".") where ByteClass.isDigit(try lexer.peek(i &+ 1)):
            emit(subject, predicate, try parseNumericLiteral(&i))
        default:
            if b == UInt8(ascii: "t") || b == UInt8(ascii: "f"), let word = try lexer.bareWord(at: i) {
                // [133s] BooleanLiteral ::= 'true' | 'false'
                guard lexer.matches(word, "true") || lexer.matches(word, "false") else {
                    throw fail("expected an object, found the word '\(text(word))'", at: i)
                }
                i = word.end
                emit(
                    subject, predicate,
                    TermSpan(
                        kind: .literal, value: Span(start: word.start, count: word.end - word.start, inArena: false),
                        datatype: xsdBoolean))
                return
            }
            if b == UInt8(ascii: ":") || ByteClass.isAlpha(b) || b >= 0x80 {
                if ByteClass.isAlpha(b), let word = try lexer.bareWord(at: i) {
                    throw fail("expected an object, found the word '\(text(word))'", at: i)
                }
                emit(subject, predicate, TermSpan(kind: .iri, value: try parsePrefixedName(&i)))
                return
            }
            throw fail("expected an object (an IRI, a blank node, a collection or a literal), found \(found(i))", at: i)
        }
    }

    /// `[128s] RDFLiteral ::= String (LANGTAG | '^^' iri)?` with `[17] String`.
    private mutating func parseRDFLiteral(_ i: inout Int) throws(LexError) -> TermSpan {
        let quote = p[i]
        var isLong = false
        if try lexer.peek(i &+ 1) == quote { isLong = try lexer.peek(i &+ 2) == quote }
        var term = TermSpan(kind: .literal, value: try lexer.lexString(&i, quote: quote, long: isLong))
        var k = i
        try skipWS(&k)
        if p[k] == UInt8(ascii: "@") {
            i = k
            term.language = try lexer.lexLANGTAG(&i)
        } else if p[k] == UInt8(ascii: "^") {
            guard try lexer.peek(k &+ 1) == UInt8(ascii: "^") else {
                throw fail("expected '^^' before a datatype", at: k)
            }
            i = k &+ 2
            try skipWS(&i)
            let datatype = try parseIRI(&i)
            if !lexer.isXSDString(datatype) { term.datatype = datatype }
        }
        return term
    }

    /// `[16] NumericLiteral ::= INTEGER | DECIMAL | DOUBLE` with `[19] INTEGER ::= [+-]? [0-9]+`,
    /// `[20] DECIMAL ::= [+-]? [0-9]* '.' [0-9]+`, `[21] DOUBLE ::= [+-]? ([0-9]+ '.' [0-9]* EXPONENT
    /// | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)`, `[154s] EXPONENT ::= [eE] [+-]? [0-9]+`.
    private mutating func parseNumericLiteral(_ i: inout Int) throws(LexError) -> TermSpan {
        let start = i
        if p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i &+= 1 }
        let integerStart = i
        while ByteClass.isDigit(p[i]) { i &+= 1 }
        let integerDigits = i &- integerStart
        var datatype = xsdInteger
        var hasPoint = false
        if p[i] == UInt8(ascii: ".") {
            let next = try lexer.peek(i &+ 1)
            if ByteClass.isDigit(next) {
                i &+= 1
                while ByteClass.isDigit(p[i]) { i &+= 1 }
                datatype = xsdDecimal
                hasPoint = true
            } else if integerDigits > 0, next | 0x20 == UInt8(ascii: "e"), try isExponent(at: i &+ 1) {
                i &+= 1  // `1.e5`: the exponent below makes it a double
                hasPoint = true
            }
        }
        if !hasPoint, integerDigits == 0 {
            throw fail("expected a number, found \(found(i))", at: i)
        }
        if p[i] | 0x20 == UInt8(ascii: "e") {
            guard try isExponent(at: i) else { throw fail("expected digits in the exponent", at: i &+ 1) }
            i &+= 1
            if p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i &+= 1 }
            while ByteClass.isDigit(p[i]) { i &+= 1 }
            datatype = xsdDouble
        }
        try lexer.checkMore(i)
        return TermSpan(kind: .literal, value: Span(start: start, count: i &- start, inArena: false), datatype: datatype)
    }

    /// Whether `[eE] [+-]? [0-9]` starts at `k`.
    private func isExponent(at k: Int) throws(LexError) -> Bool {
        guard try lexer.peek(k) | 0x20 == UInt8(ascii: "e") else { return false }
        var d = k &+ 1
        let sign = try lexer.peek(d)
        if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { d &+= 1 }
        return ByteClass.isDigit(try lexer.peek(d))
    }

    /// `[14] blankNodePropertyList ::= '[' predicateObjectList ']'`, as a subject.
    private mutating func parseBlankNodePropertyList(_ i: inout Int) throws(LexError) -> TermSpan {
        let node = newBlankNode()
        i &+= 1
        try parseBlankNodePropertyListBody(node, &i)
        return node
    }

    /// `predicateObjectList ']'` after the `[`.
    private mutating func parseBlankNodePropertyListBody(_ node: TermSpan, _ i: inout Int) throws(LexError) {
        try skipWS(&i)
        try parsePredicateObjectList(subject: node, &i)
        try skipWS(&i)
        guard p[i] == UInt8(ascii: "]") else {
            throw fail("expected ']' at the end of the blank node property list, found \(found(i))", at: i)
        }
        i &+= 1
    }

    /// `[15] collection ::= '(' object* ')'`, as a subject: returns the head (or `rdf:nil`).
    private mutating func parseCollection(_ i: inout Int) throws(LexError) -> TermSpan {
        i &+= 1
        try skipWS(&i)
        if p[i] == UInt8(ascii: ")") {
            i &+= 1
            return rdfNil
        }
        let head = newBlankNode()
        try parseCollectionItems(head: head, &i)
        return head
    }

    /// The `object* ')'` of a non-empty collection whose first node is `head`.
    private mutating func parseCollectionItems(head: TermSpan, _ i: inout Int) throws(LexError) {
        var node = head
        while true {
            try parseObject(subject: node, predicate: rdfFirst, &i)
            try skipWS(&i)
            if p[i] == UInt8(ascii: ")") {
                i &+= 1
                emit(node, rdfRest, rdfNil)
                return
            }
            let next = newBlankNode()
            emit(node, rdfRest, next)
            node = next
        }
    }

    private func text(_ word: (start: Int, end: Int)) -> String {
        String(decoding: UnsafeBufferPointer(start: p + word.start, count: word.end - word.start), as: UTF8.self)
    }
}
