import RDFModel

/// A streaming push parser for [Turtle](https://www.w3.org/TR/turtle/) and [TriG](https://www.w3.org/TR/trig/).
///
/// Statements are parsed one at a time and handed to the sink when complete; a statement cut by
/// the end of a chunk is parsed again when the next chunk arrives, so results do not depend on
/// the chunking. Prefix and base declarations are reported with ``RDFSink/prefix(_:iri:)`` and
/// ``RDFSink/base(_:)``. Relative IRIs are resolved against the base (RFC 3986).
///
/// Blank node labels are kept, except those starting with `g`, which become `g_…`; the nodes the
/// parser makes for `[]`, `[ … ]` and collections are `g0`, `g1`, …
///
/// ```swift
/// var parser = TurtleParser(baseIRI: "http://example.org/")
/// var sink = CountingSink()
/// try "@prefix : <#> . :a :b ( 1 2 ) .".withUTF8Buffer { try parser.append($0, into: &sink) }
/// try parser.finish(into: &sink)
/// print(sink.count)   // 5
/// ```
///
/// In lenient mode a statement with a syntax error is dropped (best effort: up to the next `.`
/// followed by white space) and the error is kept for ``takeRecoveredErrors()``.
///
/// - Note: Copies of a parser share its input buffer; use each parser value from one place.
public struct TurtleParser: RDFPushParser {
    public let format: TurtleFormat
    public let isLenient: Bool
    private let input = InputBuffer()
    private var reader: TurtleReader
    private var recovered: [RDFSyntaxError] = []
    private var isRecovering = false
    /// While recovering: the document offset of the error; the skip does not stop before it.
    private var recoveryFloor = 0
    /// After an unfinished statement: the document offset the input must reach before it is
    /// parsed again (twice its pending length), so that long statements cost linear time however
    /// small the chunks.
    private var retryOffset = 0
    private var isFirstChunk = true

    /// - Parameters:
    ///   - baseIRI: the IRI relative IRIs are resolved against until `@base`; without one, a
    ///     relative IRI is an error.
    ///   - lenient: skip statements with syntax errors instead of throwing.
    public init(format: TurtleFormat = .turtle, baseIRI: String? = nil, lenient: Bool = false) {
        self.format = format
        self.isLenient = lenient
        self.reader = TurtleReader(isTriG: format == .trig, baseIRI: baseIRI)
    }

    public mutating func append<S: RDFSink>(_ chunk: UnsafeRawBufferPointer, into sink: inout S) throws {
        guard chunk.count > 0 else { return }
        input.append(chunk)
        if isFirstChunk { isFirstChunk = !input.skipByteOrderMark() }
        try parse(isFinal: false, into: &sink)
    }

    public mutating func finish<S: RDFSink>(into sink: inout S) throws {
        if isFirstChunk { isFirstChunk = !input.skipByteOrderMark() }
        try parse(isFinal: true, into: &sink)
        if reader.isInGraphBlock {
            let error = RDFSyntaxError("unterminated graph: expected '}'", at: input.position(at: input.end))
            reader.leaveGraph()
            guard isLenient else { throw error }
            recovered.append(error)
        }
    }

    public mutating func takeRecoveredErrors() -> [RDFSyntaxError] {
        defer { recovered.removeAll() }
        return recovered
    }

    // MARK: - Incremental parsing

    private mutating func parse<S: RDFSink>(isFinal: Bool, into sink: inout S) throws {
        reader.lexer.p = input.base
        reader.lexer.end = input.end
        reader.lexer.isFinal = isFinal
        if !isFinal, input.documentOffset(of: input.end) < retryOffset { return }
        var i = input.start
        defer { retryOffset = input.documentOffset(of: input.end) + (input.end - input.start) }
        if isRecovering, !recover(&i) {
            input.consume(upTo: i)
            return
        }
        parsing: while true {
            let statementStart = i
            let saved = reader.checkpoint
            reader.beginStatement()
            do throws(LexError) {
                guard try reader.parseStatement(&i) else { break parsing }
            } catch {
                reader.restore(saved)
                reader.directive = nil
                switch error {
                case .needMore:
                    i = statementStart
                    break parsing
                case .syntax(let message, let index):
                    let syntaxError = RDFSyntaxError(message, at: input.position(at: index))
                    guard isLenient else {
                        input.consume(upTo: statementStart)
                        throw syntaxError
                    }
                    recovered.append(syntaxError)
                    i = statementStart
                    recoveryFloor = input.documentOffset(of: index)
                    isRecovering = true
                    guard recover(&i) else { break parsing }
                    continue parsing
                }
            }
            try flush(into: &sink)
        }
        input.consume(upTo: i)
    }

