import NLPCore
import Perceptron

extension EntityRecognizer {
    /// Trains on `train` (IOB2 sentences; `# newdoc` comments mark documents, whose own entities
    /// are left out of their gazetteer features) and keeps the epoch with the best entity F1 on
    /// `dev`. Deterministic for given data and options.
    package static func train(
        train: [Sentence], dev: [Sentence], options: EntityTrainingOptions, progress: (String) -> Void
    ) -> EntityRecognizer {
        let labels = EntityLabels(types: entityTypes(in: train))
        let documents = Self.documents(train)
        let builder = GazetteerBuilder(
            documents: documents.map { Array(train[$0]) }, types: labels.types, lexicon: options.lexicon)
        var examples: [(features: SentenceFeatures, gold: [Int])] = []
        for (number, range) in documents.enumerated() {
            let atoms = train[range].map { $0.words.map { WordAtoms($0.form) } }
            let context = DocumentContext(atoms)
            let lookup = builder.leavingOut(document: number)
            for (offset, sentence) in train[range].enumerated() where !sentence.words.isEmpty {
                let features = SentenceFeatures(
                    words: sentence.words.map(\.form), atoms: atoms[offset], gazetteer: lookup, context: context)
                examples.append((features, labels.encode(sentence.words.map(\.entity))))
            }
        }
        let gazetteer = builder.frozen()
        let devDocuments = Self.documents(dev).map { range in
            let atoms = dev[range].map { $0.words.map { WordAtoms($0.form) } }
            let context = DocumentContext(atoms)
            return dev[range].enumerated().map { offset, sentence in
                SentenceFeatures(
                    words: sentence.words.map(\.form), atoms: atoms[offset], gazetteer: gazetteer, context: context)
            }
        }
        let devFeatures = devDocuments.flatMap { $0 }
        let decoder = BeamDecoder(labels: labels, width: options.beamWidth)
        var perceptron = AveragedPerceptron(classCount: labels.count)
        var random = SplitMix64(seed: options.seed)
        var order = Array(examples.indices)
        var best: (f1: Double, epoch: Int, model: PerceptronModel)?
        var state = [UInt64](repeating: 0, count: 4)
        for epoch in 1...max(1, options.epochs) {
            random.shuffle(&order)
            var errors = 0
            for index in order {
                let (features, gold) = examples[index]
                let result = decoder.decode(features, scorer: perceptron, gold: gold)
                if result.best != gold { errors += 1 }
                if let violation = result.violation {
                    update(&perceptron, features: features, gold: gold, predicted: violation.predicted, state: &state)
                }
                perceptron.tick()
            }
            let model = perceptron.averaged(threshold: options.pruneThreshold)
            var score = EntityScore()
            for (features, sentence) in zip(devFeatures, dev) {
                let predicted = labels.decode(decoder.decode(features, scorer: model).best)
                score.add(gold: sentence.words.map(\.entity), predicted: predicted)
            }
            let f1 = score.overall.f1
            let isBest = f1 > (best?.f1 ?? -1)
            if isBest { best = (f1, epoch, model) }
            progress(
                "epoch \(epoch): train sentence errors \(errors)/\(examples.count), dev F1 \(format(f1))"
                    + " (P \(format(score.overall.precision)) R \(format(score.overall.recall)))"
                    + (isBest ? " (best)" : "") + ", \(model.featureCount) features")
        }
        let kept = best ?? (0, 0, perceptron.averaged(threshold: options.pruneThreshold))
        var header: [(key: String, value: String)] = [
            ("licence", options.licence),
            (
                "training",
                "\(examples.count) sentences, \(documents.count) documents; beam \(options.beamWidth),"
                    + " seed \(options.seed), best epoch \(kept.epoch) of \(options.epochs), dev F1 \(format(kept.f1))"
            ),
            ("labels", "BILOU over " + labels.types.joined(separator: " ") + "; MISC is not output"),
        ]
        header += options.lexicon.provenance.map { ("lexicon", $0) }
        return EntityRecognizer(
            labels: labels, model: kept.model, gazetteer: gazetteer, beamWidth: options.beamWidth, headerLines: header)
    }

    /// PER, ORG, LOC first (when present), then other types in order of appearance.
    static func entityTypes(in sentences: [Sentence]) -> [String] {
        var seen: [String] = []
        for sentence in sentences {
            for word in sentence.words {
                if let type = word.entity?.type, !seen.contains(type) { seen.append(type) }
            }
        }
        let preferred = ["PER", "ORG", "LOC"].filter(seen.contains)
        return preferred + seen.filter { !preferred.contains($0) }
    }

    /// The structured perceptron update: towards the gold labels of the violated prefix, away
    /// from the predicted ones.
    private static func update(
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

    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// A small seeded generator (SplitMix64) for reproducible shuffles.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with this generator.
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
