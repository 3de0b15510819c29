import NLPCore
import Perceptron

/// A named-entity recognizer: an averaged perceptron over BILOU labels with beam search, lexical,
/// shape, gazetteer and document features. It sets ``Token/entity`` of each word (`B-`/`I-` with
/// type `PER`, `ORG` or `LOC`; always valid BIO) and reads only the word forms.
package struct EntityRecognizer: Sendable {
    package static let kind = "ner"

    let labels: EntityLabels
    let model: PerceptronModel
    /// The second pass, which also reads the first pass's entities in the document.
    let second: PerceptronModel?
    /// Added to entity starts in the last pass (tuned on dev).
    let entityBias: Float
    let gazetteer: Gazetteer
    let beamWidth: Int
    /// Header lines besides version, kind and templates.
    let headerLines: [(key: String, value: String)]

    init(
        labels: EntityLabels, model: PerceptronModel, second: PerceptronModel?, entityBias: Float, gazetteer: Gazetteer,
        beamWidth: Int,
        headerLines: [(key: String, value: String)]
    ) {
        self.labels = labels
        self.model = model
        self.second = second
        self.entityBias = entityBias
        self.gazetteer = gazetteer
        self.beamWidth = beamWidth
        self.headerLines = headerLines
    }

    /// The entity types it can output (without the internal `MISC`).
    package var types: [String] { labels.types.filter { $0 != EntityLabels.suppressedType } }

    package init(modelBytes: [UInt8], path: String) throws(ModelFileError) {
        let file = try ModelFile(bytes: modelBytes, path: path)
        try file.expect(kind: Self.kind, templates: Template.names)
        let types = try file.strings("types")
        let beamWidth = try file.integer("beam")
        let maxLength = try file.integer("gazetteer.maxLength")
        let keys = try file.uint64s("gazetteer.keys")
        let flags = try file.uint16s("gazetteer.flags")
        let model = try PerceptronModel(from: file, prefix: "weights")
        let second = try file.integer("passes") == 2 ? try PerceptronModel(from: file, prefix: "weights2") : nil
        let labels = EntityLabels(types: types)
        let bias = try file.floats("entityBias")
        guard bias.count == 1, bias[0].isFinite, keys.count == flags.count, beamWidth >= 1, (1...64).contains(maxLength), model.classCount == labels.count,
            (second?.classCount ?? labels.count) == labels.count
        else { throw .corrupt(path, "the ner sections are inconsistent") }
        self.init(
            labels: labels, model: model, second: second, entityBias: bias[0], gazetteer: Gazetteer(keys: keys, flags: flags, maxLength: maxLength),
            beamWidth: beamWidth, headerLines: file.header.filter { $0.key != "template" })
    }

    package func modelBytes() -> [UInt8] {
        var file = ModelFileWriter(kind: Self.kind, templates: Template.names)
        for line in headerLines { file.addHeader(line.key, line.value) }
        file.addStrings("types", labels.types)
        file.addInteger("beam", beamWidth)
        file.addInteger("gazetteer.maxLength", gazetteer.maxLength)
        file.addUInt64s("gazetteer.keys", gazetteer.keys)
        file.addUInt16s("gazetteer.flags", gazetteer.flags)
        file.addInteger("passes", second == nil ? 1 : 2)
        file.addFloats("entityBias", [entityBias])
        model.write(to: &file, prefix: "weights")
        second?.write(to: &file, prefix: "weights2")
        return file.bytes
    }

    /// Tags one sentence on its own (its words are its document context).
    package func apply(to sentence: inout Sentence) {
        var sentences = [sentence]
        apply(to: &sentences)
        sentence = sentences[0]
    }

    /// Tags the sentences of one document; document features look at all of them.
    package func apply(to document: inout [Sentence]) {
        let atoms = document.map { $0.words.map { WordAtoms($0) } }
        let context = DocumentContext(atoms)
        let decoder = BeamDecoder(labels: labels, width: beamWidth, entityBias: second == nil ? entityBias : 0)
        let words = document.map { $0.words.map(\.form) }
        let features = document.indices.map {
            SentenceFeatures(words: words[$0], atoms: atoms[$0], gazetteer: gazetteer, context: context)
        }
        var classes = features.map { decoder.decode($0, scorer: model).best }
        if let second {
            let entities = DocumentEntities(labels: classes, words: words, classes: labels)
            for index in document.indices {
                let stacked = features[index].stacked(
                    words: words[index], sentence: index, firstPass: classes[index], document: entities,
                    maxLength: gazetteer.maxLength)
                classes[index] = BeamDecoder(labels: labels, width: beamWidth, entityBias: entityBias)
                    .decode(stacked, scorer: second).best
            }
        }
        for index in document.indices {
            let tags = labels.decode(classes[index])
            for word in document[index].words.indices { document[index].words[word].entity = tags[word] }
        }
    }

    /// Splits sentences into documents at `# newdoc` comments.
    package static func documents(_ sentences: [Sentence]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, sentence) in sentences.enumerated()
        where index > start && sentence.comments.contains(where: { $0.hasPrefix("# newdoc") }) {
            ranges.append(start..<index)
            start = index
        }
        if start < sentences.count { ranges.append(start..<sentences.count) }
        return ranges
    }

    /// Tags a list of sentences document by document (split at `# newdoc` comments).
    package func apply(toDocuments sentences: inout [Sentence]) {
        for range in Self.documents(sentences) {
            var document = Array(sentences[range])
            apply(to: &document)
            sentences.replaceSubrange(range, with: document)
        }
    }
}
