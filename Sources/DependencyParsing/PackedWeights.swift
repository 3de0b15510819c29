import Perceptron

/// A parse-time copy of a ``PerceptronModel`` laid out for few cache misses: one open-addressing
/// table whose slots hold the key and the feature's row position, and rows of interleaved
/// (class, weight) pairs. A feature lookup touches one slot and one row.
struct PackedWeights: Sendable, MoveScorer {
    struct Slot {
        var key: UInt64
        var start: Int32
        var end: Int32
    }

    struct Entry {
        var label: UInt32
        var weight: Float
    }

    private let slots: [Slot]
    private let entries: [Entry]
    private let mask: Int

    init(_ model: PerceptronModel) {
        var size = 16
        while size < model.keys.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: size)
        mask = size - 1
        for (feature, key) in model.keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Slot(key: key, start: model.offsets[feature], end: model.offsets[feature + 1])
        }
        self.slots = slots
        entries = zip(model.labels, model.weights).map { Entry(label: UInt32($0), weight: $1) }
    }

    /// Adds the rows of `features` to `scores`. Two passes: the first finds every feature's row
    /// (independent table loads the processor overlaps), the second adds the rows.
    @inline(__always)
    func score(_ features: [UInt64], into scores: inout [Float]) {
        withUnsafeTemporaryAllocation(of: (Int32, Int32).self, capacity: features.count) { rows in
            var rowCount = 0
            slots.withUnsafeBufferPointer { slots in
                for key in features {
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while true {
                        let found = slots[slot]
                        if found.key == key {
                            rows[rowCount] = (found.start, found.end)
                            rowCount += 1
                            break
                        }
                        if found.key == 0 { break }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
            entries.withUnsafeBufferPointer { entries in
                scores.withUnsafeMutableBufferPointer { scores in
                    for row in 0..<rowCount {
                        let (start, end) = rows[row]
                        for index in Int(start)..<Int(end) {
                            let entry = entries[index]
                            scores[Int(entry.label)] += entry.weight
                        }
                    }
                }
            }
        }
    }
}
