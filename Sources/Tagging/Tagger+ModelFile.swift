import Perceptron

extension Tagger {
    /// Loads a tagger written by ``modelBytes()``.
    package init(modelBytes: [UInt8], path: String) throws(ModelFileError) {
        let file = try ModelFile(bytes: modelBytes, path: path)
        try file.expect(kind: Self.kind, templates: TaggerFeatures.templates)
        let labels = try file.strings("labels")
        let lexiconKeys = try file.uint64s("lexicon.keys")
        let lexiconValues = try file.uint64s("lexicon.classes")
        guard lexiconKeys.count == lexiconValues.count, !labels.isEmpty else {
            throw .corrupt(path, "the tag lexicon is inconsistent")
        }
        let dictionaryKeys = try file.uint64s("tagdict.keys")
        let dictionaryLabels = try file.int32s("tagdict.labels")
        guard dictionaryKeys.count == dictionaryLabels.count,
            dictionaryLabels.allSatisfy({ $0 >= 1 && Int($0) <= labels.count })
        else { throw .corrupt(path, "the tag dictionary is inconsistent") }
        let firstPass = try PerceptronModel(from: file, prefix: "pass1")
        let secondPass = try PerceptronModel(from: file, prefix: "pass2")
        guard firstPass.classCount == labels.count, secondPass.classCount == labels.count else {
            throw .corrupt(path, "the weights do not match the labels")
        }
        self.init(
            labels: labels, lexicon: AtomMap(keys: lexiconKeys, values: lexiconValues, filler: 0),
            tagDictionary: AtomMap(keys: dictionaryKeys, values: dictionaryLabels.map(Int.init), filler: 0),
            firstPass: firstPass, secondPass: secondPass, morphology: try Morphology(from: file),
            wordnet: try WordNetLexicon(from: file), names: try NameLexicon(from: file))
    }

    /// The model file: labels, tag lexicon, both passes' weights and the morphology tables.
    package func modelBytes(header: [(String, String)] = []) -> [UInt8] {
        var writer = ModelFileWriter(kind: Self.kind, templates: TaggerFeatures.templates)
        for (key, value) in header { writer.addHeader(key, value) }
        writer.addStrings("labels", labels)
        writer.addUInt64s("lexicon.keys", lexicon.keys)
        writer.addUInt64s("lexicon.classes", lexicon.orderedValues)
        writer.addUInt64s("tagdict.keys", tagDictionary.keys)
        writer.addInt32s("tagdict.labels", tagDictionary.orderedValues.map { Int32($0) })
        firstPass.write(to: &writer, prefix: "pass1")
        secondPass.write(to: &writer, prefix: "pass2")
        morphology.write(to: &writer)
        wordnet.write(to: &writer)
        names.write(to: &writer)
        return writer.bytes
    }
}
