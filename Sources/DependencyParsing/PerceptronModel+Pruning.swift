import Perceptron

extension PerceptronModel {
    /// The model without weights whose magnitude is below `threshold`, and without features
    /// left with none.
    func pruned(threshold: Float) -> PerceptronModel {
        var keptKeys: [UInt64] = []
        var keptOffsets: [Int32] = [0]
        var keptLabels: [UInt16] = []
        var keptWeights: [Float] = []
        for (feature, key) in keys.enumerated() {
            let before = keptLabels.count
            for slot in Int(offsets[feature])..<Int(offsets[feature + 1]) where abs(weights[slot]) >= threshold {
                keptLabels.append(labels[slot])
                keptWeights.append(weights[slot])
            }
            if keptLabels.count > before {
                keptKeys.append(key)
                keptOffsets.append(Int32(keptLabels.count))
            }
        }
        return PerceptronModel(
            classCount: classCount, keys: keptKeys, offsets: keptOffsets, labels: keptLabels, weights: keptWeights)
    }
}
