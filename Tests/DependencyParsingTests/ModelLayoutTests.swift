import NLPCore
import Perceptron
import Testing

@testable import DependencyParsing

/// The parse-time weight layout and the tag lexicon.
@Suite("Parser model layout")
struct ModelLayoutTests {
    @Test func packedWeightsScoreLikeThePerceptronModel() {
        var perceptron = AveragedPerceptron(classCount: 5)
        // Keys as the parser makes them: hashed, so their high bits differ.
        let features: [[UInt64]] = (0..<50).map { row in
            (0..<6).map { AtomHash.key($0, UInt64(row % (3 + $0))) }
        }
        for (index, row) in features.enumerated() {
            perceptron.update(truth: index % 5, guess: (index + 2) % 5, features: row, by: Float(index % 3) + 0.5)
            perceptron.tick()
        }
        let model = perceptron.averaged(threshold: 0)
        let packed = PackedWeights(model)
        for row in features + [[AtomHash.key(9, 1), AtomHash.key(9, 2)]] {
            var expected = [Float](repeating: 0, count: 5)
            var actual = expected
            model.score(row, into: &expected)
            packed.score(row, into: &actual)
            for (a, b) in zip(actual, expected) {
                #expect(abs(a - b) <= 0.01 * max(1, abs(b)), "\(actual) vs \(expected)")
            }
        }
    }

    @Test func bfloat16RoundsToNearest() {
        #expect(PackedWeights.bfloat16(1) == Float(1).bitPattern)
        #expect(Float(bitPattern: PackedWeights.bfloat16(-3.14159)) == -3.140625)
        #expect(Float(bitPattern: PackedWeights.bfloat16(1000.7)) == 1000)
    }

    @Test func lexiconKnowsFrequentWordsAndTheirTags() {
        let sentences = [
            Fixtures.sentence("Can/AUX/MD/2/aux we/PRON/PRP/0/root"),
            Fixtures.sentence("a/DET/DT/2/det can/NOUN/NN/0/root"),
            Fixtures.sentence("can/AUX/MD/0/root rare/ADJ/JJ/1/amod"),
        ]
        let lexicon = TagLexicon(learningFrom: sentences)
        let can = lexicon.ambiguityClass(of: AtomHash.bytes("can".utf8))
        #expect(can == AtomHash.bytes("MD NN".utf8))
        #expect(lexicon.ambiguityClass(of: AtomHash.bytes("rare".utf8)) == nil)
        #expect(TagLexicon(words: lexicon.words, classes: lexicon.classes) == lexicon)
    }
}
