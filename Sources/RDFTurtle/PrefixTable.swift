import Glibc

/// The prefixes a Turtle document has declared, looked up by name on every prefixed name.
///
/// Names and namespaces live in one buffer the table owns, reached through a raw pointer, so a
/// lookup and the expansion of a prefixed name cost no reference counting on the hot path.
struct PrefixTable {
    /// Owns the byte storage; the table reads it through ``base``.
    final class Storage {
        var base: UnsafeMutableRawPointer
        var capacity: Int
        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(byteCount: capacity, alignment: 1)
        }
        deinit { base.deallocate() }
    }

    struct Entry {
        var nameStart: Int
        var nameCount: Int
        var namespaceStart: Int
        var namespaceCount: Int
    }

    private var storage = Storage(capacity: 256)
    private var base: UnsafeMutableRawPointer
    private var used = 0
    private(set) var entries: [Entry] = []
    /// The index of the last prefix found: documents tend to use the same prefix repeatedly.
    private var lastHit = 0

    init() { base = storage.base }

    /// Binds `name` to `namespace`, replacing an earlier binding.
    mutating func bind(_ name: [UInt8], to namespace: [UInt8]) {
        let namespaceStart = store(namespace)
        let found = name.withUnsafeBytes { find($0) }
        if let k = found {
            entries[k].namespaceStart = namespaceStart
            entries[k].namespaceCount = namespace.count
        } else {
            let nameStart = store(name)
            entries.append(Entry(nameStart: nameStart, nameCount: name.count, namespaceStart: namespaceStart, namespaceCount: namespace.count))
        }
    }

    /// Copies `bytes` into the storage, which grows (and is copied when shared) as needed.
    private mutating func store(_ bytes: [UInt8]) -> Int {
        if !isKnownUniquelyReferenced(&storage) || used + bytes.count > storage.capacity {
            let grown = Storage(capacity: max(storage.capacity * 2, used + bytes.count))
            grown.base.copyMemory(from: base, byteCount: used)
            storage = grown
            base = grown.base
        }
        let start = used
        bytes.withUnsafeBytes { if let source = $0.baseAddress { (base + start).copyMemory(from: source, byteCount: $0.count) } }
        used += bytes.count
        return start
    }

    /// The index of the prefix called `name`.
    @inline(__always)
    mutating func find(_ name: UnsafeRawBufferPointer) -> Int? {
        if lastHit < entries.count, matches(entries[lastHit], name) { return lastHit }
        for k in entries.indices where matches(entries[k], name) {
            lastHit = k
            return k
        }
        return nil
    }

    /// The namespace bound at `index`; valid until the next ``bind(_:to:)``.
    @inline(__always)
    func namespace(at index: Int) -> UnsafeRawBufferPointer {
        let entry = entries[index]
        return UnsafeRawBufferPointer(start: base + entry.namespaceStart, count: entry.namespaceCount)
    }

    @inline(__always)
    private func matches(_ entry: Entry, _ name: UnsafeRawBufferPointer) -> Bool {
        guard entry.nameCount == name.count else { return false }
        guard let other = name.baseAddress, entry.nameCount > 0 else { return true }
        return memcmp(base + entry.nameStart, other, entry.nameCount) == 0
    }
}
