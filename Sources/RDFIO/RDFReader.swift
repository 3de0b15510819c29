public import RDFModel

/// A pull parser: statements one at a time, parsed from a file or memory as they are asked for.
///
/// It sits on the same push parsers as ``Conversion``: each ``next()`` feeds the next chunk only
/// when no parsed statement is waiting, so memory stays bounded by one chunk's statements.
///
/// ```swift
/// let reader = try RDFReader(FileInput(path: "g.ttl"), format: .turtle)
/// while let quad = try reader.next() { print(quad) }
/// ```
public final class RDFReader {
    private enum Source {
        case file(FileInput, UnsafeMutableRawBufferPointer)
        case memory([UInt8], offset: Int)
    }

    private var source: Source
    private var parser: RDFParser
    private var pending = PendingQuads()
    private var isAtEnd = false
    private let chunkSize: Int

    /// Reads `input` in chunks.
    public init(_ input: FileInput, format: RDFFormat, baseIRI: String? = nil, lenient: Bool = false) {
        chunkSize = 1 << 16
        source = .file(input, .allocate(byteCount: chunkSize, alignment: 16))
        parser = RDFParser(format: format, baseIRI: baseIRI ?? input.fileIRI, lenient: lenient)
    }

    /// Reads a document held in memory, `chunkSize` bytes at a time.
    public init(bytes: [UInt8], format: RDFFormat, baseIRI: String? = nil, lenient: Bool = false, chunkSize: Int = 1 << 16) {
        self.chunkSize = max(1, chunkSize)
        source = .memory(bytes, offset: 0)
        parser = RDFParser(format: format, baseIRI: baseIRI, lenient: lenient)
    }

    deinit {
        if case .file(_, let buffer) = source { buffer.deallocate() }
    }

    /// The next statement, or `nil` at the end of the document.
    /// - Throws: ``RDFSyntaxError`` at the first bad statement (unless lenient), ``RDFIOError``.
    public func next() throws -> Quad? {
        while pending.isEmpty {
            if isAtEnd { return nil }
            try feed()
        }
        return pending.removeFirst()
    }

    /// Errors skipped in lenient mode since the last call.
    public func takeRecoveredErrors() -> [RDFSyntaxError] { parser.takeRecoveredErrors() }

    private func feed() throws {
        switch source {
        case .file(let input, let buffer):
            let n = try input.read(into: buffer)
            if n == 0 {
                isAtEnd = true
                try parser.finish(into: &pending)
            } else {
                try parser.append(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), into: &pending)
            }
        case .memory(let bytes, let offset):
            if offset >= bytes.count {
                isAtEnd = true
                try parser.finish(into: &pending)
                return
            }
            let end = min(bytes.count, offset + chunkSize)
            source = .memory(bytes, offset: end)
            try bytes.withUnsafeBytes { try parser.append(UnsafeRawBufferPointer(rebasing: $0[offset..<end]), into: &pending) }
        }
    }
}

/// Statements parsed but not yet pulled.
struct PendingQuads: RDFSink {
    private var quads: [Quad] = []
    private var head = 0

    var isEmpty: Bool { head == quads.count }

    mutating func consume(_ quad: QuadRef) throws { quads.append(Quad(quad)) }

    mutating func removeFirst() -> Quad {
        let quad = quads[head]
        head += 1
        if head == quads.count {
            quads.removeAll(keepingCapacity: true)
            head = 0
        }
        return quad
    }
}
