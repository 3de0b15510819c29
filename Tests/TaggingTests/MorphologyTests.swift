import NLPCore
import Testing

@testable import Tagging

@Suite("Morphology")
struct MorphologyTests {
    let morphology = Morphology(learningFrom: toyTreebank)

    @Test(arguments: [
        ("went", "VBD", "go"),  // irregular: from the exception lexicon
        ("dogs", "NNS", "dog"),
        ("The", "DT", "the"),  // lower-cased
        ("Esper", "NNP", "Esper"),  // proper nouns keep their case
        ("jumped", "VBD", "jump"),  // unseen: suffix rule learned from walked/talked/visited
        ("birds", "NNS", "bird"),  // unseen: suffix rule learned from dogs/cats
        ("Hanoi", "NNP", "Hanoi"),
    ])
    func lemmas(form: String, xpos: String, lemma: String) {
        var token = Token(form: form, xpos: xpos)
        morphology.apply(to: &token)
        #expect(token.lemma == lemma)
    }

    @Test func rulesRewriteSuffixes() {
        #expect(Morphology.rule(from: "walked", to: "walk") == .init(strip: 2, append: ""))
        #expect(Morphology.rule(from: "went", to: "go") == .init(strip: 4, append: "go"))
        #expect(Morphology.rule(from: "flies", to: "fly") == .init(strip: 3, append: "y"))
    }
}
