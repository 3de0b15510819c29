import NLPCore
import NewsgraphTestSupport
import Perceptron
import Testing

@testable import DependencyParsing

@Suite("Dependency parser")
struct DependencyParserTests {
    static let handBuilt = (Fixtures.projective + Fixtures.nonProjective).map(Fixtures.sentence)

    static func trainedOnHandBuilt() -> DependencyParser {
        var options = DependencyParserTrainingOptions()
        options.epochs = 10
        options.pruneThreshold = 0
        options.minimumLiftedLabelCount = 1
        return DependencyParser.train(train: handBuilt, dev: handBuilt, options: options) { _ in }
    }

    static func stripped(_ sentence: Sentence) -> Sentence {
        var sentence = sentence
        for index in sentence.words.indices {
            sentence.words[index].head = nil
            sentence.words[index].deprel = "_"
        }
        return sentence
    }

    static func isSingleRootedTree(_ sentence: Sentence) -> Bool {
        let heads = [-1] + sentence.words.map { $0.head ?? -1 }
        guard heads.dropFirst().allSatisfy({ $0 >= 0 && $0 < heads.count }) else { return false }
        guard heads.dropFirst().filter({ $0 == 0 }).count == 1 else { return false }
        return (1..<heads.count).allSatisfy { PseudoProjective.descends($0, from: 0, heads: heads) }
    }

    @Test func learnsTheTrainingSentencesIncludingNonProjectiveOnes() {
        let parser = Self.trainedOnHandBuilt()
        var parsed = Self.handBuilt.map(Self.stripped)
        parser.apply(to: &parsed)
        let score = AttachmentScore(gold: Self.handBuilt, predicted: parsed)
        #expect(score.las == 100, "\(score.summary)")
    }

    @Test func saveAndLoadKeepTheParses() throws {
        let parser = Self.trainedOnHandBuilt()
        let bytes = parser.modelBytes()
        let loaded = try DependencyParser(modelBytes: bytes, path: "memory")
        #expect(loaded.modelBytes() == bytes)
        let sentences =
            Self.handBuilt.map(Self.stripped) + [
                Fixtures.sentence("Cats/NOUN/NNS/_/_ see/VERB/VBP/_/_ dogs/NOUN/NNS/_/_")
            ]
        for sentence in sentences {
            var a = sentence
            var b = sentence
            parser.apply(to: &a)
            loaded.apply(to: &b)
            #expect(a == b)
        }
        let file = try ModelFile(bytes: bytes, path: "memory")
        #expect(file.kind == DependencyParser.kind)
        #expect(file.headerValues("licence").first?.hasPrefix("CC BY-SA 4.0") == true)
    }

    @Test func rejectsOtherModels() {
        var other = ModelFileWriter(kind: "tagger", templates: [])
        other.addStrings("labels", [])
        #expect(throws: ModelFileError.self) { try DependencyParser(modelBytes: other.bytes, path: "tagger.bin") }
        #expect(throws: ModelFileError.self) { try DependencyParser(modelBytes: Array("junk".utf8), path: "junk") }
    }

    @Test(arguments: [0, 1, 2, 7, 40])
    func alwaysOutputsOneTreeOverAllWords(_ length: Int) {
        let parser = Self.trainedOnHandBuilt()
        let forms = ["the", "a", "dog", ",", "runs", "of", "and", "quickly", "(", "."]
        let tags = ["DT", "DT", "NN", ",", "VBZ", "IN", "CC", "RB", "-LRB-", "."]
        var sentence = Sentence(words: (0..<length).map { Token(form: forms[$0 % 10], upos: "X", xpos: tags[$0 % 10]) })
        parser.apply(to: &sentence)
        #expect(sentence.words.count == length)
        if length > 0 { #expect(Self.isSingleRootedTree(sentence)) }
    }

    @Test func scoresAttachments() {
        let gold = Fixtures.sentence("a/X/X/2/det b/X/X/0/root c/X/X/2/nmod:poss d/X/X/2/punct")
        var predicted = gold
        predicted.words[0].head = 3  // wrong head
        predicted.words[2].deprel = "nmod"  // right head, subtype missing
        let score = AttachmentScore(gold: [gold], predicted: [predicted])
        #expect(score.words == 4)
        #expect(score.correctHeads == 3)
        #expect(score.correctLabeled == 2)
        #expect(score.correctUniversal == 3)
        #expect(score.summary == "UAS 75.00 LAS 50.00 (4 words)")
    }

    @Test func featureKeysAreStable() {
        // Pinned: model files store these keys, so the hashing must never change silently.
        #expect(
            AtomHash.key(3, AtomHash.bytes("The".utf8, lowercase: true)) == AtomHash.key(3, AtomHash.bytes("the".utf8)))
        #expect(AtomHash.key(0, AtomHash.bytes("the".utf8)) == 12_829_253_064_654_202_136)
        #expect(ParserFeatures.templates.count == Set(ParserFeatures.templates).count)
    }

    @Test func extractsOneFeaturePerTemplate() {
        let sentence = Fixtures.sentence(Fixtures.projective[1])
        var features: [UInt64] = []
        var config = Configuration(count: sentence.words.count)
        config.apply(.shift)
        ParserFeatures.extract(
            config, atoms: WordAtoms(sentence.words, lexicon: TagLexicon(learningFrom: [sentence], minimumCount: 1)),
            into: &features)
        #expect(features.count == ParserFeatures.templates.count)
        #expect(!features.contains(0))
    }
}
