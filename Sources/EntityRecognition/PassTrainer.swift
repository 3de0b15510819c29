import NLPCore
import Perceptron

/// The training examples of one document: each sentence's features, gold classes and words.
struct DocumentExamples {
    var sentences: [Sentence]
    var features: [SentenceFeatures]
    var gold: [[Int]]

    init<G: GazetteerLookup>(_ sentences: [Sentence], labels: EntityLabels, gazetteer: G) {
        self.sentences = sentences
        let atoms = sentences.map { $0.words.map { WordAtoms($0) } }
        let context = DocumentContext(atoms)
        features = sentences.indices.map {
            SentenceFeatures(
                words: sentences[$0].words.map(\.form), atoms: atoms[$0], gazetteer: gazetteer, context: context)
        }
        gold = sentences.map { labels.encode($0.words.map(\.entity)) }
    }

    /// The same document with second-pass features from the first pass's classes.
    func stacked(firstPass: [[Int]], labels: EntityLabels, maxLength: Int) -> DocumentExamples {
        var result = self
        let words = sentences.map { $0.words.map(\.form) }
        let document = DocumentEntities(labels: firstPass, words: words, classes: labels)
        result.features = features.indices.map {
            features[$0].stacked(
                words: words[$0], sentence: $0, firstPass: firstPass[$0], document: document, maxLength: maxLength)
        }
        return result
    }
}

/// Trains one pass: epochs of max-violation beam updates in a seeded order, keeping the epoch
/// with the best dev F1 (or the last epoch without dev data).
struct PassTrainer {
    let labels: EntityLabels
    let options: EntityTrainingOptions

    /// Trains ``EntityTrainingOptions/ensemble`` models with consecutive seeds and averages
    /// their weights into one model (as fast as one, steadier than any).
    func train(
        _ documents: [DocumentExamples], dev: [DocumentExamples], pass: String, epochs: Int? = nil,
        progress: (String) -> Void
    ) -> (model: PerceptronModel, epoch: Int, f1: Double) {
        let runs = (0..<max(1, options.ensemble)).map { run in
            trainOne(
                documents, dev: dev, pass: options.ensemble > 1 ? "\(pass) seed \(run + 1)" : pass,
                seed: options.seed &+ UInt64(run), epochs: epochs, progress: progress)
        }
        guard runs.count > 1 else { return runs[0] }
        let model = Self.mean(runs.map(\.model))
        let f1 = dev.isEmpty ? 0 : evaluate(dev, model: model).overall.f1
        if !dev.isEmpty { progress("\(pass) mean of \(runs.count) seeds: dev F1 \(EntityRecognizer.format(f1))") }
        return (model, runs.map(\.epoch).max() ?? 1, f1)
    }

    /// The mean of models' weights; features keep their first-seen order.
    static func mean(_ models: [PerceptronModel]) -> PerceptronModel {
        let classCount = models[0].classCount
        var table = FeatureTable(minimumCapacity: models.map(\.featureCount).max() ?? 16)
        var rows: [Float] = []
        for model in models {
            for (feature, key) in model.keys.enumerated() {
                let row = table.insert(key)
                if row * classCount == rows.count { rows += repeatElement(0, count: classCount) }
                for slot in Int(model.offsets[feature])..<Int(model.offsets[feature + 1]) {
                    rows[row * classCount + Int(model.labels[slot])] += model.weights[slot] / Float(models.count)
                }
            }
        }
        var offsets: [Int32] = [0]
        var labels: [UInt16] = []
        var weights: [Float] = []
        for row in 0..<table.count {
            for label in 0..<classCount where rows[row * classCount + label] != 0 {
                labels.append(UInt16(label))
                weights.append(rows[row * classCount + label])
            }
            offsets.append(Int32(labels.count))
        }
        return PerceptronModel(
            classCount: classCount, keys: table.orderedKeys, offsets: offsets, labels: labels, weights: weights)
    }

