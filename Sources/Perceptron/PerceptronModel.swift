/// A trained linear model: for each known feature, the weights of the classes it votes for.
///
/// Storage is compressed sparse rows: feature `f`'s weights are `labels[offsets[f]..<offsets[f+1]]`
/// paired with the same range of `weights`. Scoring a decision adds those rows for its features.
/// For scoring, the rows are also laid out for the cache: one open-addressing slot per feature
/// holding its key and row bounds, and the row's (label, weight) pairs side by side, so a
/// feature costs about two cache misses.
package struct PerceptronModel: Sendable {
    package let classCount: Int
    package let keys: [UInt64]
    package let offsets: [Int32]
    package let labels: [UInt16]
    package let weights: [Float]
    private let slots: [Slot]
    private let entries: [Entry]
    /// Rows with many weights, stored densely (``classCount`` floats each) and added with SIMD.
    private let denseRows: [Float]
    private let mask: Int
    /// In a slot, `start` with this bit set is the index of a dense row.
    static let denseFlag: UInt32 = 1 << 31

    struct Slot {
        var key: UInt64
        var start: UInt32
        var end: UInt32
    }

    struct Entry {
        var weight: Float
        var label: UInt32
    }

    package init(classCount: Int, keys: [UInt64], offsets: [Int32], labels: [UInt16], weights: [Float]) {
        precondition(offsets.count == keys.count + 1 && labels.count == weights.count)
        self.classCount = classCount
        self.keys = keys
        self.offsets = offsets
        self.labels = labels
        self.weights = weights
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: size)
        var entries: [Entry] = []
        var denseRows: [Float] = []
        for (feature, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & (size - 1) }
            let row = Int(offsets[feature])..<Int(offsets[feature + 1])
            if classCount >= 16 && row.count * 4 >= classCount {
                let index = denseRows.count / classCount
                denseRows.append(contentsOf: repeatElement(0, count: classCount))
                for entry in row { denseRows[index * classCount + Int(labels[entry])] = weights[entry] }
                slots[slot] = Slot(key: key, start: UInt32(index) | Self.denseFlag, end: 0)
            } else {
                let start = UInt32(entries.count)
                for entry in row { entries.append(Entry(weight: weights[entry], label: UInt32(labels[entry]))) }
                slots[slot] = Slot(key: key, start: start, end: UInt32(entries.count))
            }
        }
        self.slots = slots
        self.entries = entries
        self.denseRows = denseRows
        mask = size - 1
    }

    /// Every half-precision bit pattern as a Float: converting through the table is several
    /// times faster than the conversion instruction sequence where F16C is not assumed.
    static let halfToFloat: [Float] = (0...UInt16.max).map { Float(Float16(bitPattern: $0)) }

    /// The number of features with at least one weight.
    package var featureCount: Int { keys.count }

    /// Adds the weights of `features` to `scores` (which has ``classCount`` elements).
    @inline(__always)
    package func score(_ features: [UInt64], into scores: inout [Float]) {
        precondition(scores.count >= classCount)
        let classCount = classCount
        let vectorEnd = classCount & ~7
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                denseRows.withUnsafeBufferPointer { dense in
                    scores.withUnsafeMutableBufferPointer { scores in
                        guard let scoreBase = scores.baseAddress else { return }
                        let scoreRaw = UnsafeMutableRawPointer(scoreBase)
                        for key in features {
                            var slot = Int(truncatingIfNeeded: key) & mask
                            while true {
                                let found = slots[slot]
                                if found.key == key {
                                    if found.start & Self.denseFlag != 0, let denseBase = dense.baseAddress {
                                        let row = UnsafeRawPointer(denseBase + Int(found.start & ~Self.denseFlag) * classCount)
                                        var column = 0
                                        while column < vectorEnd {
                                            let offset = column * 4
                                            let sum = scoreRaw.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                                                + row.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                                            scoreRaw.storeBytes(of: sum, toByteOffset: offset, as: SIMD8<Float>.self)
                                            column += 8
                                        }
                                        let rowFloats = row.assumingMemoryBound(to: Float.self)
                                        while column < classCount {
                                            scores[column] += rowFloats[column]
                                            column += 1
                                        }
                                    } else {
                                        for index in Int(found.start)..<Int(found.end) {
                                            let entry = entries[index]
                                            scores[Int(entry.label)] += entry.weight
                                        }
                                    }
                                    break
                                }
                                if found.key == 0 { break }
                                slot = (slot &+ 1) & mask
                            }
                        }
                    }
                }
            }
        }
    }

    /// Writes the model as sections `PREFIX.classes`, `.keys` (UInt64), the number of weights of
    /// each feature (`.counts8`, or `.counts16` when there are more than 255 classes), their
    /// classes (`.labels8` or `.labels16`) and their weights in half precision (`.weights16`: a
    /// relative error of 1/2048 does not change decisions in practice).
    package func write(to file: inout ModelFileWriter, prefix: String) {
        file.addInteger("\(prefix).classes", classCount)
        file.addUInt64s("\(prefix).keys", keys)
        let counts = zip(offsets, offsets.dropFirst()).map { Int($1 - $0) }
        if classCount <= 255 {
            file.addBytes("\(prefix).counts8", counts.map { UInt8($0) })
            file.addBytes("\(prefix).labels8", labels.map { UInt8($0) })
        } else {
            file.addUInt16s("\(prefix).counts16", counts.map { UInt16($0) })
            file.addUInt16s("\(prefix).labels16", labels)
        }
        file.addUInt16s("\(prefix).weights16", weights.map { Float16($0).bitPattern })
    }

    /// Reads a model written by ``write(to:prefix:)``, checking that its arrays agree.
    package init(from file: ModelFile, prefix: String) throws(ModelFileError) {
        let classCount = try file.integer("\(prefix).classes")
        let keys = try file.uint64s("\(prefix).keys")
        let small = classCount <= 255
        let counts = small ? try file.bytes("\(prefix).counts8").map(Int.init) : try file.uint16s("\(prefix).counts16").map(Int.init)
        let labels = small ? try file.bytes("\(prefix).labels8").map(UInt16.init) : try file.uint16s("\(prefix).labels16")
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(counts.count + 1)
        var total = 0
        for count in counts {
            total += count
            guard total <= labels.count else { throw ModelFileError.corrupt(file.path, "section \(prefix) is inconsistent") }
            offsets.append(Int32(total))
        }
        let weights = try file.uint16s("\(prefix).weights16").map { Self.halfToFloat[Int($0)] }
        guard offsets.count == keys.count + 1, labels.count == weights.count,
            offsets.first == 0, offsets.last.map(Int.init) == labels.count,
            zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
            labels.allSatisfy({ Int($0) < classCount }), !keys.contains(0)
        else { throw ModelFileError.corrupt(file.path, "section \(prefix) is inconsistent") }
        self.init(classCount: classCount, keys: keys, offsets: offsets, labels: labels, weights: weights)
    }
}
