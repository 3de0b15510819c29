import ArgumentParser
import Glibc
import NLPCore
import Tagging

/// `newsgraph train`: trains one of the NLP models from annotated data.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the tagger, parser or named-entity model.",
        discussion: """
            Training is seeded and deterministic: the same data, options and seed give a \
            byte-identical model. The epoch with the best score on --dev is kept. Progress goes \
            to standard error.

            Examples:
              newsgraph train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu -o tagger.model
            """
    )

    enum Component: String, ExpressibleByArgument, CaseIterable {
        case tagger
    }

    @Argument(help: "What to train: \(Component.allCases.map(\.rawValue).joined(separator: ", ")).")
    var component: Component

    @Option(help: "The training data (CoNLL-U).")
    var train: String

    @Option(help: "The development data used to pick the best epoch (CoNLL-U).")
    var dev: String

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String

    @Option(help: "Passes over the training data.")
    var epochs: Int?

    @Option(help: "The seed of the training shuffles.")
    var seed: UInt64 = 1

    @Option(help: "Also write the training data tagged by k-fold jackknifing to this file (tagger only).")
    var jackknifeOutput: String?

    @Option(help: "Folds for --jackknife-output.")
    var jackknifeFolds = 10

    @Option(help: "A WordNet 3.0 database directory (Debian wordnet-base: /usr/share/wordnet) whose parts of speech and irregular forms the tagger learns to use (tagger only).")
    var wordnet: String?

    @Option(help: "Name and place lists, CLASS<TAB>entry lines as Scripts/ner-lexicons.sh writes them (tagger only).")
    var names: String?

    func validate() throws {
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if jackknifeFolds < 2 { throw ValidationError("--jackknife-folds must be at least 2") }
    }

    func run() throws {
        let trainSentences = try FileIO.readCoNLLU(train)
        let devSentences = try FileIO.readCoNLLU(dev)
        let progress: (String) -> Void = { Diagnostics.printRaw($0) }
        let provenance = [
            ("licence", "CC BY-SA 4.0 (model trained on CC BY-SA 4.0 data)"),
            ("trained-on", Train.basename(train)), ("tuned-on", Train.basename(dev)), ("seed", String(seed)),
        ]
        switch component {
        case .tagger:
            var options = TaggerTrainingOptions()
            options.seed = seed
            if let epochs { options.epochs = epochs }
            if let wordnet {
                var files: [String: [UInt8]] = [:]
                for part in ["noun", "verb", "adj", "adv"] {
                    files["data." + part] = try FileIO.read(wordnet + "/data." + part)
                    files[part + ".exc"] = try FileIO.read(wordnet + "/" + part + ".exc")
                }
                options.wordnet = WordNetLexicon(files: files)
            }
            if let names { options.names = NameLexicon(tsv: try FileIO.read(names)) }
            let tagger = Tagger.train(train: trainSentences, dev: devSentences, options: options, progress: progress)
            try FileIO.write(tagger.modelBytes(header: provenance), to: output)
            if let jackknifeOutput {
                let tagged = Tagger.jackknife(
                    trainSentences, dev: devSentences, folds: jackknifeFolds, options: options, progress: progress)
                try FileIO.write(Array(CoNLLU.write(tagged).utf8), to: jackknifeOutput)
            }
        }
    }

    static func basename(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
