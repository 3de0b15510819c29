import NLPCore
import Perceptron

extension Tagger {
    /// Trains a tagger on gold-tagged sentences, keeping for each pass the epoch with the best
    /// dev accuracy (joint UPOS+XPOS). Deterministic for a given seed.
    package static func train(
        train: [Sentence], dev: [Sentence], options: TaggerTrainingOptions = .init(), progress: (String) -> Void = { _ in }
    ) -> Tagger {
        withoutActuallyEscaping(progress) { progress in
            let trainer = TaggerTrainer(train: train, dev: dev, options: options, progress: progress)
            return trainer.run()
        }
    }

    /// Tags `sentences` with taggers trained on the other folds (k-fold jackknifing), so that a
    /// downstream model can train on tags with realistic errors. Gold tags stay in the result
    /// only where prediction happened to match them.
    package static func jackknife(
        _ sentences: [Sentence], dev: [Sentence], folds: Int, options: TaggerTrainingOptions = .init(),
        progress: (String) -> Void = { _ in }
    ) -> [Sentence] {
        var result = sentences
        for fold in 0..<folds {
            let held = sentences.indices.filter { $0 % folds == fold }
            let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            progress("jackknife fold \(fold + 1)/\(folds): training on \(rest.count) sentences")
            let tagger = train(train: rest, dev: dev, options: options) { progress("  \($0)") }
            for index in held { tagger.apply(to: &result[index]) }
        }
        return result
    }
}

/// The training procedure: labels and lexicon from the data, first pass, jackknifed first-pass
/// tags for the second pass, second pass.
struct TaggerTrainer {
    let train: [Sentence]
    let dev: [Sentence]
    let options: TaggerTrainingOptions
    let progress: (String) -> Void
    var labels: [String] = []
    var labelIndex: [String: Int] = [:]
    var dictionary: [UInt64: Int] = [:]
    var uposOf: [Substring] = []
    var xposOf: [Substring] = []

    init(train: [Sentence], dev: [Sentence], options: TaggerTrainingOptions, progress: @escaping (String) -> Void) {
        self.train = train
        self.dev = dev
        self.options = options
        self.progress = progress
        labels = Set(train.flatMap { $0.words.map { "\($0.upos) \($0.xpos)" } }).sorted()
        for (index, label) in labels.enumerated() { labelIndex[label] = index }
        uposOf = labels.map { $0.split(separator: " ").first ?? "" }
        xposOf = labels.map { $0.split(separator: " ").last ?? "" }
        dictionary = tagDictionary()
    }

    func gold(_ sentences: [Sentence]) -> [[Int]] {
        sentences.map { $0.words.map { (labelIndex["\($0.upos) \($0.xpos)"] ?? -1) + 1 } }
    }

    /// Ambiguity classes: word → the tags with at least `ambiguityShare` of its occurrences.
    func lexicon(of sentences: some Sequence<Sentence>) -> [UInt64: UInt64] {
        var counts: [UInt64: [Int: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words {
                let bytes = Array(word.form.utf8)
                let label = labelIndex["\(word.upos) \(word.xpos)"] ?? 0
                let norm = FeatureHash.atom(WordShape.normalized(bytes))
                counts[norm, default: [:]][label, default: 0] += 1
                let form = FeatureHash.atom(bytes)
                if form != norm { counts[form, default: [:]][label, default: 0] += 1 }
            }
        }
        return counts.mapValues { tags in
            let total = Double(tags.values.reduce(0, +))
            var hash = FeatureHash(template: -3)
            for (tag, count) in tags.sorted(by: { $0.key < $1.key }) where Double(count) >= total * options.ambiguityShare {
                hash.mix(UInt64(tag))
            }
            return hash.key
        }
    }

    /// Frequent words (`minimumCount` occurrences) with one label in `share` of them.
    func tagDictionary(minimumCount: Int = 20, share: Double = 0.97) -> [UInt64: Int] {
        var counts: [UInt64: [Int: Int]] = [:]
        for sentence in train {
            for word in sentence.words {
                counts[FeatureHash.atom(Array(word.form.utf8)), default: [:]][labelIndex["\(word.upos) \(word.xpos)"] ?? 0, default: 0] += 1
            }
        }
        return counts.compactMapValues { tags in
            let total = tags.values.reduce(0, +)
            guard total >= minimumCount,
                let best = tags.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                Double(best.value) >= Double(total) * share
            else { return nil }
            return best.key + 1
        }
    }

    func prepare(_ sentences: [Sentence], lexicon: [UInt64: UInt64]) -> [[TaggerWord]] {
        sentences.map { sentence in
            var words = sentence.words.map { word in
                var prepared = TaggerWord(bytes: Array(word.form.utf8), wordnet: options.wordnet, names: options.names) {
                    lexicon[$0]
                }
                prepared.fixedLabel = dictionary[prepared.form] ?? 0
                return prepared
            }
            TaggerWord.markTitleCase(&words)
            return words
        }
    }

    func run() -> Tagger {
        let fullLexicon = lexicon(of: train)
        // Training words get ambiguity classes from the other folds, as unseen words would.
        var trainWords: [[TaggerWord]] = Array(repeating: [], count: train.count)
        for fold in 0..<options.folds {
            let foldLexicon = lexicon(of: train.indices.lazy.filter { $0 % options.folds != fold }.map { train[$0] })
            for index in train.indices where index % options.folds == fold {
                trainWords[index] = prepare([train[index]], lexicon: foldLexicon)[0]
            }
        }
        let trainGold = gold(train)
        let devWords = prepare(dev, lexicon: fullLexicon)
        let devGold = gold(dev)

        progress("pass 1: \(labels.count) labels, \(train.count) sentences")
        let (firstPass, bestEpoch) = trainPass(
            trainWords, trainGold, right: nil, devWords, devGold, devRight: nil, epochs: options.epochs)
        var trainRight: [[Int]] = Array(repeating: [], count: train.count)
        for fold in 0..<options.folds {
            let rest = train.indices.filter { $0 % options.folds != fold }
            progress("pass 1 on fold \(fold + 1)/\(options.folds) for the second pass's inputs")
            let (model, _) = trainPass(
                rest.map { trainWords[$0] }, rest.map { trainGold[$0] }, right: nil, [], [], devRight: nil,
                epochs: bestEpoch)
            for index in train.indices where index % options.folds == fold {
                trainRight[index] = decode(trainWords[index], model)
            }
        }
        let devRight = devWords.map { decode($0, firstPass) }
        progress("pass 2")
        let (secondPass, _) = trainPass(
            trainWords, trainGold, right: trainRight, devWords, devGold, devRight: devRight, epochs: options.epochs)
        return Tagger(
            labels: labels, lexicon: AtomMap(fullLexicon, filler: 0), tagDictionary: AtomMap(dictionary, filler: 0),
            firstPass: firstPass, secondPass: secondPass,
            morphology: Morphology(learningFrom: train), wordnet: options.wordnet, names: options.names)
    }

    func decode(_ words: [TaggerWord], _ model: PerceptronModel, right: [Int] = []) -> [Int] {
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: labels.count)
        var confident: [Bool] = []
        return Tagger.decode(
            words, model: model, right: right, confident: &confident, features: &features, scores: &scores)
    }

