import RDFModel

/// The prefix bindings of a Turtle writer, searchable for the longest namespace of an IRI.
///
/// Namespaces are kept sorted by bytes, each with a link to the longest other namespace that is a
/// prefix of it. The longest namespace that is a prefix of an IRI is then the last namespace
/// sorting at or before the IRI, or one of its ancestors: O(log n) comparisons plus the walk.
struct NamespaceTable {
    struct Entry {
        /// Where the name and the namespace are in ``arena``.
        var nameStart: Int
        var nameCount: Int
        var namespaceStart: Int
        var namespaceCount: Int
        /// The entry whose namespace is the longest proper prefix of this one, or -1.
        var parent: Int
    }

    /// Sorted by namespace; one entry per distinct namespace (the latest name bound to it).
    private(set) var entries: [Entry] = []
    /// The bytes of every name and namespace in ``entries``.
    private var arena: [UInt8] = []
    /// Every binding, name → namespace, in declaration order.
    private(set) var bindings = PrefixMap()

    /// Binds `name` to `namespace`; returns false when it was bound so already or `name` is not a
    /// valid PN_PREFIX (then it is not used).
    @discardableResult
    mutating func bind(_ name: String, _ namespace: String) -> Bool {
        guard bindings[name] != namespace, name.withUTF8Buffer({ TurtleGrammar.isPrefixName($0) }) else {
            return false
        }
        bindings[name] = namespace
        rebuild()
        return true
    }

    private mutating func rebuild() {
        var byNamespace: [String: String] = [:]
        for entry in bindings.entries { byNamespace[entry.namespace] = entry.name }
        let sorted = byNamespace.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        arena = []
        entries = []
        for (namespace, name) in sorted {
            let nameStart = arena.count
            arena += name.utf8
            let namespaceStart = arena.count
            arena += namespace.utf8
            entries.append(
                Entry(
                    nameStart: nameStart, nameCount: name.utf8.count, namespaceStart: namespaceStart,
                    namespaceCount: namespace.utf8.count, parent: -1))
        }
        for i in entries.indices {
            let namespace = sorted[i].key
            for j in stride(from: i - 1, through: 0, by: -1) where namespace.hasPrefix(sorted[j].key) {
                entries[i].parent = j
                break
            }
        }
    }

    /// The entry of the longest namespace that `iri` starts with and after which the rest is a
    /// plain local name, and where that local name starts.
    func abbreviate(_ iri: UnsafeRawBufferPointer) -> (entry: Int, localStart: Int)? {
        guard !entries.isEmpty else { return nil }
        return arena.withUnsafeBytes { arena in
            entries.withUnsafeBufferPointer { entries in
                var low = 0
                var high = entries.count
                while low < high {
                    let mid = (low &+ high) >> 1
                    let e = entries[mid]
                    let namespace = UnsafeRawBufferPointer(rebasing: arena[e.namespaceStart..<(e.namespaceStart &+ e.namespaceCount)])
                    if Self.compare(namespace, iri) <= 0 { low = mid &+ 1 } else { high = mid }
                }
                var k = low &- 1
                while k >= 0 {
                    let e = entries[k]
                    let n = e.namespaceCount
                    if n <= iri.count,
                        bytesEqual(
                            UnsafeRawBufferPointer(rebasing: arena[e.namespaceStart..<(e.namespaceStart &+ n)]),
                            UnsafeRawBufferPointer(rebasing: iri[..<n])),
                        TurtleGrammar.isPlainLocalName(UnsafeRawBufferPointer(rebasing: iri[n...]))
                    {
                        return (k, n)
                    }
                    k = e.parent
                }
                return nil
            }
        }
    }

    /// The prefix name and namespace of an entry.
    func binding(_ entry: Int) -> (name: String, namespace: String) {
        let e = entries[entry]
        return (
            String(decoding: arena[e.nameStart..<(e.nameStart + e.nameCount)], as: UTF8.self),
            String(decoding: arena[e.namespaceStart..<(e.namespaceStart + e.namespaceCount)], as: UTF8.self)
        )
    }

    func appendName(_ entry: Int, into out: inout ByteWriter) {
        let e = entries[entry]
        arena.withUnsafeBytes { out.append(UnsafeRawBufferPointer(rebasing: $0[e.nameStart..<(e.nameStart + e.nameCount)])) }
    }

    /// Lexicographic byte order of `a` and `b`: negative, zero or positive.
    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        guard n > 0, let p = a.baseAddress, let q = b.baseAddress else { return a.count &- b.count }
        var i = 0
        while i &+ 8 <= n {
            let x = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let y = q.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if x != y {
                // The first differing byte is the lowest set byte of x ^ y (little-endian loads).
                let shift = UInt64((x ^ y).trailingZeroBitCount & ~7)
                return Int((x >> shift) & 0xFF) &- Int((y >> shift) & 0xFF)
            }
            i &+= 8
        }
        while i < n {
            let x = p.load(fromByteOffset: i, as: UInt8.self)
            let y = q.load(fromByteOffset: i, as: UInt8.self)
            if x != y { return Int(x) &- Int(y) }
            i &+= 1
        }
        return a.count &- b.count
    }
}
