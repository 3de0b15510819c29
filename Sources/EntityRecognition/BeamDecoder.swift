import Perceptron

/// Anything that adds per-class weights of features to a score vector: the model under training
/// and the frozen one.
protocol WeightScorer {
    func score(_ features: [UInt64], into scores: inout [Float])
}

extension AveragedPerceptron: WeightScorer {}
extension PerceptronModel: WeightScorer {}

/// Beam search over BILOU label sequences, keeping only valid transitions. With a gold sequence
/// it also finds the prefix where the best hypothesis outscores the gold one by the most (the
/// max-violation update of Huang et al. 2012).
struct BeamDecoder {
    let labels: EntityLabels
    let width: Int
    /// Added to the score of every entity start (B and U classes): above 0 trades precision for recall.
    var entityBias: Float = 0

    struct Hypothesis {
        var score: Float
        var label: Int
        var previous: Int
        var back: Int
        var isGold: Bool
    }

    struct Result {
        var best: [Int]
        /// The end (inclusive) of the most violated prefix and the predicted labels up to it.
        var violation: (end: Int, predicted: [Int])?
    }

    func decode<S: WeightScorer>(_ sentence: SentenceFeatures, scorer: S, gold: [Int]? = nil) -> Result {
        let n = sentence.count
        guard n > 0 else { return Result(best: [], violation: nil) }
        let classes = labels.count
        var history: [[Hypothesis]] = []
        history.reserveCapacity(n)
        var beam = [Hypothesis(score: 0, label: -1, previous: -1, back: -1, isGold: true)]
        var staticScores = [Float](repeating: 0, count: classes)
        var scores = [Float](repeating: 0, count: classes)
        var buffer: [UInt64] = []
        var state = [UInt64](repeating: 0, count: 4)
        var candidates: [Hypothesis] = []
        candidates.reserveCapacity(width + 1)
        var goldScore: Float = 0
        var worst: (violation: Float, end: Int, slot: Int)?

        for index in 0..<n {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: sentence.features(of: index))
            for c in 0..<classes { staticScores[c] = 0 }
            scorer.score(buffer, into: &staticScores)
            if entityBias != 0 {
                for c in 1..<classes where labels.part(c) == .begin || labels.part(c) == .unit {
                    staticScores[c] += entityBias
                }
            }
            let isLast = index == n - 1
            candidates.removeAll(keepingCapacity: true)
            for (slot, hypothesis) in beam.enumerated() {
                sentence.stateFeatures(
                    index, previous: hypothesis.label, beforePrevious: hypothesis.previous, into: &state)
                scores = staticScores
                scorer.score(state, into: &scores)
                let previous: Int? = hypothesis.label < 0 ? nil : hypothesis.label
                for label in 0..<classes where labels.allows(previous: previous, next: label, isLast: isLast) {
                    let candidate = Hypothesis(
                        score: hypothesis.score + scores[label], label: label, previous: hypothesis.label,
                        back: slot, isGold: hypothesis.isGold && gold?[index] == label)
                    insert(candidate, into: &candidates)
                }
            }
            beam = candidates
            history.append(beam)
            if let gold {
                let previous = index > 0 ? gold[index - 1] : -1
                let beforePrevious = index > 1 ? gold[index - 2] : -1
                sentence.stateFeatures(index, previous: previous, beforePrevious: beforePrevious, into: &state)
                scores = staticScores
                scorer.score(state, into: &scores)
                goldScore += scores[gold[index]]
                if let top = beam.first, !top.isGold {
                    let violation = top.score - goldScore
                    if violation >= 0, violation > (worst?.violation ?? -1) {
                        worst = (violation, index, 0)
                    }
                }
            }
        }
        let best = backtrack(history, end: n - 1, slot: 0)
        let violation = worst.map { (end: $0.end, predicted: backtrack(history, end: $0.end, slot: $0.slot)) }
        return Result(best: best, violation: violation)
    }

    /// Keeps `candidates` sorted best first (ties: earlier hypothesis, then lower label) and at
    /// most `width` long.
    @inline(__always)
    private func insert(_ candidate: Hypothesis, into candidates: inout [Hypothesis]) {
        if candidates.count == width, let last = candidates.last, !(candidate.score > last.score) { return }
        var position = candidates.count
        while position > 0, candidate.score > candidates[position - 1].score { position -= 1 }
        candidates.insert(candidate, at: position)
        if candidates.count > width { candidates.removeLast() }
    }

    private func backtrack(_ history: [[Hypothesis]], end: Int, slot: Int) -> [Int] {
        var labels = Array(repeating: 0, count: end + 1)
        var slot = slot
        var index = end
        while index >= 0 {
            let hypothesis = history[index][slot]
            labels[index] = hypothesis.label
            slot = hypothesis.back
            index -= 1
        }
        return labels
    }
}
