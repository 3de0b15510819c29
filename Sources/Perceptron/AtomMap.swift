/// A read-only map from feature atoms (non-zero 64-bit hashes) to small values, built once from
/// arrays: open addressing with linear probing, so loading a model is a single pass over its
/// arrays and a lookup is usually one cache miss.
package struct AtomMap<Value: Sendable>: Sendable {
    private let slots: [UInt64]
    private let values: [Value]
    private let mask: Int
    /// The keys and values in the order given, for writing the map back to a model file.
    package let keys: [UInt64]
    package let orderedValues: [Value]

    /// A map of `keys[i]` → `values[i]`; a repeated key keeps its first value; key 0 is ignored.
    package init(keys: [UInt64], values: [Value], filler: Value) {
        precondition(keys.count == values.count)
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var slotValues = [Value](repeating: filler, count: size)
        for (key, value) in zip(keys, values) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot &+ 1) & (size - 1) }
            guard slots[slot] == 0 else { continue }
            slots[slot] = key
            slotValues[slot] = value
        }
        self.slots = slots
        self.values = slotValues
        mask = size - 1
        self.keys = keys
        orderedValues = values
    }

    /// A map from a dictionary, its keys sorted so the result is deterministic.
    package init(_ dictionary: [UInt64: Value], filler: Value) {
        let sorted = dictionary.sorted { $0.key < $1.key }
        self.init(keys: sorted.map(\.key), values: sorted.map(\.value), filler: filler)
    }

    package var count: Int { keys.count }
    package var isEmpty: Bool { keys.isEmpty }

    @inline(__always)
    package subscript(key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = slots[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
    }
}
