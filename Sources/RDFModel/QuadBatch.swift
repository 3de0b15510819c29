/// Statements and directives copied out of a parser's buffers, to be replayed into a writer on
/// another thread.
///
/// Everything is encoded into one byte buffer that the batch owns: a record tag, then for a
/// statement four terms: a kind byte, then for an IRI or blank node a 32-bit length and the
/// bytes, for a literal three lengths (value, datatype, language) and the bytes, and for the
/// default graph nothing more. A value type over raw storage, so filling it costs no exclusivity checks,
/// reference counting or array bookkeeping per statement.
struct QuadBatch {
    private enum Tag: UInt8 {
        case quad, prefix, base
    }

    /// Owns the byte storage; the batch writes through ``base``.
    final class Storage {
        let base: UnsafeMutableRawPointer
        init(capacity: Int) { base = .allocate(byteCount: capacity, alignment: 8) }
        deinit { base.deallocate() }
    }

    private var storage: Storage
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    private(set) var byteCount = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 256)
        storage = Storage(capacity: self.capacity)
        base = storage.base
    }

    var isEmpty: Bool { byteCount == 0 }

    mutating func removeAll() { byteCount = 0 }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if byteCount &+ n > capacity { grow(n) }
    }

    private mutating func grow(_ n: Int) {
        var newCapacity = capacity * 2
        while newCapacity < byteCount + n { newCapacity *= 2 }
        let grown = Storage(capacity: newCapacity)
        grown.base.copyMemory(from: base, byteCount: byteCount)
        storage = grown
        base = grown.base
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        base.storeBytes(of: byte, toByteOffset: byteCount, as: UInt8.self)
        byteCount += 1
    }

    @inline(__always)
    private mutating func put(length: Int) {
        base.storeBytes(of: UInt32(truncatingIfNeeded: length), toByteOffset: byteCount, as: UInt32.self)
        byteCount += 4
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        (base + byteCount).copyMemory(from: source, byteCount: bytes.count)
        byteCount &+= bytes.count
    }

    @inline(__always)
    private mutating func put(_ term: TermRef) {
        put(term.kind.rawValue)
        switch term.kind {
        case .defaultGraph:
            break
        case .iri, .blankNode:
            put(length: term.value.count)
            put(term.value)
        case .literal:
            put(length: term.value.count)
            put(length: term.datatype.count)
            put(length: term.language.count)
            put(term.value)
            put(term.datatype)
            put(term.language)
        }
    }

    /// An upper bound of a term's encoded size.
    @inline(__always)
    private static func size(_ term: TermRef) -> Int {
        13 &+ term.value.count &+ term.datatype.count &+ term.language.count
    }

    mutating func append(_ quad: QuadRef) {
        reserve(1 &+ Self.size(quad.subject) &+ Self.size(quad.predicate) &+ Self.size(quad.object) &+ Self.size(quad.graph))
        put(Tag.quad.rawValue)
        put(quad.subject)
        put(quad.predicate)
        put(quad.object)
        put(quad.graph)
    }

    mutating func appendPrefix(_ name: String, iri: String) {
        name.withUTF8Buffer { name in
            iri.withUTF8Buffer { iri in
                reserve(9 + name.count + iri.count)
                put(Tag.prefix.rawValue)
                put(length: name.count)
                put(length: iri.count)
                put(name)
                put(iri)
            }
        }
    }

    mutating func appendBase(_ iri: String) {
        iri.withUTF8Buffer { iri in
            reserve(5 + iri.count)
            put(Tag.base.rawValue)
            put(length: iri.count)
            put(iri)
        }
    }

    /// Sends every record, in order, to `sink`.
    func replay<S: RDFSink>(into sink: inout S) throws {
        try withExtendedLifetime(storage) {
            var cursor = Cursor(base: UnsafeRawPointer(base), offset: 0)
            while cursor.offset < byteCount {
                switch Tag(rawValue: cursor.byte()) {
                case .quad:
                    let (s, p, o, g) = (cursor.term(), cursor.term(), cursor.term(), cursor.term())
                    try sink.consume(QuadRef(subject: s, predicate: p, object: o, graph: g))
                case .prefix:
                    let (n, v) = (cursor.length(), cursor.length())
                    let name = String(decoding: cursor.bytes(n), as: UTF8.self)
                    try sink.prefix(name, iri: String(decoding: cursor.bytes(v), as: UTF8.self))
                case .base:
                    try sink.base(String(decoding: cursor.bytes(cursor.length()), as: UTF8.self))
                case nil:
                    return
                }
            }
        }
    }

    /// Reads the encoding back.
    private struct Cursor {
        let base: UnsafeRawPointer
        var offset: Int

        @inline(__always)
        mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return base.load(fromByteOffset: offset, as: UInt8.self)
        }

        @inline(__always)
        mutating func length() -> Int {
            defer { offset += 4 }
            return Int(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }

        @inline(__always)
        mutating func bytes(_ n: Int) -> UnsafeRawBufferPointer {
            defer { offset += n }
            return UnsafeRawBufferPointer(start: base + offset, count: n)
        }

        @inline(__always)
        mutating func term() -> TermRef {
            switch TermKind(rawValue: byte()) ?? .defaultGraph {
            case .defaultGraph:
                return .defaultGraph
            case .iri:
                return TermRef(kind: .iri, value: bytes(length()))
            case .blankNode:
                return TermRef(kind: .blankNode, value: bytes(length()))
            case .literal:
                let (v, d, l) = (length(), length(), length())
                return TermRef(kind: .literal, value: bytes(v), datatype: bytes(d), language: bytes(l))
            }
        }
    }
}
