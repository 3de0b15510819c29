import Testing

@testable import KnowledgeGraph

@Suite("Relation vocabulary")
struct PredicateVocabularyTests {
    static let vocabulary = PredicateVocabulary(labels: ["visit", "agree to", "boost", "support", "teach at", "be"])

    @Test(arguments: [
        ("visit", "visit"),
        ("teach at", "teach at"),
        ("agree to boost", "boost"),
        ("agree to", "agree to"),
        ("will support", "support"),
    ])
    func labelsBackOffToDeclaredOnes(_ label: String, _ expected: String) {
        #expect(Self.vocabulary.declaredLabel(for: label) == expected)
    }

    @Test func unknownVerbsHaveNoProperty() {
        #expect(Self.vocabulary.declaredLabel(for: "hail") == nil)
        #expect(Self.vocabulary.declaredLabel(for: "hail as") == nil)
        #expect(Self.vocabulary.declaredLabel(for: "visit after") == nil)
    }

    @Test(arguments: [("teach at", "teachAt"), ("be", "be"), ("agree to", "agreeTo"), ("", "relatedTo"), ("café", "caf")])
    func localNames(_ label: String, _ expected: String) {
        #expect(PredicateVocabulary.localName(label) == expected)
    }

    @Test func theShippedVocabularyHasTheCommonNewsVerbs() {
        for label in ["visit", "support", "meet", "sign", "say", "hail", "pledge", "be", "have", "be in"] {
            #expect(PredicateVocabulary.shipped.labels.contains(label), "\(label)")
        }
    }
}
