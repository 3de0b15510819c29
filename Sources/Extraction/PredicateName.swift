import NLPCore

/// The vocabulary name of a relation's predicate: the lemmas of its verbs with their particles and
/// prepositions (`taught at` → `teach at`, `wants to promote` → `want to promote`), with negation
/// and modality kept apart as attributes (`will not meet` → `meet`, negated, modality `will`), and
/// `be`, `have` or `be in` for relations the sentence only implies. The same predicate in any
/// tense or person gets the same name, which is what makes facts from different articles meet.
package struct PredicateName: Sendable, Equatable {
    /// Lower-case words, e.g. `teach at`.
    package var label: String
    package var negated: Bool
    /// A modal auxiliary (`will`, `can`, `should`, …) in its base form, if any.
    package var modality: String?

    static let modals: Set<String> = ["will", "would", "can", "could", "may", "might", "must", "shall", "should"]
    static let negations: Set<String> = ["not", "never", "n't", "no"]

    /// The name of `relation`'s predicate in `sentence`.
    package init(_ relation: Relation, in sentence: Sentence) {
        negated = false
        modality = nil
        var words: [String] = []
        switch relation.kind {
        case .possession where relation.predicate.isEmpty:
            label = "have"
            return
        case .location(let preposition) where relation.predicate.isEmpty:
            label = "be " + sentence.words[preposition].form.lowercased()
            return
        case _ where relation.predicate.isEmpty:
            label = "be"
            return
        default: break
        }
        for index in relation.predicate where index < sentence.words.count {
            let word = sentence.words[index]
            let lemma = word.lemmaOrForm
            let relationName = word.deprel.split(separator: ":").first.map(String.init) ?? ""
            if Self.negations.contains(lemma) || Self.negations.contains(word.form.lowercased()) {
                negated = true
            } else if relationName == "aux", Self.modals.contains(lemma) || Self.modals.contains(word.form.lowercased()) {
                modality = Self.modals.contains(lemma) ? lemma : word.form.lowercased()
            } else if relationName == "aux" && word.deprel != "aux:pass" || relationName == "mark" && lemma == "that"
                || relationName == "advmod"
            {
                continue  // tense auxiliaries, complementizers and adverbs (`also visited`) say nothing about the relation
            } else {
                words.append(lemma)
            }
        }
        label = words.isEmpty ? "be" : words.joined(separator: " ")
    }

    /// The label as a camel-case local name for an IRI: `teach at` → `teachAt`; characters other
    /// than ASCII letters and digits are dropped.
    package var localName: String { Self.localName(label) }

    /// `label` as a camel-case local name (`teach at` → `teachAt`), `relatedTo` when nothing is left.
    package static func localName(_ label: String) -> String {
        var result = ""
        for (position, word) in label.split(separator: " ").enumerated() {
            let clean = word.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            var text = String(String.UnicodeScalarView(clean))
            if position > 0, let first = text.first {
                text = first.uppercased() + text.dropFirst()
            }
            result += text
        }
        return result.isEmpty ? "relatedTo" : result
    }
}
