import ArgumentParser
import DependencyParsing
import EntityRecognition
import NLPCore
import Perceptron
import Tagging

/// `newsgraph train`: trains one of the NLP models from annotated data.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the tagger, parser or named-entity model.",
        discussion: """
            Training is seeded and deterministic: the same data, options and seed give a \
            byte-identical model. The epoch with the best score on --dev is kept. Progress goes \
            to standard error.

            The tagger trains on CoNLL-U; the named-entity model on IOB2 (Universal NER), where \
            the catch-all OTH spans of the training file are learned as an internal MISC class.

            The parser trains on CoNLL-U whose tags should be predicted ones (--jackknife-output \
            of the tagger); --train may be given more than once, and --tagger tags the \
            development data as the pipeline will.

            Examples:
              newsgraph train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu -o tagger.model
              newsgraph train parser --train train.tagged.conllu --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --tagger tagger.model -o parser.model
              newsgraph train ner --train en_ewt-ud-train.iob2 --dev en_ewt-ud-dev.iob2 --names lists.tsv -o ner.model
            """
    )

    enum Component: String, ExpressibleByArgument, CaseIterable {
        case tagger, parser, ner
    }

    @Argument(help: "What to train: \(Component.allCases.map(\.rawValue).joined(separator: ", ")).")
    var component: Component

    @Option(name: .customLong("train"), help: "The training data (CoNLL-U; IOB2 for ner); parser: may be repeated, the files are concatenated.")
    var trainFiles: [String]

    var train: String { trainFiles.first ?? "-" }

    @Option(help: "The development data used to pick the best epoch (CoNLL-U; IOB2 for ner).")
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

    @Option(help: "Name and place lists, CLASS<TAB>entry lines as Sources/EnglishModels/Training/lexicons.sh writes them (tagger and ner).")
    var names: String?

    @Option(help: "CoNLL-U with predicted tags for the training sentences, matched by sent_id, such as --jackknife-output writes (ner only).")
    var tags: String?

    @Option(help: "A tagger model that tags the development sentences (parser, ner) and any training sentence --tags lacks (ner).")
    var tagger: String?

    @Option(help: "Averaged weights smaller than this are dropped from the model (default: the component's own).")
    var pruneThreshold: Float?

    @Option(help: "Words seen fewer times get no word features but their shape (parser only; double it when --train repeats the data).")
    var minimumWordCount: Int?

    func validate() throws {
        if trainFiles.isEmpty { throw ValidationError("--train is required") }
        if trainFiles.count > 1, component != .parser { throw ValidationError("only the parser takes more than one --train file") }
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if jackknifeFolds < 2 { throw ValidationError("--jackknife-folds must be at least 2") }
    }

    func run() throws {
        if component == .ner {
            try trainRecognizer()
            return
        }
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
            if let pruneThreshold { options.pruneThreshold = pruneThreshold }
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
        case .parser:
            var sentences = trainSentences
            for path in trainFiles.dropFirst() { sentences += try FileIO.readCoNLLU(path) }
            var dev = devSentences
            if let taggerModel = try loadTagger() {
                for index in dev.indices { taggerModel.apply(to: &dev[index]) }
            }
            var options = DependencyParserTrainingOptions()
            options.seed = seed
            if let epochs { options.epochs = epochs }
            if let minimumWordCount { options.minimumWordCount = minimumWordCount }
            if let pruneThreshold { options.pruneThreshold = pruneThreshold }
            let parser = DependencyParser.train(train: sentences, dev: dev, options: options, progress: progress)
            try FileIO.write(parser.modelBytes(), to: output)
        case .ner:
            break  // trained above, from IOB2
        }
    }

    func trainRecognizer() throws {
        var trainSentences = try FileIO.readIOB2(train, other: .misc)
        var devSentences = try FileIO.readIOB2(dev, other: .outside)
        let taggerModel = try loadTagger()
        let given = try tags.map { try FileIO.readCoNLLU($0) } ?? []
        let byID = Dictionary(given.compactMap { sentence in sentence.sentID.map { ($0, sentence) } }, uniquingKeysWith: { a, _ in a })
        var matched = 0
        for index in trainSentences.indices {
            let sentence = trainSentences[index]
            if let tagged = sentence.sentID.flatMap({ byID[$0] }), tagged.words.map(\.form) == sentence.words.map(\.form) {
                for word in sentence.words.indices { trainSentences[index].words[word].upos = tagged.words[word].upos }
                matched += 1
            } else if let taggerModel {
                taggerModel.apply(to: &trainSentences[index])
            }
        }
        if tags != nil { Diagnostics.printRaw("tags: \(matched) of \(trainSentences.count) training sentences matched by sent_id") }
        if let taggerModel { for index in devSentences.indices { taggerModel.apply(to: &devSentences[index]) } }
        var options = EntityTrainingOptions()
        options.seed = seed
        if let pruneThreshold { options.pruneThreshold = pruneThreshold }
        if let epochs { options.epochs = epochs }
        if let names {
            do {
                options.lexicon = try Lexicon(utf8: try FileIO.read(names), path: names)
            } catch let error as IOB2Error {
                Diagnostics.printRaw(error.description)
                throw ExitCode.failure
            }
        }
        let recognizer = EntityRecognizer.train(
            train: trainSentences, dev: devSentences, options: options, progress: { Diagnostics.printRaw($0) })
        try FileIO.write(recognizer.modelBytes(), to: output)
    }

    /// The tagger given with --tagger, if any.
    func loadTagger() throws -> Tagger? {
        try tagger.map { path in
            do {
                return try Tagger(modelBytes: try FileIO.read(path), path: path)
            } catch let error as ModelFileError {
                Diagnostics.printRaw(error.description)
                throw ExitCode.failure
            }
        }
    }

    static func basename(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
