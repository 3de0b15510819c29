import NLPCore
import Perceptron

/// Settings for ``DependencyParser/train(train:dev:options:progress:)``.
package struct DependencyParserTrainingOptions: Sendable {
    /// Passes over the training data; the epoch with the best dev LAS is kept.
    package var epochs = 12
    /// Seeds the shuffle and the exploration draws.
    package var seed: UInt64 = 1
    /// From this epoch on (1-based), a wrong prediction is followed with probability
    /// ``explorationProbability`` (error exploration); before it, training follows the oracle.
    package var explorationStartEpoch = 2
    package var explorationProbability = 0.9
    /// Averaged weights with a smaller magnitude are dropped from the model (a weight changes by
    /// 1 per update, so this drops features that mattered in few, early updates).
    package var pruneThreshold: Float = 1.5
    /// Lifted labels (`obl||nmod`) seen fewer times than this lose their decoration.
    package var minimumLiftedLabelCount = 2
    /// Words seen fewer times than this in the training data are unknown words (see ``TagLexicon``);
    /// double it when the training data holds every sentence twice (gold and predicted tags).
    package var minimumWordCount = 2

    package init() {}
}

/// A training sentence: its atoms and its projectivized gold tree.
struct TrainingExample {
    let atoms: WordAtoms
    let gold: GoldTree
}

extension DependencyParser {
    /// The projectivized gold trees of `sentences` (those with a complete, single-rooted,
    /// acyclic annotation), registering their labels in `labels`.
    static func examples(
        _ sentences: [Sentence], lexicon: TagLexicon, labels: inout LabelSet, liftedCounts: [String: Int]? = nil,
        minimumLiftedCount: Int = 1
    ) -> [TrainingExample] {
        var result: [TrainingExample] = []
        for sentence in sentences {
            guard let (heads, names) = projectivized(sentence) else { continue }
            var numbers = [-1]
            for word in 1..<heads.count {
                var name = names[word]
                if let liftedCounts, name.contains(PseudoProjective.separator),
                    liftedCounts[name, default: 0] < minimumLiftedCount
                {
                    name = PseudoProjective.baseLabel(name)
                }
                numbers.append(labels.insert(name))
            }
            result.append(
                TrainingExample(
                    atoms: WordAtoms(sentence.words, lexicon: lexicon), gold: GoldTree(heads: heads, labels: numbers)))
        }
        return result
    }

    /// The sentence's tree made projective, or `nil` if it is not a complete single-rooted tree.
    static func projectivized(_ sentence: Sentence) -> (heads: [Int], labels: [String])? {
        let count = sentence.words.count
        guard count > 0 else { return nil }
        var heads = [-1]
        var names = [""]
        var roots = 0
        for word in sentence.words {
            guard let head = word.head, head >= 0, head <= count else { return nil }
            if head == 0 { roots += 1 }
            heads.append(head)
            names.append(word.deprel)
        }
        guard roots == 1, (1...count).allSatisfy({ PseudoProjective.descends($0, from: 0, heads: heads) }) else {
            return nil
        }
        return PseudoProjective.projectivize(heads: heads, labels: names)
    }

