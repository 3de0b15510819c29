import RDFModel

/// A triple of the statement being parsed; the graph is the statement's.
struct TripleSpans {
    var subject: TermSpan
    var predicate: TermSpan
    var object: TermSpan
}

/// A directive, applied (and reported to the sink) once its statement is complete, so that a
/// statement parsed again after more input arrives sees the same prefixes and base.
enum TurtleDirective {
    case prefix(name: [UInt8], namespace: [UInt8])
    case base(IRIResolver)
}

/// The parsing state of a Turtle or TriG document, and the helpers the grammar functions share.
///
/// One statement is parsed at a time into ``batch``; the driver hands the batch to the sink only
/// when the statement is complete, so a statement cut by the end of a chunk is simply re-parsed.
///
/// Arena layout: `[constants][current graph name][statement bytes]`; the statement part is dropped
/// when the next statement starts.
struct TurtleReader {
    let isTriG: Bool
    var lexer: TermLexer
    var prefixes = PrefixTable()
    var resolver: IRIResolver?
    /// The next generated blank node label is `g<counter>`.
    var blankNodeCounter = 0
    /// Inside `{ … }` (TriG).
    var isInGraphBlock = false
    /// The graph of the following statements.
    var graph = TermSpan.defaultGraph
    /// The graph of the statement being parsed (``graph`` as it was when it started).
    var batchGraph = TermSpan.defaultGraph
    /// Where the statement part of the arena starts.
    var statementBase: Int
    /// The triples of the current statement.
    var batch: [TripleSpans] = []
    /// The directive of the current statement, if it is one.
    var directive: TurtleDirective?

    // Constant terms, at the start of the arena.
    let constantsEnd: Int
    let rdfType: TermSpan
    let rdfFirst: TermSpan
    let rdfRest: TermSpan
    let rdfNil: TermSpan
    let xsdInteger: Span
    let xsdDecimal: Span
    let xsdDouble: Span
    let xsdBoolean: Span