    /// Hands the completed statement to the sink.
    private mutating func flush<S: RDFSink>(into sink: inout S) throws {
        if let directive = reader.commitDirective() {
            switch directive {
            case .prefix(let name, let namespace):
                try sink.prefix(String(decoding: name, as: UTF8.self), iri: String(decoding: namespace, as: UTF8.self))
            case .base(let resolver):
                try sink.base(resolver.baseString)
            }
        }
        let count = reader.batch.count
        guard count > 0 else { return }
        let inputBase = UnsafeRawPointer(input.base)
        let graph = reader.batchGraph
        try reader.lexer.arena.withUnsafeBytes { a in
            let arena = a.baseAddress ?? inputBase
            let g = graph.ref(input: inputBase, arena: arena)
            try reader.batch.withUnsafeBufferPointer { batch in
                for t in batch {
                    try sink.consume(
                        QuadRef(
                            subject: t.subject.ref(input: inputBase, arena: arena),
                            predicate: t.predicate.ref(input: inputBase, arena: arena),
                            object: t.object.ref(input: inputBase, arena: arena), graph: g))
                }
            }
        }
    }

    /// Lenient mode: skips the failed statement, from its start (at `i`) to just after the first
    /// `.` followed by white space (or a `}` closing a TriG graph) at or after the error, stepping
    /// over IRIs, strings and comments.
    ///
    /// - Returns: false if the input ends first and is not final (`i` is left unchanged, so the
    ///   same scan runs again with more input).
    private mutating func recover(_ i: inout Int) -> Bool {
        let p = input.base
        let end = input.end
        let isFinal = reader.lexer.isFinal
        let floor = input.index(ofDocumentOffset: recoveryFloor)
        var k = i
        func skip(to stop: UInt8, from k: inout Int) -> Bool {
            while k < end, p[k] != stop, p[k] != 0x0A, p[k] != 0x0D { k += 1 }
            if k >= end { return false }
            k += 1
            return true
        }
        while k < end {
            switch p[k] {
            case UInt8(ascii: "<"):
                k += 1
                guard skip(to: UInt8(ascii: ">"), from: &k) else { return settle(&i, isFinal) }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let quote = p[k]
                if k + 2 < end, p[k + 1] == quote, p[k + 2] == quote {
                    k += 3
                    while k + 2 < end, !(p[k] == quote && p[k + 1] == quote && p[k + 2] == quote) {
                        k += p[k] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    guard k + 2 < end else { return settle(&i, isFinal) }
                    k += 3
                } else {
                    k += 1
                    while k < end, p[k] != quote, p[k] != 0x0A, p[k] != 0x0D {
                        k += p[k] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    guard k < end else { return settle(&i, isFinal) }
                    k += 1
                }
            case UInt8(ascii: "#"):
                while k < end, p[k] != 0x0A, p[k] != 0x0D { k += 1 }
            case UInt8(ascii: ".") where k >= floor:
                if k + 1 >= end {
                    if !isFinal { return false }
                } else if ByteClass.table[Int(p[k + 1])] & ByteClass.whitespace == 0, p[k + 1] != UInt8(ascii: "#") {
                    k += 1
                    continue
                }
                i = k + 1
                isRecovering = false
                return true
            case UInt8(ascii: "}") where reader.isInGraphBlock && k >= floor:
                reader.leaveGraph()
                i = k + 1
                isRecovering = false
                return true
            default:
                k += 1
            }
        }
        return settle(&i, isFinal)
    }

    /// The end of the input while recovering: done if it is final, else wait for more.
    private mutating func settle(_ i: inout Int, _ isFinal: Bool) -> Bool {
        guard isFinal else { return false }
        i = input.end
        isRecovering = false
        return true
    }
}
