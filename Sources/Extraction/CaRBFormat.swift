import NLPCore

/// CaRB's input and output: one pre-tokenized sentence per line in, one relation per line out as
/// `sentence TAB confidence TAB relation TAB arg1 TAB arg2 …`, with the given tokens kept.
package enum CaRBFormat {
    /// Penn Treebank spellings that the tagger and parser, trained on EWT, read as plain forms.
    static let plainForms: [String: String] = [
        "``": "\"", "''": "\"", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    ]

    /// A sentence of the line's tokens, PTB brackets and quotes in their plain forms.
    package static func sentence(_ line: String) -> Sentence {
        Sentence(words: line.split(separator: " ").map { Token(form: plainForms[String($0)] ?? String($0)) })
    }

    /// `indices` (those inside the sentence), with the quotation marks around them when they are
    /// exactly a quoted phrase whose marks the parser hung elsewhere: ``` Kormoran ''`, as CaRB's
    /// gold writes it.
    static func quoted(_ indices: [Int], _ tokens: [String]) -> [Int] {
        let indices = indices.filter { $0 < tokens.count }
        guard let first = indices.first, let last = indices.last, first > 0, last + 1 < tokens.count,
            tokens[first - 1] == "``", tokens[last + 1] == "''", indices == Array(first...last),
            !indices.contains(where: { ["``", "''"].contains(tokens[$0]) })
        else { return indices }
        return [first - 1] + indices + [last + 1]
    }

    /// The output lines for one sentence's relations (each ending with a line break).
    ///
    /// The implied `be` of appositions and titles is written as the lemma `be`: the sentence gives it
    /// no tense, and CaRB matches `be` with any form of it in the gold (`is`, `was`, `are`, …).
    package static func lines(_ line: String, _ relations: [Relation]) -> String {
        let tokens = line.split(separator: " ").map(String.init)
        func words(_ indices: [Int]) -> String { quoted(indices, tokens).map { tokens[$0] }.joined(separator: " ") }
        var out = ""
        for relation in relations {
            let predicate =
                relation.predicate.isEmpty && relation.kind == .stated
                ? "be" : relation.predicateText { $0 < tokens.count ? tokens[$0] : "" }
            let fields = [line, String(relation.confidence), predicate, words(relation.subject)] + relation.arguments.map(words)
            out += fields.joined(separator: "\t") + "\n"
        }
        return out
    }
}
