/// A news article as read from a file: its main text, cleaned of page furniture, and what is known
/// about it (headline, date, authors, publisher, …) from the page or from bylines.
package struct Article: Sendable, Equatable {
    /// The main text: paragraphs separated by a blank line, residue (image toolbars, captions,
    /// navigation crumbs, bylines) removed.
    package var text: String
    package var metadata: ArticleMetadata
    /// Photo captions, kept apart from the text (they repeat or preview it).
    package var captions: [String]

    package init(text: String, metadata: ArticleMetadata = .init(), captions: [String] = []) {
        self.text = text
        self.metadata = metadata
        self.captions = captions
    }

    /// The paragraphs of the text.
    package var paragraphs: [String] {
        text.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
    }
}

/// Metadata of an article, with schema.org's names (schema:NewsArticle).
package struct ArticleMetadata: Sendable, Equatable {
    package var headline: String?
    package var description: String?
    package var datePublished: String?
    package var dateModified: String?
    package var authors: [String] = []
    /// People a byline credits with the translation (`Translated by Thu Nguyen`).
    package var translators: [String] = []
    package var publisher: String?
    package var url: String?
    package var inLanguage: String?
    /// The place a wire story was filed from (`Oslo` for `OSLO, March 3 - …`).
    package var dateline: String?

    package init() {}

    /// Fills what is missing here from `other`, keeping what is set.
    package mutating func merge(_ other: ArticleMetadata) {
        headline = headline ?? other.headline
        description = description ?? other.description
        datePublished = datePublished ?? other.datePublished
        dateModified = dateModified ?? other.dateModified
        if authors.isEmpty { authors = other.authors }
        if translators.isEmpty { translators = other.translators }
        publisher = publisher ?? other.publisher
        url = url ?? other.url
        inLanguage = inLanguage ?? other.inLanguage
        dateline = dateline ?? other.dateline
    }
}
