import Extraction
import NLPCore
import NewsgraphTestSupport
import Testing

/// The same rules on the shorter second account of the visit (`samples/esper-visit-wire.txt`),
/// written differently: a dateline, `the two leaders`, `told … that`.
@Suite("Wire sample references")
struct SampleReferenceTests {
    static let wire = SeedReferenceTests.read("samples/esper-visit-wire.txt")

    static let phrases: [SeedReferenceTests.Phrase] = [
        .init(sentence: "the second day of his visit", phrase: "his", expected: ["Mark Esper"]),
        .init(sentence: "Mark Esper met", phrase: "Hanoi", expected: ["Hanoi"]),
        .init(sentence: "The two leaders discussed", phrase: "The two leaders", expected: ["Mark Esper", "Nguyen Xuan Phuc"]),
        .init(sentence: "Lich thanked the United States", phrase: "its", expected: ["United States"]),
        .init(sentence: "Esper held talks", phrase: "Vietnamese Defense Minister Ngo Xuan Lich", expected: ["Ngo Xuan Lich"]),
    ]

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: phrases)
    func phraseRefersTo(_ phrase: SeedReferenceTests.Phrase) throws {
        let wire = try #require(Self.wire, "the wire sample could not be read")
        SeedReferenceTests.check(phrase, wire)
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func hanoiIsAPlace() throws {
        let wire = try #require(Self.wire, "the wire sample could not be read")
        let hanoi = wire.entities.entities.filter { $0.name.lowercased() == "hanoi" }
        #expect(hanoi.count == 1)
        #expect(hanoi.first?.type == "LOC")
        #expect(wire.entities.entities.first { $0.name == "Nguyen Xuan Phuc" }?.countries == ["Vietnam"])
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func toldThatIsReported() throws {
        let wire = try #require(Self.wire, "the wire sample could not be read")
        let number = try #require(
            wire.sentences.firstIndex { $0.words.first?.form == "Esper" && $0.words.dropFirst().first?.form == "told" })
        let sentence = wire.sentences[number]
        let claims = Attribution().attributed(ClauseExtractor().relations(in: sentence), in: sentence).filter { $0.reportedBy != nil }
        #expect(!claims.isEmpty)
        for claim in claims {
            let speakers = wire.entities.referents(sentence: number, words: claim.attributedTo ?? [])
            #expect(speakers.map { wire.entities.entities[$0].name } == ["Mark Esper"])
        }
    }
}
