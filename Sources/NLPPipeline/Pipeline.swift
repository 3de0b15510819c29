import DependencyParsing
import EntityRecognition
import NLPCore
import Tagging
import Tokenization

/// The English pipeline: tokenizer and sentence splitter, tagger (UPOS, XPOS, lemma, features),
/// and, when their models are given, the dependency parser and the named-entity recognizer.
/// Components run in that order, each reading what the previous ones wrote.
package struct Pipeline: Sendable {
    package var tokenizer = Tokenizer()
    package var tagger: Tagger
    package var parser: DependencyParser?
    package var recognizer: EntityRecognizer?

    package init(tagger: Tagger, parser: DependencyParser? = nil, recognizer: EntityRecognizer? = nil) {
        self.tagger = tagger
        self.parser = parser
        self.recognizer = recognizer
    }

    /// How long each stage took, for `annotate --timings`.
    package typealias Timings = [(stage: String, duration: Duration)]

    /// Splits, tokenizes and annotates raw text (one document); token ranges point into `text`.
    package func annotate(text: String) -> Document {
        var timings: Timings = []
        return annotate(text: text, timings: &timings)
    }

    package func annotate(text: String, timings: inout Timings) -> Document {
        let clock = ContinuousClock()
        let start = clock.now
        var document = tokenizer.tokenize(text)
        timings.append(("tokenizer", clock.now - start))
        annotate(&document.sentences, timings: &timings)
        return document
    }

    /// Annotates sentences whose words are given (gold tokenization), predicting everything else.
    /// Documents are delimited by `# newdoc` comments (one document when there are none).
    package func annotate(_ sentences: inout [Sentence]) {
        var timings: Timings = []
        annotate(&sentences, timings: &timings)
    }

    package func annotate(_ sentences: inout [Sentence], timings: inout Timings) {
        for index in sentences.indices { Self.clearAnnotations(&sentences[index]) }
        let clock = ContinuousClock()
        for (name, stage) in stages {
            let start = clock.now
            stage(&sentences)
            timings.append((name, clock.now - start))
        }
    }

    /// The components that have models, in order.
    var stages: [(String, @Sendable (inout [Sentence]) -> Void)] {
        let tagger = tagger
        var stages: [(String, @Sendable (inout [Sentence]) -> Void)] = [
            ("tagger", { sentences in for index in sentences.indices { tagger.apply(to: &sentences[index]) } })
        ]
        if let parser { stages.append(("parser", { parser.apply(to: &$0) })) }
        if let recognizer { stages.append(("ner", { recognizer.apply(toDocuments: &$0) })) }
        return stages
    }

    /// Resets every column the pipeline predicts, keeping words, ranges, comments, multiword
    /// tokens, empty nodes and MISC (but an `NER=` entry), so no given annotation leaks through.
    static func clearAnnotations(_ sentence: inout Sentence) {
        for index in sentence.words.indices {
            let word = sentence.words[index]
            let misc = word.misc.split(separator: "|").filter { !$0.hasPrefix("NER=") }.joined(separator: "|")
            sentence.words[index] = Token(range: word.range, form: word.form, misc: misc.isEmpty ? "_" : misc)
        }
    }
}
