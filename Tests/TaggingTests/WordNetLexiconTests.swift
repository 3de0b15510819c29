import NLPCore
import Testing

@testable import Tagging

@Suite("WordNet lexicon")
struct WordNetLexiconTests {
    /// A miniature WordNet in its own file format.
    static let lexicon = WordNetLexicon(files: [
        "data.noun": Array(
            """
              1 This software and database is being provided to you
            00001740 03 n 02 dog 0 Vietnam 0 000 | a domestic animal
            00001741 03 n 01 city 0 000 | a large town
            """.utf8),
        "data.verb": Array("00002000 29 v 02 walk 0 stop 0 000 | move on foot\n00002001 29 v 01 hope 0 000 | wish\n".utf8),
        "data.adj": Array("00003000 00 a 02 happy 0 big(a) 0 000 | glad\n".utf8),
        "data.adv": Array("00004000 02 r 01 well 0 000 | in a good way\n".utf8),
        "verb.exc": Array("went go\nran run\n".utf8),
        "adj.exc": Array("better good\n".utf8),
    ])

    static func bits(_ word: String) -> UInt16 { lexicon.bits(Array(word.utf8)) }

    @Test func readsPartsOfSpeechAndNames() {
        #expect(Self.bits("dog") == WordNetLexicon.noun)
        #expect(Self.bits("vietnam") == WordNetLexicon.name)
        #expect(Self.bits("big") == WordNetLexicon.adjective)
        #expect(Self.bits("unknownword") == 0)
    }

    @Test func explainsRegularInflections() {
        #expect(Self.bits("dogs") & WordNetLexicon.plural != 0)
        #expect(Self.bits("cities") & WordNetLexicon.plural != 0)
        #expect(Self.bits("walks") & WordNetLexicon.thirdPerson != 0)
        #expect(Self.bits("stopped") & WordNetLexicon.past != 0)
        #expect(Self.bits("hoped") & WordNetLexicon.past != 0)
        #expect(Self.bits("walking") & WordNetLexicon.gerund != 0)
        #expect(Self.bits("happier") & WordNetLexicon.comparative != 0)
        #expect(Self.bits("bigger") & WordNetLexicon.comparative != 0)
        #expect(Self.bits("went") & WordNetLexicon.past != 0)
    }

    @Test(arguments: [
        ("stopped", "VBD", "stop"),  // suffix rule checked against WordNet: not "stopp"
        ("hoped", "VBD", "hope"),
        ("ran", "VBD", "run"),  // WordNet's irregular forms
        ("better", "JJR", "good"),
    ])
    func lemmatizesUnseenWords(form: String, xpos: String, lemma: String) {
        let morphology = Morphology(
            learningFrom: [
                "I/PRON/PRP/I walked/VERB/VBD/walk ,/PUNCT/,/, talked/VERB/VBD/talk ,/PUNCT/,/, baked/VERB/VBD/bake",
                "She/PRON/PRP/she taped/VERB/VBD/tape it/PRON/PRP/it ,/PUNCT/,/, then/ADV/RB/then dropped/VERB/VBD/drop and/CCONJ/CC/and shopped/VERB/VBD/shop",
                "a/DET/DT/a taller/ADJ/JJR/tall tree/NOUN/NN/tree",
            ].map(taggedSentence))
        #expect(morphology.analyze(form: form, xpos: xpos, wordnet: Self.lexicon).lemma == lemma)
    }
}