    /// Trains a parser on `train` (their tags as given), keeping the epoch with the best LAS on
    /// `dev`; deterministic for a given seed. For parsing predicted tags, train on the sentences
    /// twice, once with jackknifed tagger output and once with gold tags, with
    /// ``DependencyParserTrainingOptions/minimumWordCount`` 4, and tune on dev tagged by the
    /// shipped tagger: on EWT this gives test UAS 86.11, LAS 83.36 (UAS 88.91, LAS 87.16 on
    /// gold tags).
    package static func train(
        train: [Sentence], dev: [Sentence], options: DependencyParserTrainingOptions,
        progress: (String) -> Void
    ) -> DependencyParser {
        var liftedCounts: [String: Int] = [:]
        for sentence in train {
            guard let (_, names) = projectivized(sentence) else { continue }
            for name in names where name.contains(PseudoProjective.separator) { liftedCounts[name, default: 0] += 1 }
        }
        var labels = LabelSet()
        let lexicon = TagLexicon(learningFrom: train, minimumCount: options.minimumWordCount)
        var examples = examples(
            train, lexicon: lexicon, labels: &labels, liftedCounts: liftedCounts,
            minimumLiftedCount: options.minimumLiftedLabelCount)
        let classCount = Move.classCount(labels: labels.count)
        var perceptron = AveragedPerceptron(classCount: classCount)
        var random = SeededGenerator(seed: options.seed)
        var best: (parser: DependencyParser, score: AttachmentScore, epoch: Int)?
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: classCount)
        for epoch in 1...max(options.epochs, 1) {
            examples.seededShuffle(using: &random)
            let explore = epoch >= options.explorationStartEpoch
            var counts = (right: 0, total: 0)
            for example in examples {
                learn(
                    example, perceptron: &perceptron, explore: explore, options: options, random: &random,
                    features: &features, scores: &scores, counts: &counts)
            }
            let parser = DependencyParser(
                labels: labels, lexicon: lexicon, model: perceptron.averaged(threshold: options.pruneThreshold),
                notes: [])
            var parsed = dev
            parser.apply(to: &parsed)
            let score = AttachmentScore(gold: dev, predicted: parsed)
            let isBest = best.map { score.las > $0.score.las } ?? true
            if isBest { best = (parser, score, epoch) }
            let accuracy = AttachmentScore.format(100 * Double(counts.right) / Double(max(counts.total, 1)))
            progress(
                "epoch \(epoch): train moves \(accuracy)% right, dev \(score.summary)\(isBest ? " (best)" : ""), "
                    + "\(parser.size.features) features, \(parser.size.weights) weights")
        }
        guard let best else {
            return DependencyParser(labels: labels, lexicon: lexicon, model: perceptron.averaged(), notes: [])
        }
        let notes: [(key: String, value: String)] = [
            ("licence", licence),
            (
                "training",
                "\(examples.count) sentences, epoch \(best.epoch) of \(options.epochs), seed \(options.seed), "
                    + "exploration \(options.explorationProbability) from epoch \(options.explorationStartEpoch), "
                    + "prune \(options.pruneThreshold)"
            ),
            ("dev", best.score.summary),
        ]
        let trained = DependencyParser(labels: labels, lexicon: lexicon, model: best.parser.model, notes: notes)
        // The model file stores half-precision weights: return the parser as it will load, so a
        // saved and reloaded parser parses exactly like the one returned here.
        return (try? DependencyParser(modelBytes: trained.modelBytes(), path: "trained parser")) ?? trained
    }

    /// One sentence of training with the dynamic oracle: at each step the best-scoring move is
    /// compared with the best-scoring move of least cost; when the guess costs more, the weights
    /// move towards that move. The parse goes on with the guess if it costs nothing, else (from
    /// the exploration epoch on, with the set probability) with the guess anyway, else with the
    /// best least-cost move.
    private static func learn(
        _ example: TrainingExample, perceptron: inout AveragedPerceptron, explore: Bool,
        options: DependencyParserTrainingOptions, random: inout SeededGenerator, features: inout [UInt64],
        scores: inout [Float], counts: inout (right: Int, total: Int)
    ) {
        let oracle = DynamicOracle(gold: example.gold)
        var config = Configuration(count: example.gold.count)
        while !config.isTerminal {
            ParserFeatures.extract(config, atoms: example.atoms, into: &features)
            for index in scores.indices { scores[index] = 0 }
            perceptron.score(features, into: &scores)
            let kindCosts = oracle.kindCosts(in: config)
            var guess = (index: -1, score: -Float.infinity, cost: Int.max)
            var truth = (index: -1, score: -Float.infinity, cost: Int.max)
            for index in scores.indices {
                guard let cost = oracle.cost(of: Move(classIndex: index), kindCosts: kindCosts, in: config)
                else { continue }
                let score = scores[index]
                if guess.index < 0 || score > guess.score { guess = (index, score, cost) }
                if cost < truth.cost || (cost == truth.cost && score > truth.score) { truth = (index, score, cost) }
            }
            counts.total += 1
            if guess.cost > truth.cost {
                perceptron.update(truth: truth.index, guess: guess.index, features: features)
            } else {
                counts.right += 1
            }
            perceptron.tick()
            var follow = truth.index
            if guess.cost == truth.cost {
                follow = guess.index
            } else if explore, Double(random.next() >> 11) / Double(1 << 53) < options.explorationProbability {
                follow = guess.index
            }
            config.apply(Move(classIndex: follow))
        }
    }
}
