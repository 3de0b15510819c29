import Extraction
import RDFModel

/// The closed set of relation predicates declared in `Ontology/relations.ttl`, and how an
/// extracted predicate label maps onto it: the label itself when declared (`visit`, `agree to`,
/// `teach at`); otherwise the part after the last `to` (`agree to boost` → `boost`); otherwise its
/// last word, unless that is a preposition or particle; otherwise `ng:relatedTo`. The statement keeps the full label as `ng:predicateText` either way.
package struct PredicateVocabulary: Sendable {
    /// Declared labels (`agree to`, `visit`).
    package let labels: Set<String>

    package init(labels: Set<String>) { self.labels = labels }

    /// The vocabulary shipped with the package (`DeclaredRelations.swift`, generated together
    /// with `Ontology/relations.ttl` by `newsgraph vocabulary`).
    package static let shipped = PredicateVocabulary(
        labels: Set(DeclaredRelations.labels.split(separator: "\n").map(String.init)))

    static let trailingWords: Set<Substring> = [
        "to", "in", "on", "at", "for", "with", "from", "by", "of", "about", "into", "onto", "over", "under", "up", "down",
        "out", "off", "as", "through", "across", "after", "before", "against", "between", "during", "since", "until",
        "within", "without", "toward", "towards", "among", "around", "along", "upon", "via", "per", "away", "back",
    ]

    /// The declared label `label` maps to, or nil for `ng:relatedTo`.
    package func declaredLabel(for label: String) -> String? {
        if labels.contains(label) { return label }
        let words = label.split(separator: " ")
        if let to = words.lastIndex(of: "to"), to + 1 < words.count {
            let inner = words[(to + 1)...].joined(separator: " ")
            if let declared = declaredLabel(for: inner) { return declared }
        }
        // A preposition changes what a verb means (`visit after`, `affirm for`): no guessing.
        if let last = words.last, !Self.trailingWords.contains(last), labels.contains(String(last)) { return String(last) }
        return nil
    }

    /// The property IRI of a declared label: `ng:` and the label in camel case.
    package static func property(_ label: String) -> IRI { NG.term(localName(label)) }

    /// `teach at` → `teachAt` (``PredicateName/localName(_:)``).
    package static func localName(_ label: String) -> String { PredicateName.localName(label) }
}
