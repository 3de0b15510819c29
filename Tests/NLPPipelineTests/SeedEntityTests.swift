import ArticleInput
import Extraction
import NLPCore
import NLPPipeline
import NewsgraphTestSupport
import Testing

/// The seed article's named entities after cleaning, annotating and resolving its headline (the
/// caption of the lead photo, the only place Nguyen Xuan Phuc is named) and text.
@Suite("Seed article entities")
struct SeedEntityTests {
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func eachReferentIsOneEntity() throws {
        let url = try #require(SharedData.url("seeds/000_dbe25a89b6a06857.txt"), "shared test data not found")
        let article = PlainTextArticle.read(String(decoding: try SharedData.bytes(atPath: url.path), as: UTF8.self))
        let headline = try #require(article.metadata.headline)
        let document = try Pipeline.load().annotate(text: headline + "\n\n" + article.text)
        let entities = EntityResolver().resolve(document.sentences)
        let names = entities.map(\.name)
        print("seed entities: \(entities.map { "\($0.name) (\($0.type), \($0.mentions.count))" })")
        for expected in [
            "Mark Esper", "Nguyen Xuan Phuc", "Ngo Xuan Lich", "Daniel Kritenbrink", "Vietnam", "United States", "ASEAN", "Vietnam People's Army",
        ] {
            #expect(names.filter { $0 == expected }.count == 1, "\(expected)")
        }
        #expect(!names.contains { $0.lowercased().contains("leftcenterrightdel") || $0.contains("Thu Nguyen") })
        #expect(!names.contains("Esper") && !names.contains("Lich") && !names.contains("US"))
    }
}