    private func trainOne(
        _ documents: [DocumentExamples], dev: [DocumentExamples], pass: String, seed: UInt64, epochs: Int?,
        progress: (String) -> Void
    ) -> (model: PerceptronModel, epoch: Int, f1: Double) {
        var examples: [(features: SentenceFeatures, gold: [Int])] = []
        for document in documents {
            for index in document.features.indices { examples.append((document.features[index], document.gold[index])) }
        }
        let decoder = BeamDecoder(labels: labels, width: options.beamWidth)
        var perceptron = AveragedPerceptron(classCount: labels.count)
        var random = SeededGenerator(seed: seed)
        var order = Array(examples.indices)
        var best: (model: PerceptronModel, epoch: Int, f1: Double)?
        var state = [UInt64](repeating: 0, count: 4)
        let epochCount = max(1, epochs ?? options.epochs)
        for epoch in 1...epochCount {
            order.seededShuffle(using: &random)
            var errors = 0
            for index in order {
                let (features, gold) = examples[index]
                let result = decoder.decode(features, scorer: perceptron, gold: gold)
                if result.best != gold { errors += 1 }
                if let violation = result.violation {
                    Self.update(&perceptron, features: features, gold: gold, predicted: violation.predicted, state: &state)
                }
                perceptron.tick()
            }
            guard !dev.isEmpty || epoch == epochCount else { continue }
            let model = perceptron.averaged(threshold: options.pruneThreshold)
            let score = evaluate(dev, model: model)
            let f1 = score.overall.f1
            let isBest = dev.isEmpty || f1 > (best?.f1 ?? -1)
            if isBest { best = (model, epoch, f1) }
            progress(
                "\(pass) epoch \(epoch): train sentence errors \(errors)/\(examples.count)"
                    + (dev.isEmpty
                        ? ""
                        : ", dev F1 \(EntityRecognizer.format(f1)) (P \(EntityRecognizer.format(score.overall.precision))"
                            + " R \(EntityRecognizer.format(score.overall.recall)))" + (isBest ? " (best)" : ""))
                    + ", \(model.featureCount) features")
        }
        return best ?? (perceptron.averaged(threshold: options.pruneThreshold), epochCount, 0)
    }

    func predict(_ document: DocumentExamples, model: PerceptronModel, entityBias: Float = 0) -> [[Int]] {
        let decoder = BeamDecoder(labels: labels, width: options.beamWidth, entityBias: entityBias)
        return document.features.map { decoder.decode($0, scorer: model).best }
    }

    func evaluate(_ dev: [DocumentExamples], model: PerceptronModel, entityBias: Float = 0) -> EntityScore {
        var score = EntityScore()
        for document in dev {
            let predicted = predict(document, model: model, entityBias: entityBias)
            for (sentence, classes) in zip(document.sentences, predicted) {
                score.add(gold: sentence.words.map(\.entity), predicted: labels.decode(classes))
            }
        }
        return score
    }

    /// The entity-start bias (from a fixed grid) with the best dev F1; 0 wins ties.
    func tuneBias(_ dev: [DocumentExamples], model: PerceptronModel, progress: (String) -> Void) -> (Float, Double) {
        var best: (bias: Float, f1: Double) = (0, evaluate(dev, model: model).overall.f1)
        for bias: Float in [1, 2, 4, 8, 16, 32, 64] {
            let f1 = evaluate(dev, model: model, entityBias: bias).overall.f1
            progress("entity bias \(bias): dev F1 \(EntityRecognizer.format(f1))")
            if f1 > best.f1 { best = (bias, f1) }
        }
        return best
    }

    /// The structured perceptron update: towards the gold labels of the violated prefix, away
    /// from the predicted ones.
    static func update(
        _ perceptron: inout AveragedPerceptron, features: SentenceFeatures, gold: [Int], predicted: [Int],
        state: inout [UInt64]
    ) {
        for index in predicted.indices {
            let g = gold[index]
            let p = predicted[index]
            let g1 = index > 0 ? gold[index - 1] : -1
            let p1 = index > 0 ? predicted[index - 1] : -1
            let g2 = index > 1 ? gold[index - 2] : -1
            let p2 = index > 1 ? predicted[index - 2] : -1
            if g == p && g1 == p1 && g2 == p2 { continue }
            if g != p {
                let keys = Array(features.features(of: index))
                perceptron.add(1, label: g, features: keys)
                perceptron.add(-1, label: p, features: keys)
            }
            features.stateFeatures(index, previous: g1, beforePrevious: g2, into: &state)
            perceptron.add(1, label: g, features: state)
            features.stateFeatures(index, previous: p1, beforePrevious: p2, into: &state)
            perceptron.add(-1, label: p, features: state)
        }
    }
}
