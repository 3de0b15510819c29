import NewsgraphTestSupport
import Testing

@testable import ArticleInput

@Suite("HTML articles")
struct HTMLArticleTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8">
        <title>Council approves bridge | Riverside Daily</title>
        <meta name="description" content="The council approved the new bridge.">
        <link rel="canonical" href="https://news.example/bridge">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
          {"@type":"NewsArticle","headline":"Council approves \\"new\\" bridge","datePublished":"2024-03-01T09:00:00Z",
           "author":[{"@type":"Person","name":"Ana Lima"},"Ben Ode"],"publisher":{"@type":"Organization","name":"Riverside Daily"}}]}</script>
        <script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
        <aside><h3>Most read</h3><p>Weather turns cold in the valley.</p></aside>
        <article><h1>Council approves new bridge</h1>
        <p>The city council approved a new bridge on Friday.</p>
        <figure><img src="a.jpg"><figcaption>The old bridge at dusk</figcaption></figure>
        <p>Construction will start   in May&nbsp;and&#160;cost <b>12 million</b> euros.</p>
        <ul><li>Two lanes for cars</li><li>A cycle path</li></ul>
        <p class="byline">By Ana Lima</p>
        </article>
        <footer><p>Copyright Riverside Daily.</p></footer>
        </body></html>
        """

    static let article = Result { try HTMLArticle.read(Array(page.utf8), path: "bridge.html") }

    @Test func mainTextWithoutPageFurniture() throws {
        let article = try Self.article.get()
        #expect(
            article.paragraphs == [
                "The city council approved a new bridge on Friday.",
                "Construction will start in May and cost 12 million euros.",
                "Two lanes for cars", "A cycle path",
            ])
        #expect(article.captions == ["The old bridge at dusk"])
    }

    @Test func metadataFromJSONLDThenMetaTags() throws {
        let metadata = try Self.article.get().metadata
        #expect(metadata.headline == "Council approves \"new\" bridge")
        #expect(metadata.datePublished == "2024-03-01T09:00:00Z")
        #expect(metadata.authors == ["Ana Lima", "Ben Ode"])
        #expect(metadata.publisher == "Riverside Daily")
        #expect(metadata.url == "https://news.example/bridge")
        #expect(metadata.inLanguage == "en-GB")
        #expect(metadata.description == "The council approved the new bridge.")
    }

    @Test(arguments: ["", "<p>unclosed <b>tags", "\u{0}\u{1}binary", "<html><body></body></html>", String(repeating: "<div>", count: 5000)])
    func oddPagesDoNotCrash(page: String) {
        let article = try? HTMLArticle.read(Array(page.utf8), path: "odd.html")
        #expect(article?.text.contains("<") != true)
    }

    /// The seed article as plain text and as a scraped page give the same paragraphs and captions.
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func seedArticleTextAndHTMLAgree() throws {
        let textURL = try #require(SharedData.url("seeds/000_dbe25a89b6a06857.txt"), "shared test data not found")
        let htmlURL = try #require(SharedData.url("samples/esper-visit.html"), "shared test data not found")
        let plain = PlainTextArticle.read(String(decoding: try SharedData.bytes(atPath: textURL.path), as: UTF8.self))
        let html = try HTMLArticle.read(try SharedData.bytes(atPath: htmlURL.path), path: htmlURL.path)
        #expect(plain.paragraphs.count == 19)
        #expect(html.paragraphs == plain.paragraphs)
        #expect(html.captions == plain.captions)
        #expect(plain.metadata.translators == ["Thu Nguyen"] && html.metadata.translators == ["Thu Nguyen"])
        #expect(plain.metadata.headline == "Prime Minister Nguyen Xuan Phuc receives US Secretary of Defense Mark Esper")
        #expect(!plain.text.contains("leftcenterrightdel") && !html.text.contains("Trending"))
        #expect(html.metadata.headline == "PM Nguyen Xuan Phuc receives US Secretary of Defense Mark Esper")
        #expect(html.metadata.datePublished == "2019-11-20T17:05:00+07:00")
        #expect(html.metadata.inLanguage == "en")
        #expect(html.metadata.publisher == "People's Army Newspaper (sample copy)")
    }
}
