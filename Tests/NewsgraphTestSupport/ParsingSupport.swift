import RDFModel
import RDFTurtle

/// The syntaxes of the Turtle family, with a parser for each.
public enum TurtleFamilySyntax: String, Sendable, CaseIterable {
    case nTriples, nQuads, turtle, trig

    /// A fresh parser for this syntax.
    public func makeParser(baseIRI: String? = nil, lenient: Bool = false) -> any RDFPushParser {
        switch self {
        case .nTriples: NTriplesParser(format: .nTriples, lenient: lenient)
        case .nQuads: NTriplesParser(format: .nQuads, lenient: lenient)
        case .turtle: TurtleParser(format: .turtle, baseIRI: baseIRI, lenient: lenient)
        case .trig: TurtleParser(format: .trig, baseIRI: baseIRI, lenient: lenient)
        }
    }
}

/// How a document is cut into chunks before it is fed to a push parser.
public enum Chunking: Sendable, Hashable, CustomStringConvertible {
    /// One chunk.
    case whole
    /// Chunks of `n` bytes.
    case fixed(Int)
    /// Chunk sizes drawn uniformly from 1...`maxSize` with a seeded generator.
    case random(seed: UInt64, maxSize: Int)

    public var description: String {
        switch self {
        case .whole: "whole"
        case .fixed(let n): "\(n)-byte chunks"
        case .random(let seed, let maxSize): "random chunks (seed \(seed), up to \(maxSize) bytes)"
        }
    }

    /// The chunk lengths for a document of `count` bytes.
    public func lengths(count: Int) -> [Int] {
        var result: [Int] = []
        var remaining = count
        var rng = SplitMix64(seed: 0)
        if case .random(let seed, _) = self { rng = SplitMix64(seed: seed) }
        while remaining > 0 {
            let n: Int
            switch self {
            case .whole: n = remaining
            case .fixed(let size): n = min(size, remaining)
            case .random(_, let maxSize): n = min(Int.random(in: 1...max(1, maxSize), using: &rng), remaining)
            }
            result.append(n)
            remaining -= n
        }
        return result
    }
}

/// A seeded generator (SplitMix64), for reproducible "random" tests.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Everything a parser reported for one document.
public struct ParseOutcome: Sendable, Equatable {
    /// The statements, in order.
    public var quads: [Quad] = []
    /// The prefix declarations, in order.
    public var prefixes: [Prefix] = []
    /// The base declarations, in order.
    public var bases: [String] = []
    /// The error thrown (strict mode).
    public var error: RDFSyntaxError?
    /// The errors recovered from (lenient mode).
    public var recoveredErrors: [RDFSyntaxError] = []

    public struct Prefix: Sendable, Equatable, CustomStringConvertible {
        public var name: String
        public var iri: String
        public var description: String { "\(name): <\(iri)>" }
    }

    /// The statements as a dataset.
    public var dataset: Dataset { Dataset(quads) }
}

/// A sink that copies every event.
struct RecordingSink: RDFSink {
    var outcome = ParseOutcome()
    mutating func consume(_ quad: QuadRef) throws { outcome.quads.append(Quad(quad)) }
    mutating func prefix(_ name: String, iri: String) throws { outcome.prefixes.append(.init(name: name, iri: iri)) }
    mutating func base(_ iri: String) throws { outcome.bases.append(iri) }
}

/// Parses `bytes` with a fresh parser, fed in chunks; records statements and the error.
public func parse(
    _ bytes: [UInt8], as syntax: TurtleFamilySyntax, baseIRI: String? = nil, lenient: Bool = false,
    chunking: Chunking = .whole
) -> ParseOutcome {
    var parser = syntax.makeParser(baseIRI: baseIRI, lenient: lenient)
    return feed(bytes, to: &parser, chunking: chunking)
}

/// Parses a string (see ``parse(_:as:baseIRI:lenient:chunking:)``).
public func parse(
    _ text: String, as syntax: TurtleFamilySyntax, baseIRI: String? = nil, lenient: Bool = false,
    chunking: Chunking = .whole
) -> ParseOutcome {
    parse(Array(text.utf8), as: syntax, baseIRI: baseIRI, lenient: lenient, chunking: chunking)
}

/// Feeds `bytes` to `parser` and finishes the document.
public func feed<P: RDFPushParser>(_ bytes: [UInt8], to parser: inout P, chunking: Chunking) -> ParseOutcome {
    var sink = RecordingSink()
    do {
        try bytes.withUnsafeBytes { all in
            var offset = 0
            for length in chunking.lengths(count: all.count) {
                try parser.append(UnsafeRawBufferPointer(rebasing: all[offset..<offset + length]), into: &sink)
                offset += length
            }
        }
        try parser.finish(into: &sink)
    } catch let error as RDFSyntaxError {
        sink.outcome.error = error
    } catch {
        sink.outcome.error = RDFSyntaxError("unexpected error \(error)", at: .start)
    }
    sink.outcome.recoveredErrors = parser.takeRecoveredErrors()
    return sink.outcome
}

/// The position of byte `offset` computed naively (LF, CR and CRLF end lines; columns count
/// Unicode scalars), to check the positions parsers report.
public func naivePosition(ofOffset offset: Int, in bytes: [UInt8]) -> TextPosition {
    var line = 0
    var column = 0
    var k = 0
    while k < min(offset, bytes.count) {
        let b = bytes[k]
        if b == 0x0D {
            line += 1
            column = 0
            if k + 1 < offset, k + 1 < bytes.count, bytes[k + 1] == 0x0A { k += 1 }
        } else if b == 0x0A {
            line += 1
            column = 0
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
        k += 1
    }
    return TextPosition(line: line, column: column, offset: offset)
}
