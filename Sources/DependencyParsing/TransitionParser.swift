import NLPCore
import Perceptron

/// Something that scores all move classes for a feature vector: the frozen model at parse time,
/// the averaged perceptron under training.
protocol MoveScorer {
    func score(_ features: [UInt64], into scores: inout [Float])
}

extension PerceptronModel: MoveScorer {}
extension AveragedPerceptron: MoveScorer {}

/// Greedy arc-hybrid parsing: at each step the best-scoring valid move (ties: lowest class).
enum TransitionParser {
    /// The best valid move class under `scores`.
    @inline(__always)
    static func bestValid(_ scores: [Float], in config: Configuration) -> Int {
        let valid = (config.isValid(kind: 0), config.isValid(kind: 1), config.isValid(kind: 2))
        var best = -1
        var bestScore = -Float.infinity
        for index in scores.indices {
            let kind = index == 0 ? 0 : (index % 2 == 1 ? 1 : 2)
            let ok = kind == 0 ? valid.0 : (kind == 1 ? valid.1 : valid.2)
            if ok, best < 0 || scores[index] > bestScore {
                best = index
                bestScore = scores[index]
            }
        }
        return best
    }

    /// Parses words `1...count` given their atoms; the terminal configuration holds the heads and
    /// label numbers. `scores` must have one element per move class.
    static func parse(
        atoms: WordAtoms, count: Int, scorer: some MoveScorer, features: inout [UInt64], scores: inout [Float]
    ) -> Configuration {
        var config = Configuration(count: count)
        while !config.isTerminal {
            ParserFeatures.extract(config, atoms: atoms, into: &features)
            for index in scores.indices { scores[index] = 0 }
            scorer.score(features, into: &scores)
            let best = bestValid(scores, in: config)
            config.apply(Move(classIndex: best))
        }
        return config
    }
}
