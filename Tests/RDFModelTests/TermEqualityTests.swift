import RDFModel
import Testing

@Suite("Term equality is code point equality")
struct TermEqualityTests {
    static let nfc = "caf\u{E9}"
    static let nfd = "cafe\u{301}"

    @Test func canonicallyEquivalentStringsAreDifferentTerms() {
        #expect(Self.nfc == Self.nfd, "Swift's String equality, which RDF must not use")
        #expect(Term.literal(Literal(Self.nfc)) != Term.literal(Literal(Self.nfd)))
        #expect(IRI(unchecked: "http://e/" + Self.nfc) != IRI(unchecked: "http://e/" + Self.nfd))
        #expect(BlankNode(Self.nfc) != BlankNode(Self.nfd))
        #expect(Set([Term.literal(Literal(Self.nfc)), .literal(Literal(Self.nfd))]).count == 2)
    }

    @Test func equalTermsHashEqually() {
        let a = Literal("x", language: "en-GB")
        let b = Literal("x", language: "en-GB")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Literal("x", language: "en-gb") != a, "term equality is exact; isomorphism ignores tag case")
        #expect(Literal("x") != Literal("x", datatype: XSD.integer))
        #expect(Literal("x") == Literal("x", datatype: XSD.string))
    }
}