    init(isTriG: Bool, baseIRI: String?) {
        self.isTriG = isTriG
        var lexer = TermLexer(p: UnsafeMutablePointer(mutating: ByteClass.table), end: 0, isFinal: false, arena: [])
        lexer.arena.reserveCapacity(1 << 12)
        rdfType = TermSpan(kind: .iri, value: lexer.arenaSpan("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))
        rdfFirst = TermSpan(kind: .iri, value: lexer.arenaSpan("http://www.w3.org/1999/02/22-rdf-syntax-ns#first"))
        rdfRest = TermSpan(kind: .iri, value: lexer.arenaSpan("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"))
        rdfNil = TermSpan(kind: .iri, value: lexer.arenaSpan("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"))
        xsdInteger = lexer.arenaSpan("http://www.w3.org/2001/XMLSchema#integer")
        xsdDecimal = lexer.arenaSpan("http://www.w3.org/2001/XMLSchema#decimal")
        xsdDouble = lexer.arenaSpan("http://www.w3.org/2001/XMLSchema#double")
        xsdBoolean = lexer.arenaSpan("http://www.w3.org/2001/XMLSchema#boolean")
        constantsEnd = lexer.arena.count
        statementBase = constantsEnd
        self.lexer = lexer
        if let baseIRI { resolver = try? IRIResolver(base: baseIRI) }
    }

    var p: UnsafeMutablePointer<UInt8> {
        @inline(__always) get { lexer.p }
    }

    // MARK: - Statement state

    /// What a statement may change, restored when it has to be parsed again.
    struct Checkpoint {
        var blankNodeCounter: Int
        var isInGraphBlock: Bool
        var graph: TermSpan
        var statementBase: Int
    }

    var checkpoint: Checkpoint {
        Checkpoint(
            blankNodeCounter: blankNodeCounter, isInGraphBlock: isInGraphBlock, graph: graph,
            statementBase: statementBase)
    }

    mutating func restore(_ c: Checkpoint) {
        blankNodeCounter = c.blankNodeCounter
        isInGraphBlock = c.isInGraphBlock
        graph = c.graph
        statementBase = c.statementBase
    }

    /// Forgets the previous statement's triples and bytes.
    @inline(__always)
    mutating func beginStatement() {
        batch.removeAll(keepingCapacity: true)
        directive = nil
        batchGraph = graph
        if lexer.arena.count > statementBase { lexer.arena.removeSubrange(statementBase...) }
    }

    /// Applies the directive of the completed statement; returns it for the sink.
    mutating func commitDirective() -> TurtleDirective? {
        guard let directive else { return nil }
        switch directive {
        case .prefix(let name, let namespace): prefixes.bind(name, to: namespace)
        case .base(let newResolver): resolver = newResolver
        }
        self.directive = nil
        return directive
    }

    @inline(__always)
    mutating func emit(_ subject: TermSpan, _ predicate: TermSpan, _ object: TermSpan) {
        batch.append(TripleSpans(subject: subject, predicate: predicate, object: object))
    }

    /// Makes `term` the graph of the following statements, copying its bytes into the arena.
    mutating func enterGraph(_ term: TermSpan) {
        var bytes: [UInt8] = []
        if term.kind != .defaultGraph { bytes = lexer.bytes(term.value) }
        lexer.arena.removeSubrange(constantsEnd...)
        lexer.arena.append(contentsOf: bytes)
        graph =
            term.kind == .defaultGraph
            ? .defaultGraph : TermSpan(kind: term.kind, value: Span(start: constantsEnd, count: bytes.count, inArena: true))
        statementBase = lexer.arena.count
        isInGraphBlock = true
    }

    mutating func leaveGraph() {
        graph = .defaultGraph
        statementBase = constantsEnd
        isInGraphBlock = false
    }

    // MARK: - Terms

    /// A fresh blank node `g<counter>`.
    mutating func newBlankNode() -> TermSpan {
        let start = lexer.arena.count
        lexer.arena.append(UInt8(ascii: "g"))
        var n = blankNodeCounter
        blankNodeCounter += 1
        let digitsStart = lexer.arena.count
        repeat {
            lexer.arena.append(UInt8(ascii: "0") + UInt8(n % 10))
            n /= 10
        } while n > 0
        lexer.arena[digitsStart...].reverse()
        return TermSpan(kind: .blankNode, value: Span(start: start, count: lexer.arena.count - start, inArena: true))
    }

    /// `[141s] BLANK_NODE_LABEL`, renamed `g_…` when it starts with `g` (generated labels are `g<n>`).
    mutating func parseBlankNodeLabel(_ i: inout Int) throws(LexError) -> TermSpan {
        let label = try lexer.lexBlankNodeLabel(&i)
        guard p[label.start] == UInt8(ascii: "g") else { return TermSpan(kind: .blankNode, value: label) }
        let start = lexer.arena.count
        lexer.arena.append(UInt8(ascii: "g"))
        lexer.arena.append(UInt8(ascii: "_"))
        lexer.appendRun(from: label.start, to: label.start + label.count)
        return TermSpan(kind: .blankNode, value: Span(start: start, count: label.count + 2, inArena: true))
    }

    /// `[135s] iri ::= IRIREF | PrefixedName`, absolute (resolved against the base).
    @inline(__always)
    mutating func parseIRI(_ i: inout Int) throws(LexError) -> Span {
        if p[i] == UInt8(ascii: "<") { return try parseIRIREF(&i) }
        return try parsePrefixedName(&i)
    }

    /// `[18] IRIREF`, resolved against the base IRI (RFC 3986 §5.2).
    @inline(__always)
    mutating func parseIRIREF(_ i: inout Int) throws(LexError) -> Span {
        let start = i
        let span = try lexer.lexIRIREF(&i)
        let isAbsolute = lexer.withBytes(span) { IRIResolver.isAbsoluteWithoutDotSegments($0) }
        if isAbsolute { return span }
        guard let resolver else {
            if lexer.hasScheme(span) { return span }
            throw lexer.fail(
                "relative IRI <\(String(decoding: lexer.bytes(span), as: UTF8.self))> without a base IRI", at: start)
        }
        let resolvedStart = lexer.arena.count
        if span.inArena {
            // Escaped IRIs are unescaped into the arena, which the result is appended to.
            let reference = lexer.bytes(span)
            reference.withUnsafeBytes { resolver.resolve($0, into: &lexer.arena) }
        } else {
            resolver.resolve(UnsafeRawBufferPointer(start: p + span.start, count: span.count), into: &lexer.arena)
        }
        return Span(start: resolvedStart, count: lexer.arena.count - resolvedStart, inArena: true)
    }

    /// `[136s] PrefixedName ::= PNAME_LN | PNAME_NS`, expanded with its namespace.
    mutating func parsePrefixedName(_ i: inout Int) throws(LexError) -> Span {
        let start = i
        let prefix = try lexer.lexPNAME_NS(&i)
        // PNAME_NS is never escaped: the prefix is in the input.
        guard let index = prefixes.find(UnsafeRawBufferPointer(start: p + prefix.start, count: prefix.count)) else {
            throw lexer.fail(
                "undefined prefix '\(String(decoding: lexer.bytes(prefix), as: UTF8.self)):'", at: start)
        }
        let localStart = i
        let hasEscape = try lexer.scanPN_LOCAL(&i)
        let expandedStart = lexer.arena.count
        lexer.arena.append(contentsOf: prefixes.namespace(at: index))
        lexer.appendPN_LOCAL(from: localStart, to: i, hasEscape: hasEscape)
        return Span(start: expandedStart, count: lexer.arena.count - expandedStart, inArena: true)
    }

    /// White space and comments (`[161s] WS`, `#…`). At the end of non-final input: ``LexError/needMore``.
    @inline(__always)
    func skipWS(_ i: inout Int) throws(LexError) {
        let table = ByteClass.table
        while true {
            let b = p[i]
            if table[Int(b)] & ByteClass.whitespace != 0 {
                i &+= 1
            } else if b == UInt8(ascii: "#") {
                while true {
                    let c = p[i]
                    if c == 0x0A || c == 0x0D || (c == 0 && i >= lexer.end) { break }
                    i &+= 1
                }
            } else {
                break
            }
        }
        try lexer.checkMore(i)
    }

    @inline(__always)
    func fail(_ message: @autoclosure () -> String, at i: Int) -> LexError { lexer.fail(message(), at: i) }

    func found(_ i: Int) -> String { lexer.found(i) }
}
