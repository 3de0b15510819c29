import Testing

@testable import ArticleInput

@Suite("Plain-text articles")
struct PlainTextArticleTests {
    static let scraped = """
        Home > World > Asia

        leftcenterrightdel
        The minister (left) greets the delegation at the airport

        The minister met the delegation in Hanoi on Monday.

        Both sides agreed to expand trade. They will meet again next year.

        leftcenterrightdel

        Officials sign the agreement

        Talks will continue in the spring.

        Translated by Thu Nguyen
        """

    @Test func residueIsRemovedAndCaptionsKeptApart() {
        let article = PlainTextArticle.read(Self.scraped)
        #expect(
            article.paragraphs == [
                "The minister met the delegation in Hanoi on Monday.",
                "Both sides agreed to expand trade. They will meet again next year.",
                "Talks will continue in the spring.",
            ])
        #expect(article.captions == ["The minister (left) greets the delegation at the airport", "Officials sign the agreement"])
        #expect(!article.text.contains("leftcenterrightdel"))
        // The crumbs come first, then the lead photo: its caption, less the photo position, is the headline.
        #expect(article.metadata.headline == "The minister greets the delegation at the airport")
    }

    @Test(arguments: [
        ("Premier (right) meets envoy", "Premier meets envoy"),
        ("Premier (second from left) meets envoy (L)", "Premier meets envoy"),
        ("Trade (and aid) talks", "Trade (and aid) talks"),
    ])
    func photoPositionsLeaveTheHeadline(_ caption: String, _ expected: String) {
        #expect(PlainTextArticle.withoutPhotoPositions(caption) == expected)
    }

    @Test func aTitleLineAndADatelineBecomeMetadata() {
        let article = PlainTextArticle.read(
            "Ministers sign an accord on ocean plastics\n\nOSLO, March 3 - Two ministers signed an accord.\n\nIt creates a fund.\n")
        #expect(article.metadata.headline == "Ministers sign an accord on ocean plastics")
        #expect(article.metadata.dateline == "Oslo")
        #expect(article.paragraphs == ["Two ministers signed an accord.", "It creates a fund."])
    }

    @Test func aSentenceIsNotATitleNorARegularDashADateline() {
        let article = PlainTextArticle.read("The talks ended.\n\nThe minister - a veteran - spoke.\n")
        #expect(article.metadata.headline == nil && article.metadata.dateline == nil)
        #expect(article.paragraphs == ["The talks ended.", "The minister - a veteran - spoke."])
    }

    @Test func bylinesBecomeMetadata() {
        let article = PlainTextArticle.read(Self.scraped)
        #expect(article.metadata.translators == ["Thu Nguyen"])
        #expect(!article.text.contains("Translated"))
        let byAuthors = PlainTextArticle.read("By Jane Doe and John Smith\n\nThe council voted on Tuesday.")
        #expect(byAuthors.metadata.authors == ["Jane Doe", "John Smith"])
        #expect(byAuthors.paragraphs == ["The council voted on Tuesday."])
    }

    @Test(arguments: [
        ("By the way, the vote passed.", false),  // a sentence, not a byline
        ("Translated by Thu Nguyen", true),
        ("Reported by Mai Anh", true),
        ("by agreement of both parties", false),
    ])
    func bylineDetection(paragraph: String, isByline: Bool) {
        #expect((Byline.parse(paragraph) != nil) == isByline)
    }

    @Test(arguments: [
        ("Home > Politics > Military", true),
        ("Home | News | Sport", true),
        ("Prices rose 3% > expectations, analysts said.", false),
        ("The ratio was 3 / 4 in the final count of votes cast in the city.", false),
    ])
    func navigationDetection(text: String, isNavigation: Bool) {
        #expect(PlainTextArticle.isNavigation(text) == isNavigation)
    }
}
