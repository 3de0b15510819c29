import Perceptron

/// A parse-time copy of a ``PerceptronModel`` laid out for few, small cache misses.
///
/// The table has one 64-bit slot per feature: the high half is a fingerprint of the key (its
/// high 32 bits, low bit forced on so no fingerprint is 0), the low half where the feature's row
/// starts; the search starts at the slot the key's low bits name. Keys are well-mixed hashes
/// (``AtomHash/key(_:_:_:_:)``), so a lookup mistakes one key for another with a chance of about
/// 2⁻³², which at worst perturbs one feature's vote. A row is a count followed by that many
/// entries, each a class in the low 16 bits and the weight as a bfloat16 (the high half of a
/// Float) in the high 16 bits. A feature lookup touches one slot and one row.
struct PackedWeights: Sendable, MoveScorer {
    private let slots: [UInt64]
    private let rows: [UInt32]
    private let mask: Int

    init(_ model: PerceptronModel) {
        let count = model.keys.count
        var size = 16
        while size < count + count / 2 { size <<= 1 }
        let mask = size - 1
        var slots = [UInt64](repeating: 0, count: size)
        let rows = [UInt32](unsafeUninitializedCapacity: count + model.weights.count) { rows, initialized in
            slots.withUnsafeMutableBufferPointer { slots in
                model.offsets.withUnsafeBufferPointer { offsets in
                    var position = 0
                    for (feature, key) in model.keys.enumerated() {
                        var slot = Int(truncatingIfNeeded: key) & mask
                        while slots[slot] != 0 { slot = (slot &+ 1) & mask }
                        slots[slot] = Self.fingerprint(key) | UInt64(position)
                        let start = Int(offsets[feature])
                        let end = Int(offsets[feature + 1])
                        rows[position] = UInt32(end - start)
                        position += 1
                        for index in start..<end {
                            rows[position] = Self.bfloat16(model.weights[index]) | UInt32(model.labels[index])
                            position += 1
                        }
                    }
                    initialized = position
                }
            }
        }
        self.mask = mask
        self.slots = slots
        self.rows = rows
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 { (key | 0x1_0000_0000) & 0xffff_ffff_0000_0000 }

    /// The weight rounded to the nearest bfloat16, in the high 16 bits.
    static func bfloat16(_ weight: Float) -> UInt32 {
        let bits = weight.bitPattern
        let rounded = bits &+ 0x7fff &+ ((bits >> 16) & 1)
        return rounded & 0xffff_0000
    }

    /// Adds the rows of `features` to `scores`, in three passes that keep many cache misses in
    /// flight: load every feature's first slot (no branches), then resolve matches and the rare
    /// longer probe chains, then add the rows.
    @inline(__always)
    func score(_ features: [UInt64], into scores: inout [Float]) {
        let count = features.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { first in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { found in
                var foundCount = 0
                features.withUnsafeBufferPointer { features in
                    slots.withUnsafeBufferPointer { slots in
                        for index in 0..<count {
                            first[index] = slots[Int(truncatingIfNeeded: features[index]) & mask]
                        }
                        for index in 0..<count {
                            let key = features[index]
                            let fingerprint = Self.fingerprint(key)
                            var value = first[index]
                            var slot = Int(truncatingIfNeeded: key) & mask
                            while value != 0 {
                                if value & 0xffff_ffff_0000_0000 == fingerprint {
                                    found[foundCount] = Int(truncatingIfNeeded: value & 0xffff_ffff)
                                    foundCount += 1
                                    break
                                }
                                slot = (slot &+ 1) & mask
                                value = slots[slot]
                            }
                        }
                    }
                }
                rows.withUnsafeBufferPointer { rows in
                    scores.withUnsafeMutableBufferPointer { scores in
                        for index in 0..<foundCount {
                            let start = found[index]
                            let end = start + 1 + Int(rows[start])
                            var position = start + 1
                            while position < end {
                                let entry = rows[position]
                                scores[Int(entry & 0xffff)] += Float(bitPattern: entry & 0xffff_0000)
                                position += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
