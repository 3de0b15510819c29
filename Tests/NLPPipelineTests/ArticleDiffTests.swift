import KnowledgeGraph
import NewsgraphTestSupport
import RDFDiff
import RDFModel
import Testing

/// Article diffs end to end: the seed against its corrected edition and against a wire story.
@Suite("Article diffs")
struct ArticleDiffTests {
    static func headers(_ summary: String) -> [String] {
        summary.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains("  <") }.map {
            String($0.prefix { $0 != "<" }.dropLast(2))
        }
    }

    /// The corrected edition extends one claim, drops one sentence and adds one: the diff names
    /// those and nothing else (read and checked by hand against the two texts).
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theCorrectedEditionDiffNamesExactlyItsEdits() throws {
        let seed = try SeedGraphTests.graph("seeds/000_dbe25a89b6a06857.txt")
        let corrected = try SeedGraphTests.graph("samples/esper-visit-corrected.txt")
        #expect(seed.article == corrected.article, "one article, two editions: the same article IRI")
        let summary = DiffSummary.text(try GraphDiff(seed.quads(named: false), corrected.quads(named: false)))
        print(summary)
        #expect(summary.contains("claims: 5 only in A, 3 only in B (1 of them reworded)"))
        #expect(
            Self.headers(summary).sorted() == [
                "Ho Chi Minh Mausoleum", "Mark Esper", "Nguyen Xuan Phuc", "US President", "Vietnam",
                "important international events", "wreath",
            ])
        // The extended claim: the partnership now also covers clearing unexploded ordnance.
        #expect(summary.contains("~ continue partner with United States"))
        #expect(summary.contains("now: “Vietnam will continue partnering with the US in the search for missing-in-action US servicemen and in clearing unexploded ordnance”"))
        // The added sentence: the mausoleum visit and the wreath.
        #expect(summary.contains("+ visit Ho Chi Minh Mausoleum") && summary.contains("+ lay wreath"))
        // The dropped sentence: the wish to welcome the US President.
        #expect(summary.contains("- express to welcome US President  [modality=\"express to\"]"))
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func aWireStoryMeetsTheSeedOnTheSameEntities() throws {
        let seed = try SeedGraphTests.graph("seeds/000_dbe25a89b6a06857.txt")
        let wire = try SeedGraphTests.graph("samples/esper-visit-wire.txt")
        func entities(_ graph: ArticleGraph) -> Set<Term> {
            Set(graph.triples.filter { $0.predicate == RDF.type && $0.object == .iri(Schema.person) || $0.object == .iri(Schema.country) }.map(\.subject))
        }
        let shared = entities(seed).intersection(entities(wire))
        for key in ["mark-esper", "nguyen-xuan-phuc", "ngo-xuan-lich", "vietnam", "united-states"] {
            #expect(shared.contains(.iri(SeedGraphTests.minter.entity(key))), "\(key)")
        }
        let summary = DiffSummary.text(try GraphDiff(seed.quads(named: false), wire.quads(named: false)))
        #expect(summary.contains("Mark Esper  <https://newsgraph.dev/id/entity/mark-esper>"))
        #expect(summary.contains("only in B"))
    }
}
