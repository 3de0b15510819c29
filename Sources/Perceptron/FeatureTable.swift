/// An open-addressing hash table from feature keys to dense feature numbers `0..<count`.
///
/// Keys come from ``FeatureHash`` and are already well mixed, so the slot is the key's low bits;
/// collisions probe linearly. The load factor stays at or below one half.
package struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    package private(set) var count: Int = 0

    package init(minimumCapacity: Int = 1024) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The feature number of `key`, or `nil` if the table does not hold it.
    @inline(__always)
    package func index(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return Int(values[slot]) }
            if found == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    /// The feature number of `key`, adding it with the next number if it is new.
    package mutating func insert(_ key: UInt64) -> Int {
        if let index = index(of: key) { return index }
        if (count + 1) * 2 > keys.count { grow() }
        let index = count
        place(key, Int32(index))
        count += 1
        return index
    }

    /// All keys, in feature-number order.
    package var orderedKeys: [UInt64] {
        var result = Array(repeating: UInt64(0), count: count)
        for slot in keys.indices where keys[slot] != 0 { result[Int(values[slot])] = keys[slot] }
        return result
    }

    /// A table holding `keys`, numbered in order.
    package init(orderedKeys: [UInt64]) {
        self.init(minimumCapacity: orderedKeys.count)
        for key in orderedKeys { _ = insert(key) }
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 { slot = (slot &+ 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for slot in oldKeys.indices where oldKeys[slot] != 0 { place(oldKeys[slot], oldValues[slot]) }
    }
}
