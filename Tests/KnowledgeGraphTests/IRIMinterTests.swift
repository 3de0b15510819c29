import RDFModel
import Testing

@testable import KnowledgeGraph

@Suite("IRI minting")
struct IRIMinterTests {
    @Test(arguments: [
        ("Mark Esper", "mark-esper"),
        ("Vietnam People's Army", "vietnam-peoples-army"),
        ("Vietnam People’s Army", "vietnam-peoples-army"),
        ("  ASEAN's stance on the East Sea issue ", "aseans-stance-on-the-east-sea-issue"),
        ("São Paulo", "são-paulo"),
        ("2020", "2020"),
        ("---", "item"),
    ])
    func slugs(_ text: String, _ expected: String) {
        #expect(IRIMinter.slug(text) == expected)
    }

    @Test func longSlugsAreCutAtAHyphen() {
        let slug = IRIMinter.slug(String(repeating: "word ", count: 40))
        #expect(slug.count <= 80 && !slug.hasSuffix("-") && slug.hasPrefix("word-word"))
    }

    @Test func hashesAreFNV1a64() {
        // Published FNV-1a 64-bit test vectors: "" and "a".
        #expect(IRIMinter.hash("") == "cbf29ce484222325")
        #expect(IRIMinter.hash("a") == "af63dc4c8601ec8c")
    }

    @Test func theBaseIsCheckedAndEndsInASlash() throws {
        #expect(try IRIMinter(base: "http://example.org/kg").base == "http://example.org/kg/")
        #expect(try IRIMinter(base: "http://example.org/kg#").base == "http://example.org/kg#")
        #expect(throws: IRIError.self) { try IRIMinter(base: "not an iri") }
        let minter = try IRIMinter()
        #expect(minter.entity("mark-esper").string == "https://newsgraph.dev/id/entity/mark-esper")
        #expect(minter.concept("Bilateral relations") == minter.concept("bilateral relations"))
    }

    @Test func statementsAndSentencesAreNamedByContentWithinTheirArticle() throws {
        let minter = try IRIMinter()
        let a = minter.article("a")
        let b = minter.article("b")
        #expect(minter.sentence(article: a, text: "S.") == minter.sentence(article: a, text: "S."))
        #expect(minter.sentence(article: a, text: "S.") != minter.sentence(article: b, text: "S."))
        #expect(minter.statement(article: a, content: "x") != minter.statement(article: a, content: "y"))
    }
}
