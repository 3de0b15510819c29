import RDFModel

/// Statements and directives copied out of a parser's buffers, to be replayed into a writer on
/// another thread. A value type over storage it owns, so filling it costs no exclusivity checks
/// or reference counting per statement.
struct QuadBatch {
    enum Record {
        case quad(Int)
        case prefix(name: Slot, iri: Slot)
        case base(Slot)
    }

    struct Slot {
        var offset: Int
        var count: Int
    }

    struct TermSlots {
        var kind: TermKind
        var value: Slot
        var datatype: Slot
        var language: Slot
    }

    /// Owns the byte storage; the batch writes through ``base``.
    final class Storage {
        var base: UnsafeMutableRawPointer
        init(capacity: Int) { base = .allocate(byteCount: capacity, alignment: 8) }
        deinit { base.deallocate() }
    }

    private var storage: Storage
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    private(set) var byteCount = 0
    private(set) var records: [Record] = []
    private var terms: [TermSlots] = []

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = Storage(capacity: self.capacity)
        base = storage.base
        records.reserveCapacity(1024)
        terms.reserveCapacity(4096)
    }

    var isEmpty: Bool { records.isEmpty }

    mutating func removeAll() {
        byteCount = 0
        records.removeAll(keepingCapacity: true)
        terms.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private mutating func store(_ buffer: UnsafeRawBufferPointer) -> Slot {
        let n = buffer.count
        let slot = Slot(offset: byteCount, count: n)
        guard n > 0, let source = buffer.baseAddress else { return slot }
        if byteCount + n > capacity { grow(byteCount + n) }
        (base + byteCount).copyMemory(from: source, byteCount: n)
        byteCount += n
        return slot
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = Storage(capacity: newCapacity)
        grown.base.copyMemory(from: base, byteCount: byteCount)
        storage = grown
        base = grown.base
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func store(_ term: TermRef) {
        let value = store(term.value)
        let datatype = store(term.datatype)
        let language = store(term.language)
        terms.append(TermSlots(kind: term.kind, value: value, datatype: datatype, language: language))
    }

    mutating func append(_ quad: QuadRef) {
        records.append(.quad(terms.count))
        store(quad.subject)
        store(quad.predicate)
        store(quad.object)
        store(quad.graph)
    }

    mutating func appendPrefix(_ name: String, iri: String) {
        let nameSlot = name.withUTF8Buffer { store($0) }
        let iriSlot = iri.withUTF8Buffer { store($0) }
        records.append(.prefix(name: nameSlot, iri: iriSlot))
    }

    mutating func appendBase(_ iri: String) {
        let slot = iri.withUTF8Buffer { store($0) }
        records.append(.base(slot))
    }

    /// Sends every record, in order, to `sink`.
    func replay<S: RDFSink>(into sink: inout S) throws {
        let base = UnsafeRawPointer(self.base)
        func buffer(_ slot: Slot) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(start: base + slot.offset, count: slot.count)
        }
        func term(_ t: TermSlots) -> TermRef {
            TermRef(kind: t.kind, value: buffer(t.value), datatype: buffer(t.datatype), language: buffer(t.language))
        }
        try withExtendedLifetime(storage) {
            try terms.withUnsafeBufferPointer { terms in
                for record in records {
                    switch record {
                    case .quad(let k):
                        try sink.consume(
                            QuadRef(subject: term(terms[k]), predicate: term(terms[k + 1]), object: term(terms[k + 2]), graph: term(terms[k + 3])))
                    case .prefix(let name, let iri):
                        try sink.prefix(String(decoding: buffer(name), as: UTF8.self), iri: String(decoding: buffer(iri), as: UTF8.self))
                    case .base(let iri):
                        try sink.base(String(decoding: buffer(iri), as: UTF8.self))
                    }
                }
            }
        }
    }
}
