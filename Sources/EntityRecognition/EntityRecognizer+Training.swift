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
        let trainDocuments = documents(train).map { Array(train[$0]).filter { !$0.words.isEmpty } }
        let devDocuments = documents(dev).map { Array(dev[$0]).filter { !$0.words.isEmpty } }
        let builder = GazetteerBuilder(documents: trainDocuments, types: labels.types, lexicon: options.lexicon)
        let gazetteer = builder.frozen()
        var trainSet = trainDocuments.enumerated().map { number, sentences in
            DocumentExamples(sentences, labels: labels, gazetteer: builder.leavingOut(document: number))
        }
        if options.minimumFeatureCount > 1 {
            // Features seen once (mostly the identity of a word seen once) would just memorise
            // that word's label, noise included; without them rare words lean on shape,
            // context and lexicons, as unseen words must.
            var counts: [UInt64: Int32] = [:]
            for document in trainSet {
                for features in document.features {
                    for index in 0..<features.count {
                        for key in features.features(of: index) { counts[key, default: 0] += 1 }
                    }
                }
            }
            let minimum = Int32(options.minimumFeatureCount)
            for number in trainSet.indices {
                trainSet[number].features = trainSet[number].features.map {
                    $0.filtered { (counts[$0] ?? 0) >= minimum }
                }
            }
        }
        let devSet = devDocuments.map { DocumentExamples($0, labels: labels, gazetteer: gazetteer) }
        let trainer = PassTrainer(labels: labels, options: options)
        let first = trainer.train(trainSet, dev: devSet, pass: "pass 1", progress: progress)
        var second: (model: PerceptronModel, epoch: Int, f1: Double)?
        if options.twoPass {
            // Jackknifed first-pass labels for the training documents, so the second pass learns
            // how far to trust first-pass output on unseen text.
            var firstPass = trainSet.map { $0.sentences.map { _ in [Int]() } }
            let folds = max(2, options.folds)
            for fold in 0..<folds {
                let rest = trainSet.indices.filter { $0 % folds != fold }.map { trainSet[$0] }
                let model = trainer.train(rest, dev: [], pass: "fold \(fold + 1)", epochs: first.epoch, progress: progress).model
                for number in trainSet.indices where number % folds == fold {
                    firstPass[number] = trainer.predict(trainSet[number], model: model)
                }
            }
            let stackedTrain = trainSet.indices.map {
                trainSet[$0].stacked(firstPass: firstPass[$0], labels: labels, maxLength: gazetteer.maxLength)
            }
            let stackedDev = devSet.map {
                $0.stacked(firstPass: trainer.predict($0, model: first.model), labels: labels, maxLength: gazetteer.maxLength)
            }
            let result = trainer.train(stackedTrain, dev: stackedDev, pass: "pass 2", progress: progress)
            if result.f1 > first.f1 { second = result }
        }
        let finalF1 = second?.f1 ?? first.f1
        let (entityBias, biasF1) =
            dev.isEmpty
            ? (Float(0), finalF1)
            : trainer.tuneBias(
                second == nil ? devSet : devSet.map {
                    $0.stacked(firstPass: trainer.predict($0, model: first.model), labels: labels, maxLength: gazetteer.maxLength)
                }, model: second?.model ?? first.model, progress: progress)
        var header: [(key: String, value: String)] = [
            ("licence", options.licence),
            (
                "training",
                "\(trainSet.reduce(0) { $0 + $1.sentences.count }) sentences, \(trainSet.count) documents;"
                    + " beam \(options.beamWidth), seed \(options.seed); pass 1: best epoch \(first.epoch)"
                    + " of \(options.epochs), dev F1 \(format(first.f1))"
                    + (second.map { "; pass 2: best epoch \($0.epoch), dev F1 \(format($0.f1))" } ?? "; one pass")
                    + "; entity bias \(entityBias), dev F1 \(format(biasF1))"
            ),
            ("labels", "BILOU over " + labels.types.joined(separator: " ") + "; MISC is not output"),
        ]
        header += options.lexicon.provenance.map { ("lexicon", $0) }
        return EntityRecognizer(
            labels: labels, model: first.model, second: second?.model, entityBias: entityBias, gazetteer: gazetteer,
            beamWidth: options.beamWidth, headerLines: header)
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

    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