    /// Trains one pass; with dev data keeps the best epoch, without it returns the last.
    func trainPass(
        _ words: [[TaggerWord]], _ gold: [[Int]], right: [[Int]]?, _ devWords: [[TaggerWord]], _ devGold: [[Int]],
        devRight: [[Int]]?, epochs: Int
    ) -> (PerceptronModel, Int) {
        var perceptron = AveragedPerceptron(classCount: labels.count)
        var generator = SeededGenerator(seed: options.seed)
        var order = Array(words.indices)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: labels.count)
        var best: (model: PerceptronModel, accuracy: Double, epoch: Int)?
        for epoch in 1...max(epochs, 1) {
            order.seededShuffle(using: &generator)
            var correct = 0
            var total = 0
            for sentence in order {
                let sentenceWords = words[sentence]
                let sentenceRight = right?[sentence] ?? []
                var previous: (UInt64, UInt64) = (0, 0)
                for index in sentenceWords.indices {
                    if sentenceWords[index].fixedLabel != 0 {
                        previous = (UInt64(sentenceWords[index].fixedLabel), previous.0)
                        continue
                    }
                    TaggerFeatures.extract(sentenceWords, at: index, previous: previous, right: sentenceRight, into: &features)
                    for slot in scores.indices { scores[slot] = 0 }
                    perceptron.score(features, into: &scores)
                    let guess = Tagger.argmax(scores)
                    let truth = gold[sentence][index] - 1
                    if truth >= 0 {
                        perceptron.update(truth: truth, guess: guess, features: features)
                        if truth == guess { correct += 1 }
                        total += 1
                    }
                    perceptron.tick()
                    previous = (UInt64(guess + 1), previous.0)
                }
            }
            let trainAccuracy = 100 * Double(correct) / Double(max(total, 1))
            guard !devWords.isEmpty else {
                if epoch == epochs { return (perceptron.averaged(threshold: options.pruneThreshold), epoch) }
                continue
            }
            let model = perceptron.averaged(threshold: options.pruneThreshold)
            var devCorrect = (joint: 0, upos: 0, xpos: 0)
            var devTotal = 0
            for (index, sentenceWords) in devWords.enumerated() {
                let predicted = decode(sentenceWords, model, right: devRight?[index] ?? [])
                for (guess, truth) in zip(predicted, devGold[index]) {
                    devTotal += 1
                    guard guess == truth else {
                        guard truth > 0 else { continue }
                        devCorrect.upos += uposOf[guess - 1] == uposOf[truth - 1] ? 1 : 0
                        devCorrect.xpos += xposOf[guess - 1] == xposOf[truth - 1] ? 1 : 0
                        continue
                    }
                    devCorrect.joint += 1
                    devCorrect.upos += 1
                    devCorrect.xpos += 1
                }
            }
            let accuracy = 100 * Double(devCorrect.joint) / Double(max(devTotal, 1))
            let upos = 100 * Double(devCorrect.upos) / Double(max(devTotal, 1))
            let xpos = 100 * Double(devCorrect.xpos) / Double(max(devTotal, 1))
            let isBest = accuracy > (best?.accuracy ?? -1)
            if isBest { best = (model, accuracy, epoch) }
            progress(
                "epoch \(epoch): train \(format(trainAccuracy)), dev \(format(accuracy)) (UPOS \(format(upos)), XPOS \(format(xpos)))\(isBest ? " (best)" : ""), \(model.featureCount) features")
        }
        guard let best else { return (perceptron.averaged(threshold: options.pruneThreshold), epochs) }
        return (best.model, best.epoch)
    }
}

func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return String(rounded)
}
