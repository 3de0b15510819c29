import ArgumentParser
import NLPCore
import NLPPipeline

/// `newsgraph annotate`: runs the NLP pipeline and writes CoNLL-U.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tokenize, tag, lemmatize, parse and find named entities; write CoNLL-U.",
        discussion: """
            With --input text (the default) the input is raw UTF-8 text, split into sentences \
            and tokens. With --input conllu the given sentences and words are kept and every \
            other column is predicted: this is how accuracy is measured on gold tokenization. \
            Named entities go in the MISC column as NER=B-PER, NER=I-PER, …; output is \
            byte-identical across runs.

            Examples:
              newsgraph annotate article.txt -o article.conllu
              newsgraph annotate --input conllu en_ewt-ud-test.conllu -o predicted.conllu
            """
    )

    enum InputKind: String, ExpressibleByArgument, CaseIterable {
        case text, conllu
    }

    @Argument(help: "The input file, or - for standard input.")
    var input = "-"

    @Option(name: .customLong("input"), help: "The input kind: text or conllu.")
    var inputKind: InputKind = .text

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var output: String?

    @Option(help: "A directory with tagger.model, parser.model and ner.model (default: the shipped models).")
    var models: String?

    @Flag(help: "Print each stage's time and words per second to standard error.")
    var timings = false

    func run() throws {
        // The input is read (and checked) before the models are loaded, so bad input fails fast.
        var sentences: [Sentence] = []
        var text = ""
        switch inputKind {
        case .conllu: sentences = try FileIO.readCoNLLU(input)
        case .text: text = try FileIO.readText(input)
        }
        var loadTimes: Pipeline.Timings = []
        let pipeline = try FileIO.loadPipeline(models, timings: &loadTimes)
        var stageTimes: Pipeline.Timings = []
        let words: Int
        switch inputKind {
        case .conllu:
            pipeline.annotate(&sentences, timings: &stageTimes)
            words = sentences.reduce(0) { $0 + $1.words.count }
            try FileIO.write(Array(CoNLLU.write(sentences.map(Self.withEntitiesInMISC)).utf8), to: output)
        case .text:
            let document = pipeline.annotate(text: text, timings: &stageTimes)
            words = document.sentences.reduce(0) { $0 + $1.words.count }
            try FileIO.write(Array(Self.conllu(document).utf8), to: output)
        }
        if timings {
            for (stage, duration) in loadTimes { Diagnostics.printRaw("timing \(stage): \(Self.seconds(duration)) s") }
            Self.report(stageTimes, words: words)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// One line per stage, then the total (model loading excluded): words, seconds, words/s.
    static func report(_ timings: Pipeline.Timings, words: Int) {
        var total = 0.0
        for (stage, duration) in timings + [("total", .zero)] {
            let time = stage == "total" ? total : seconds(duration)
            total += stage == "total" ? 0 : time
            let rate = time > 0 ? Int(Double(words) / time) : 0
            Diagnostics.printRaw("timing \(stage): \(words) words in \(time) s = \(rate) words/s")
        }
    }

    /// CoNLL-U for an annotated raw text: `sent_id` and `text` comments, entities in MISC.
    static func conllu(_ document: Document) -> String {
        var sentences: [Sentence] = []
        let bytes = Array(document.text.utf8)
        for (index, sentence) in document.sentences.enumerated() {
            var sentence = withEntitiesInMISC(sentence)
            var comments = index == 0 ? ["# newdoc"] : []
            comments.append("# sent_id = \(index + 1)")
            if let first = sentence.words.first?.range, let last = sentence.words.last?.range {
                let text = String(decoding: bytes[first.lowerBound..<last.upperBound], as: UTF8.self)
                comments.append("# text = " + text.split(whereSeparator: \.isNewline).joined(separator: " "))
            }
            sentence.comments = comments
            sentences.append(sentence)
        }
        return CoNLLU.write(sentences)
    }

    /// The sentence with each word's entity tag added to MISC as `NER=B-TYPE` (`O` is left out).
    static func withEntitiesInMISC(_ sentence: Sentence) -> Sentence {
        var sentence = sentence
        for index in sentence.words.indices {
            var misc = sentence.words[index].misc.split(separator: "|").map(String.init).filter {
                $0 != "_" && !$0.hasPrefix("NER=")
            }
            if let entity = sentence.words[index].entity { misc.append("NER=\(entity)") }
            sentence.words[index].misc = misc.isEmpty ? "_" : misc.sorted().joined(separator: "|")
        }
        return sentence
    }
}
