/// A relation found in a sentence: `subject – predicate – arguments`, each a set of word indices
/// (0-based) of the sentence, with a confidence in [0, 1] for ranking. An empty predicate is the
/// implied `be` of appositions and titles (`Esper, the US Defense Secretary`).
package struct Relation: Sendable, Equatable {
    package var subject: [Int]
    package var predicate: [Int]
    /// The object first (when there is one), then prepositional and other arguments in order.
    package var arguments: [[Int]]
    package var confidence: Double
    /// Attribution: the words of the speaker when the relation is a reported claim (`X said that …`).
    package var attributedTo: [Int]?
    /// The reporting verb (`said`, `pledged`) when the relation is a reported claim.
    package var reportedBy: Int? = nil
    package var kind: Kind
    /// The form of `be` or `have` the sentence implies but does not write, in its tense and the
    /// subject's number: `was` for `the campaign, created by …` (`was created by`), `were` for
    /// `the houses in Glasgow` in a past-tense sentence (`were in`), `had` for a past possessive.
    package var impliedVerb: String?

    /// What an empty predicate stands for.
    package enum Kind: Sendable, Equatable {
        /// A clause's own predicate (or, when empty, the `be` of an apposition or title).
        case stated
        /// `X's Y`: X has Y.
        case possession
        /// `Competition in the sale`: X is (preposition) Y; the preposition is this word.
        case location(Int)
    }

    /// The predicate as text, `text` giving a word's text: its own words (after the implied verb,
    /// if any), or for a relation the sentence implies, the implied verb or `is`, `has` or `is`
    /// with the preposition (`is in`).
    package func predicateText(_ text: (Int) -> String) -> String {
        switch kind {
        case _ where !predicate.isEmpty: ([impliedVerb].compactMap { $0 } + predicate.map(text)).joined(separator: " ")
        case .possession: impliedVerb ?? "has"
        case .location(let preposition): (impliedVerb ?? "is") + " " + text(preposition)
        case .stated: impliedVerb ?? "is"
        }
    }

    package init(
        subject: [Int], predicate: [Int], arguments: [[Int]], confidence: Double, attributedTo: [Int]? = nil,
        reportedBy: Int? = nil, kind: Kind = .stated
    ) {
        self.reportedBy = reportedBy
        self.kind = kind
        self.subject = subject
        self.predicate = predicate
        self.arguments = arguments
        self.confidence = confidence
        self.attributedTo = attributedTo
    }
}
