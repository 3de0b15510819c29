/// A multiclass averaged perceptron under training (Collins 2002), with lazy averaging: each
/// weight keeps the running total of its past values and the instance it last changed at, so an
/// update costs only the weights it touches.
///
/// Weights are sparse per feature: a feature holds entries only for the classes it was ever
/// updated for, which keeps memory proportional to the updates made, not features × classes.
package struct AveragedPerceptron: Sendable {
    struct Entry: Sendable {
        var label: Int32
        var weight: Float
        var total: Double
        var stamp: Int
    }

    package let classCount: Int
    private var table = FeatureTable(minimumCapacity: 1 << 16)
    private var entries: [[Entry]] = []
    /// The number of training instances seen so far (the clock for averaging).
    package private(set) var instances = 0

    package init(classCount: Int) {
        self.classCount = classCount
    }

    /// Adds the current weights of `features` to `scores` (which has ``classCount`` elements).
    package func score(_ features: [UInt64], into scores: inout [Float]) {
        scores.withUnsafeMutableBufferPointer { scores in
            for key in features {
                guard let index = table.index(of: key) else { continue }
                for entry in entries[index] { scores[Int(entry.label)] += entry.weight }
            }
        }
    }

    /// Counts one training instance; call once per decision, before or after its update.
    package mutating func tick() { instances += 1 }

    /// Moves the weights of `features` towards `truth` and away from `guess` (no-op when equal).
    package mutating func update(truth: Int, guess: Int, features: [UInt64], by amount: Float = 1) {
        guard truth != guess else { return }
        for key in features {
            let index = table.insert(key)
            if index == entries.count { entries.append([]) }
            add(amount, label: truth, feature: index)
            add(-amount, label: guess, feature: index)
        }
    }

    /// Adds `amount` to the weights of `features` for class `label` alone. Structured training
    /// (beam search with early or max-violation updates) calls it with +1 for the gold sequence's features and -1
    /// for the predicted sequence's, whose features may differ.
    package mutating func add(_ amount: Float, label: Int, features: [UInt64]) {
        for key in features {
            let index = table.insert(key)
            if index == entries.count { entries.append([]) }
            add(amount, label: label, feature: index)
        }
    }

    private mutating func add(_ delta: Float, label: Int, feature: Int) {
        let now = instances
        let label32 = Int32(label)
        if let position = entries[feature].firstIndex(where: { $0.label == label32 }) {
            entries[feature][position].total += Double(now - entries[feature][position].stamp)
                * Double(entries[feature][position].weight)
            entries[feature][position].stamp = now
            entries[feature][position].weight += delta
        } else {
            entries[feature].append(Entry(label: label32, weight: delta, total: 0, stamp: now))
        }
    }

    /// The averaged weights as a frozen model, dropping weights whose magnitude is below
    /// `threshold` and features left with none. Deterministic: features keep their first-seen
    /// order and classes are sorted.
    package func averaged(threshold: Float = 1e-3) -> PerceptronModel {
        let keys = table.orderedKeys
        let clock = Double(max(instances, 1))
        var keptKeys: [UInt64] = []
        var offsets: [Int32] = [0]
        var labels: [UInt16] = []
        var weights: [Float] = []
        for (feature, key) in keys.enumerated() {
            let before = labels.count
            for entry in entries[feature].sorted(by: { $0.label < $1.label }) {
                let total = entry.total + Double(instances - entry.stamp) * Double(entry.weight)
                let average = Float(total / clock)
                guard abs(average) >= threshold else { continue }
                labels.append(UInt16(entry.label))
                weights.append(average)
            }
            if labels.count > before {
                keptKeys.append(key)
                offsets.append(Int32(labels.count))
            }
        }
        return PerceptronModel(
            classCount: classCount, keys: keptKeys, offsets: offsets, labels: labels, weights: weights)
    }

    /// The current (not averaged) weights as a frozen model, for evaluating mid-training.
    package var current: PerceptronModel {
        var offsets: [Int32] = [0]
        var labels: [UInt16] = []
        var weights: [Float] = []
        for feature in entries.indices {
            for entry in entries[feature].sorted(by: { $0.label < $1.label }) {
                labels.append(UInt16(entry.label))
                weights.append(entry.weight)
            }
            offsets.append(Int32(labels.count))
        }
        return PerceptronModel(
            classCount: classCount, keys: table.orderedKeys, offsets: offsets, labels: labels, weights: weights)
    }
}
