/// An intern table from byte strings to dense ids 1, 2, 3, …, comparing bytes exactly.
///
/// ``Dataset`` keys terms by their encoded bytes (``TermKey``) rather than by ``Term``, because
/// Swift's `String` equality is Unicode canonical equivalence while RDF compares code points, and
/// because a borrowed term can then be looked up without allocating. Open addressing with linear
/// probing over a power-of-two table; the keys live in one byte arena.
package struct TermInterner: Sendable {
    private var arena: [UInt8] = []
    /// Per id - 1: where its key starts in ``arena`` and its hash; the key ends where the next starts.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Slot → id, 0 when empty.
    private var table = [UInt32](repeating: 0, count: 64)

    package init() {}

    /// The number of keys.
    package var count: Int { hashes.count }

    /// The id of `key`, adding it if needed.
    package mutating func intern(_ key: UnsafeRawBufferPointer) -> (id: UInt32, inserted: Bool) {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & (table.count - 1)
        while true {
            let id = table[slot]
            if id == 0 { break }
            if hashes[Int(id) - 1] == hash && keyEquals(Int(id), key) { return (id, false) }
            slot = (slot + 1) & (table.count - 1)
        }
        arena.append(contentsOf: key)
        starts.append(arena.count)
        hashes.append(hash)
        let id = UInt32(hashes.count)
        table[slot] = id
        if hashes.count * 2 > table.count { grow() }
        return (id, true)
    }

    /// The id of `key`, if it was interned.
    package func find(_ key: UnsafeRawBufferPointer) -> UInt32? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & (table.count - 1)
        while true {
            let id = table[slot]
            if id == 0 { return nil }
            if hashes[Int(id) - 1] == hash && keyEquals(Int(id), key) { return id }
            slot = (slot + 1) & (table.count - 1)
        }
    }

    /// Calls `body` with the key of id `id`.
    package func withKey<R>(_ id: UInt32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let start = starts[Int(id) - 1]
        let end = starts[Int(id)]
        return try arena.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The hash of the key with id `id` (deterministic across runs).
    package func hash(of id: UInt32) -> UInt64 { hashes[Int(id) - 1] }

    private func keyEquals(_ id: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = starts[id - 1]
        let end = starts[id]
        guard end - start == key.count else { return false }
        return arena.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[start..<end]).elementsEqual(key) }
    }

    private mutating func grow() {
        table = [UInt32](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = UInt32(index + 1)
        }
    }

    /// A 64-bit multiply-xor hash over 8-byte words; deterministic.
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var i = 0
        let n = key.count
        guard let base = key.baseAddress else { return mix(h) }
        while i + 8 <= n {
            h = mix(h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift += 8
            i += 1
        }
        return mix(h ^ tail)
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The byte encoding of a term used as an intern key: a kind byte, the value, and for literals
/// 0xFF (never in UTF-8) then `@language` or the datatype.
package enum TermKey {
    /// Appends the key of `term` to `key`; with `lowercasingLanguage`, the language tag is ASCII
    /// lower-cased (tags compare case-insensitively).
    package static func append(_ term: TermRef, to key: inout [UInt8], lowercasingLanguage: Bool = false) {
        key.append(term.kind.rawValue)
        key.append(contentsOf: term.value)
        guard term.kind == .literal else { return }
        key.append(0xFF)
        if term.language.count > 0 {
            key.append(UInt8(ascii: "@"))
            if lowercasingLanguage {
                for b in term.language { key.append(b &- 0x41 < 26 ? b | 0x20 : b) }
            } else {
                key.append(contentsOf: term.language)
            }
        } else {
            key.append(contentsOf: term.datatype)
        }
    }

    /// The key of an owned term.
    package static func of(_ term: Term, lowercasingLanguage: Bool = false) -> [UInt8] {
        var key: [UInt8] = []
        term.withRef { append($0, to: &key, lowercasingLanguage: lowercasingLanguage) }
        return key
    }
}
