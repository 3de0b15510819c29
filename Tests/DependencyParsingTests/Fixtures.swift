import Foundation
import NLPCore
import NewsgraphTestSupport

@testable import DependencyParsing

/// Hand-built sentences: `form/UPOS/XPOS/head/deprel` words separated by spaces.
enum Fixtures {
    static func sentence(_ spec: String) -> Sentence {
        let words = spec.split(separator: " ").map { item -> Token in
            let parts = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            return Token(form: parts[0], upos: parts[1], xpos: parts[2], head: Int(parts[3]), deprel: parts[4])
        }
        return Sentence(words: words)
    }

    static let projective: [String] = [
        "Dogs/NOUN/NNS/2/nsubj bark/VERB/VBP/0/root ./PUNCT/./2/punct",
        "The/DET/DT/2/det cat/NOUN/NN/3/nsubj sat/VERB/VBD/0/root on/ADP/IN/6/case the/DET/DT/6/det "
            + "mat/NOUN/NN/3/obl ./PUNCT/./3/punct",
        "John/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case dog/NOUN/NN/4/nsubj barked/VERB/VBD/0/root "
            + "loudly/ADV/RB/4/advmod",
        "I/PRON/PRP/2/nsubj saw/VERB/VBD/0/root the/DET/DT/4/det man/NOUN/NN/2/obj with/ADP/IN/7/case "
            + "a/DET/DT/7/det telescope/NOUN/NN/2/obl",
        "Hello/INTJ/UH/0/root",
        "She/PRON/PRP/2/nsubj said/VERB/VBD/0/root that/SCONJ/IN/5/mark he/PRON/PRP/5/nsubj "
            + "left/VERB/VBD/2/ccomp and/CCONJ/CC/7/cc cried/VERB/VBD/5/conj",
    ]

    /// Non-projective trees: "A hearing is scheduled on the issue today ." with `issue` under
    /// `hearing`, and an artificial one whose lifted `,` hangs below a word that is lifted too.
    static let nonProjective: [String] = [
        "A/DET/DT/2/det hearing/NOUN/NN/4/nsubj:pass is/AUX/VBZ/4/aux:pass scheduled/VERB/VBN/0/root "
            + "on/ADP/IN/7/case the/DET/DT/7/det issue/NOUN/NN/2/nmod today/NOUN/NN/4/obl:tmod "
            + "./PUNCT/./4/punct",
        "What/PRON/WP/5/obj did/AUX/VBD/5/aux you/PRON/PRP/5/nsubj ,/PUNCT/,/8/punct see/VERB/VB/0/root "
            + "yesterday/NOUN/NN/5/obl:tmod ?/PUNCT/./5/punct well/INTJ/UH/3/discourse",
    ]

    static func ewt(_ split: String, limit: Int) throws -> [Sentence] {
        guard let url = SharedData.url("data/ud-english-ewt/en_ewt-ud-\(split).conllu") else { return [] }
        let bytes = try SharedData.bytes(atPath: url.path)
        return Array(try CoNLLU.read(utf8: bytes, path: url.path).prefix(limit))
    }

    static func heads(_ sentence: Sentence) -> [Int] { [-1] + sentence.words.map { $0.head ?? -1 } }
    static func labels(_ sentence: Sentence) -> [String] { [""] + sentence.words.map(\.deprel) }
}
