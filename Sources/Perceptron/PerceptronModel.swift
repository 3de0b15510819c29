/// A trained linear model: for each known feature, the weights of the classes it votes for.
///
/// Storage is compressed sparse rows: feature `f`'s weights are `labels[offsets[f]..<offsets[f+1]]`
/// paired with the same range of `weights`. Scoring a decision adds those rows for its features.
package struct PerceptronModel: Sendable {
    package let classCount: Int
    package let keys: [UInt64]
    package let offsets: [Int32]
    package let labels: [UInt16]
    package let weights: [Float]
    private let table: FeatureTable

    package init(classCount: Int, keys: [UInt64], offsets: [Int32], labels: [UInt16], weights: [Float]) {
        precondition(offsets.count == keys.count + 1 && labels.count == weights.count)
        self.classCount = classCount
        self.keys = keys
        self.offsets = offsets
        self.labels = labels
        self.weights = weights
        table = FeatureTable(orderedKeys: keys)
    }

    /// The number of features with at least one weight.
    package var featureCount: Int { keys.count }

    /// Adds the weights of `features` to `scores` (which has ``classCount`` elements).
    @inline(__always)
    package func score(_ features: [UInt64], into scores: inout [Float]) {
        offsets.withUnsafeBufferPointer { offsets in
            labels.withUnsafeBufferPointer { labels in
                weights.withUnsafeBufferPointer { weights in
                    scores.withUnsafeMutableBufferPointer { scores in
                        for key in features {
                            guard let feature = table.index(of: key) else { continue }
                            for slot in Int(offsets[feature])..<Int(offsets[feature + 1]) {
                                scores[Int(labels[slot])] += weights[slot]
                            }
                        }
                    }
                }
            }
        }
    }

    /// Writes the model's arrays as sections `PREFIX.keys`, `.offsets`, `.labels`, `.weights16`.
    package func write(to file: inout ModelFileWriter, prefix: String) {
        file.addInteger("\(prefix).classes", classCount)
        file.addUInt64s("\(prefix).keys", keys)
        file.addInt32s("\(prefix).offsets", offsets)
        file.addUInt16s("\(prefix).labels", labels)
        // Half precision: a relative error of 1/2048 does not change decisions in practice, and
        // halves the largest part of every model file.
        file.addUInt16s("\(prefix).weights16", weights.map { Float16($0).bitPattern })
    }

    /// Reads a model written by ``write(to:prefix:)``, checking that its arrays agree.
    package init(from file: ModelFile, prefix: String) throws(ModelFileError) {
        let classCount = try file.integer("\(prefix).classes")
        let keys = try file.uint64s("\(prefix).keys")
        let offsets = try file.int32s("\(prefix).offsets")
        let labels = try file.uint16s("\(prefix).labels")
        let weights = try file.uint16s("\(prefix).weights16").map { Float(Float16(bitPattern: $0)) }
        guard offsets.count == keys.count + 1, labels.count == weights.count,
            offsets.first == 0, offsets.last.map(Int.init) == labels.count,
            zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
            labels.allSatisfy({ Int($0) < classCount })
        else { throw ModelFileError.corrupt(file.path, "section \(prefix) is inconsistent") }
        self.init(classCount: classCount, keys: keys, offsets: offsets, labels: labels, weights: weights)
    }
}
