import NLPCore
import Perceptron

/// A greedy transition-based dependency parser for Universal Dependencies: arc-hybrid moves
/// scored by an averaged perceptron over rich non-local features, trained with a dynamic
/// oracle; non-projective trees through pseudo-projective lifting.
///
/// `apply(to:)` reads each word's form, UPOS and XPOS and sets `head` and `deprel`; the result is
/// always one tree with a single word under the root.
package struct DependencyParser: Sendable {
    package static let kind = "parser"
    static let licence =
        "CC BY-SA 4.0; trained on UD English EWT (Silveira et al. 2014), universaldependencies.org"

    let labels: LabelSet
    let lexicon: TagLexicon
    let model: PerceptronModel
    let packed: PackedWeights
    /// Extra header lines (training settings, scores), kept through save and load.
    let notes: [(key: String, value: String)]

    init(labels: LabelSet, lexicon: TagLexicon, model: PerceptronModel, notes: [(key: String, value: String)]) {
        self.labels = labels
        self.lexicon = lexicon
        self.model = model
        self.notes = notes
        packed = PackedWeights(model)
    }

    package init(modelBytes: [UInt8], path: String) throws(ModelFileError) {
        let file = try ModelFile(bytes: modelBytes, path: path)
        try file.expect(kind: Self.kind, templates: ParserFeatures.templates)
        let names = try file.strings("labels")
        let labels = LabelSet(names: names)
        let model = try PerceptronModel(from: file, prefix: "weights")
        let lexicon = TagLexicon(words: try file.uint64s("lexicon.words"), classes: try file.uint64s("lexicon.classes"))
        guard lexicon.words.count == lexicon.classes.count, labels.count == names.count,
            model.classCount == Move.classCount(labels: labels.count)
        else { throw .corrupt(path, "the label list does not match the weights") }
        self.init(labels: labels, lexicon: lexicon, model: model, notes: file.header.filter { $0.key != "template" })
    }

    package func modelBytes() -> [UInt8] {
        var file = ModelFileWriter(kind: Self.kind, templates: ParserFeatures.templates)
        if !notes.contains(where: { $0.key == "licence" }) { file.addHeader("licence", Self.licence) }
        for note in notes { file.addHeader(note.key, note.value) }
        file.addStrings("labels", labels.names)
        file.addUInt64s("lexicon.words", lexicon.words)
        file.addUInt64s("lexicon.classes", lexicon.classes)
        model.write(to: &file, prefix: "weights")
        return file.bytes
    }

    /// The number of features and weights kept.
    package var size: (features: Int, weights: Int) { (model.featureCount, model.weights.count) }

    package func apply(to sentence: inout Sentence) {
        var features: [UInt64] = []
        var scores: [Float] = []
        apply(to: &sentence, features: &features, scores: &scores)
    }

    /// Parses every sentence, reusing buffers.
    package func apply(to sentences: inout [Sentence]) {
        var features: [UInt64] = []
        var scores: [Float] = []
        for index in sentences.indices { apply(to: &sentences[index], features: &features, scores: &scores) }
    }

    func apply(to sentence: inout Sentence, features: inout [UInt64], scores: inout [Float]) {
        let count = sentence.words.count
        guard count > 0 else { return }
        if scores.count != model.classCount { scores = [Float](repeating: 0, count: model.classCount) }
        let config = TransitionParser.parse(
            atoms: WordAtoms(sentence.words, lexicon: lexicon), count: count, scorer: packed,
            features: &features, scores: &scores)
        var heads = [Int](repeating: -1, count: count + 1)
        var names = [String](repeating: "", count: count + 1)
        var decorated = false
        for word in 1...count {
            heads[word] = Int(config.heads[word])
            let name = labels.names[Int(config.labels[word])]
            names[word] = name
            if !decorated, name.utf8.contains(UInt8(ascii: "|")) { decorated = true }
        }
        if decorated { (heads, names) = PseudoProjective.deprojectivize(heads: heads, labels: names) }
        for word in 1...count {
            sentence.words[word - 1].head = heads[word]
            sentence.words[word - 1].deprel = names[word]
        }
    }
}

extension DependencyParser {
    /// The parser with weights of magnitude below `threshold` dropped (a smaller, faster model).
    package func pruned(threshold: Float) -> DependencyParser {
        DependencyParser(
            labels: labels, lexicon: lexicon, model: model.pruned(threshold: threshold),
            notes: notes.filter { $0.key != "pruned" } + [(key: "pruned", value: "\(threshold)")])
    }
}
