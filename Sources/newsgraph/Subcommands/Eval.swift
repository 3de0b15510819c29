import ArgumentParser
import EntityRecognition
import NLPCore
import NLPEvaluation

/// `newsgraph eval`: scores predictions against gold annotations.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score predicted annotations against gold ones.",
        discussion: """
            Examples:
              newsgraph eval conllu gold.conllu pred.conllu
              newsgraph eval ner gold.iob2 pred.conllu
              newsgraph eval carb dev_gold.tsv dev.carb.tsv --single-match
            """,
        subcommands: [EvalCoNLLU.self, EvalNER.self, EvalCaRB.self]
    )
}

/// `newsgraph eval conllu GOLD PRED`.
struct EvalCoNLLU: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conllu",
        abstract: "Score predicted CoNLL-U: tokens, sentences, UPOS, XPOS, features, lemmas, UAS, LAS.",
        discussion: """
            As the CoNLL 2018 shared-task evaluator: words are aligned by their characters, so \
            predictions made from raw text are scored too (token and sentence F1); scores are F1 \
            over words with punctuation included (accuracy when the tokenization is gold); LAS \
            compares universal relations, "LAS (full labels)" also their subtypes.

            Examples:
              newsgraph annotate --input conllu gold.conllu -o pred.conllu
              newsgraph eval conllu gold.conllu pred.conllu
            """
    )

    @Argument(help: "The gold CoNLL-U file.")
    var gold: String

    @Argument(help: "The predicted CoNLL-U file.")
    var predicted: String

    func run() throws {
        let goldSentences = try FileIO.readCoNLLU(gold)
        let predictedSentences = try FileIO.readCoNLLU(predicted)
        let evaluation: CoNLLUEvaluation
        do {
            evaluation = try CoNLLUEvaluation(gold: goldSentences, predicted: predictedSentences)
        } catch {
            Diagnostics.printRaw("\(predicted): error: \(error.description)")
            throw ExitCode.failure
        }
        print(Self.table(evaluation.all))
    }

    static func table(_ rows: [(String, Score)]) -> String {
        func percent(_ value: Double) -> String {
            let text = String((value * 10000).rounded() / 100)
            let parts = text.split(separator: ".")
            let fraction = parts.count > 1 ? String(parts[1]) : "0"
            let padded = fraction.count < 2 ? fraction + String(repeating: "0", count: 2 - fraction.count) : fraction
            return String(repeating: " ", count: max(0, 3 - parts[0].count)) + parts[0] + "." + padded
        }
        var lines = ["Metric            | Precision |    Recall |  F1 Score"]
        lines.append("------------------+-----------+-----------+----------")
        for (name, score) in rows {
            let label = name + String(repeating: " ", count: max(0, 18 - name.count))
            lines.append("\(label)|    \(percent(score.precision)) |    \(percent(score.recall)) |    \(percent(score.f1))")
        }
        return lines.joined(separator: "\n")
    }
}

/// `newsgraph eval ner GOLD.iob2 PRED.conllu`.
struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score predicted named entities (NER= in the MISC column) against IOB2 gold.",
        discussion: """
            Exact-span entity precision, recall and F1 per type and overall (a span with the wrong \
            type counts as one false positive and one false negative). Sentences are paired by \
            their text and entities compared by the characters they cover, so predictions made \
            on another tokenization of the same sentences (a later UD release) are scored too.

            Examples:
              newsgraph annotate --input conllu en_ewt-ud-test.conllu -o pred.conllu
              newsgraph eval ner en_ewt-ud-test.iob2 pred.conllu
            """
    )

    @Argument(help: "The gold IOB2 file.")
    var gold: String

    @Argument(help: "The predicted CoNLL-U file, with NER=B-TYPE / NER=I-TYPE in MISC.")
    var predicted: String

    func run() throws {
        let goldSentences = try FileIO.readIOB2(gold, other: .outside)
        var predictedSentences = try FileIO.readCoNLLU(predicted)
        for sentence in predictedSentences.indices {
            for word in predictedSentences[sentence].words.indices {
                let misc = predictedSentences[sentence].words[word].misc.split(separator: "|")
                let tag = misc.first { $0.hasPrefix("NER=") }.map { String($0.dropFirst(4)) }
                predictedSentences[sentence].words[word].entity = tag.flatMap(EntityTag.init(iob2:))
            }
        }
        let score = EntityScore(gold: goldSentences, alignedPredictions: predictedSentences)
        print(score.report)
        if score.unpaired > 0 {
            Diagnostics.printRaw("\(predicted): note: \(score.unpaired) predicted sentences matched no gold sentence")
        }
    }
}

/// `newsgraph eval carb GOLD PRED [--single-match]`.
struct EvalCaRB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carb",
        abstract: "Score open-IE extractions with CaRB: precision, recall and F1 at the best threshold, and AUC.",
        discussion: """
            GOLD has lines sentence<TAB>relation<TAB>arg1<TAB>arg2…; PRED has \
            sentence<TAB>confidence<TAB>relation<TAB>arg1… (what `newsgraph extract --carb` \
            writes). Tokens are compared case-sensitively after splitting on spaces. \
            --single-match makes recall one-to-one (CaRB(1-1)).

            Examples:
              newsgraph extract --carb dev.txt -o dev.carb.tsv
              newsgraph eval carb dev_gold.tsv dev.carb.tsv
              newsgraph eval carb dev_gold.tsv dev.carb.tsv --single-match
            """
    )

    @Argument(help: "The gold extractions (CaRB's gold TSV).")
    var gold: String

    @Argument(help: "The system's extractions (CaRB's tabbed format).")
    var predicted: String

    @Flag(help: "Match gold and predicted tuples one to one for recall too (CaRB(1-1)).")
    var singleMatch = false

    func run() throws {
        let goldText = String(decoding: try FileIO.read(gold), as: UTF8.self)
        let predictedText = String(decoding: try FileIO.read(predicted), as: UTF8.self)
        let predictions: CaRB.Extractions
        do {
            predictions = try CaRB.readPredictions(predictedText)
        } catch {
            Diagnostics.printRaw("\(predicted):\(error.line):1: error: \(error.message)")
            throw ExitCode.failure
        }
        let result = CaRB.evaluate(gold: CaRB.readGold(goldText), predicted: predictions, singleMatch: singleMatch)
        func three(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
        }
        print("P \(three(result.precision))  R \(three(result.recall))  F1 \(three(result.f1))  AUC \(three(result.auc))  (threshold \(result.threshold))")
    }
}
