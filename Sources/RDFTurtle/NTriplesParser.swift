import RDFModel

/// The line-based formats that ``NTriplesParser`` reads.
public enum LineFormat: Sendable, Hashable {
    /// [N-Triples 1.1](https://www.w3.org/TR/n-triples/): one triple per line.
    case nTriples
    /// [N-Quads 1.1](https://www.w3.org/TR/n-quads/): one triple per line, with an optional graph name.
    case nQuads
}

/// A streaming push parser for [N-Triples](https://www.w3.org/TR/n-triples/) and
/// [N-Quads](https://www.w3.org/TR/n-quads/).
///
/// It parses bytes, hands every statement to the sink as borrowed terms pointing into its input
/// buffer (or a reused scratch buffer for escaped values), and keeps only the unfinished last line
/// between chunks. Blank node labels are passed through verbatim.
///
/// ```swift
/// var parser = NTriplesParser()
/// var sink = CountingSink()
/// try "<http://a> <http://b> \"c\" .\n".withUTF8Buffer { try parser.append($0, into: &sink) }
/// try parser.finish(into: &sink)
/// print(sink.count)   // 1
/// ```
///
/// In lenient mode a line with a syntax error is skipped and the error is kept for
/// ``takeRecoveredErrors()``; otherwise the first error is thrown.
///
/// - Note: Copies of a parser share its input buffer; use each parser value from one place.
public struct NTriplesParser: RDFPushParser {
    public let format: LineFormat
    public let isLenient: Bool
    private let input = InputBuffer()
    private var arena: [UInt8] = []
    private var recovered: [RDFSyntaxError] = []
    private var isFirstChunk = true

    public init(format: LineFormat = .nTriples, lenient: Bool = false) {
        self.format = format
        self.isLenient = lenient
        arena.reserveCapacity(1024)
    }

    /// Feeds the next chunk; emits every statement whose line is complete.
    public mutating func append<S: RDFSink>(_ chunk: UnsafeRawBufferPointer, into sink: inout S) throws {
        guard chunk.count > 0 else { return }
        input.append(chunk)  // may move the pending bytes to the front: index the new ones after it
        let newStart = input.end - chunk.count
        skipByteOrderMark()
        // Lines before the last line break of the chunk are complete (earlier pending bytes had none).
        var limit = input.end
        let lowest = max(newStart, input.start)
        while limit > lowest {
            let b = input.base[limit - 1]
            if b == 0x0A || b == 0x0D { break }
            limit -= 1
        }
        guard limit > lowest else { return }
        try parseLines(upTo: limit, into: &sink)
    }

    /// Ends the document: parses the last line even without a line break.
    public mutating func finish<S: RDFSink>(into sink: inout S) throws {
        skipByteOrderMark()
        if input.end > input.start { try parseLines(upTo: input.end, into: &sink) }
    }

    public mutating func takeRecoveredErrors() -> [RDFSyntaxError] {
        defer { recovered.removeAll() }
        return recovered
    }

    /// A UTF-8 byte order mark at the start of the document is ignored.
    private mutating func skipByteOrderMark() {
        if isFirstChunk { isFirstChunk = !input.skipByteOrderMark() }
    }

    private mutating func parseLines<S: RDFSink>(upTo limit: Int, into sink: inout S) throws {
        // Lines are complete, so the lexer never needs more input: let it report every error.
        var lexer = TermLexer(p: input.base, end: input.end, isFinal: true, arena: arena)
        arena = []
        defer { arena = lexer.arena }
        let quads = format == .nQuads
        let inputBase = UnsafeRawPointer(input.base)
        var statement = LineStatement()
        var i = input.start
        while i < limit {
            lexer.arena.removeAll(keepingCapacity: true)
            let lineStart = i
            let complete: Bool
            do throws(LexError) {
                complete = try lexer.parseLine(&i, quads: quads, into: &statement)
            } catch {
                let message: String
                let index: Int
                switch error {
                case .syntax(let m, let at):
                    (message, index) = (m, at)
                case .needMore:  // unreachable: a complete line never needs more input
                    (message, index) = ("unexpected end of input", i)
                }
                let syntaxError = RDFSyntaxError(message, at: input.position(at: index))
                guard isLenient else {
                    input.consume(upTo: lineStart)
                    throw syntaxError
                }
                recovered.append(syntaxError)
                i = Self.nextLine(after: index, in: input.base, end: input.end)
                continue
            }
            if complete {
                try lexer.arena.withUnsafeBytes { a in
                    let arenaBase = UnsafeRawPointer(a.baseAddress ?? inputBase)
                    try sink.consume(
                        QuadRef(
                            subject: statement.subject.ref(input: inputBase, arena: arenaBase),
                            predicate: statement.predicate.ref(input: inputBase, arena: arenaBase),
                            object: statement.object.ref(input: inputBase, arena: arenaBase),
                            graph: statement.graph.ref(input: inputBase, arena: arenaBase)))
                }
            }
        }
        input.consume(upTo: max(i, limit))
    }

    /// The index after the line break that ends the line containing `index`.
    private static func nextLine(after index: Int, in p: UnsafeMutablePointer<UInt8>, end: Int) -> Int {
        var k = index
        while k < end, p[k] != 0x0A, p[k] != 0x0D { k += 1 }
        return min(k + 1, end)
    }
}
