/// Reads an article from plain text as scrapers leave it: paragraphs separated by blank lines,
/// with page furniture mixed in. Removed: image-toolbar lines (`leftcenterrightdel`, the labels of
/// an image editor's buttons run together) with the caption paragraph that follows each (kept in
/// ``Article/captions``), navigation crumbs (`Home > Politics > Military`, `Home | News`) and
/// bylines (`Translated by Thu Nguyen`, which become metadata). A caption that opens the page,
/// before any paragraph of text, is the lead photo's and names what the article is about: it
/// becomes the headline.
package enum PlainTextArticle {
    /// Where a caption places people in the photo: `(right)`, `(second from left)`, `(L)`.
    static let photoPositions: Set<String> = ["left", "right", "centre", "center", "l", "r", "c", "front", "back", "top", "bottom", "middle"]

    /// A caption without its photo position markers, so it reads as a headline:
    /// `Prime Minister Nguyen Xuan Phuc (right) receives …` → `Prime Minister Nguyen Xuan Phuc receives …`.
    static func withoutPhotoPositions(_ caption: String) -> String {
        var result = ""
        var rest = Substring(caption)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = rest[rest.index(after: open)..<close].lowercased()
            let isPosition = photoPositions.contains(inside) || inside.hasSuffix("from left") || inside.hasSuffix("from right")
            result += isPosition ? String(rest[..<open]) : String(rest[...close])
            rest = rest[rest.index(after: close)...]
            if isPosition, result.hasSuffix(" "), rest.hasPrefix(" ") { rest = rest.dropFirst() }
        }
        result += rest
        return result.trimmingSpaces
    }

    package static func read(_ source: String) -> Article {
        var article = Article(text: "")
        var kept: [String] = []
        var captionNext = false
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var paragraph: [String] = []

        func recordCaption(_ text: String) {
            article.captions.append(text)
            captionNext = false
            if kept.isEmpty, article.metadata.headline == nil { article.metadata.headline = withoutPhotoPositions(text) }
        }

        func finishParagraph() {
            defer { paragraph = [] }
            guard !paragraph.isEmpty else { return }
            let text = PageReader.collapseString(paragraph.joined(separator: " "))
            if captionNext {
                recordCaption(text)
                return
            }
            if isNavigation(text) { return }
            kept.append(text)
        }

        for line in lines {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                finishParagraph()
                continue
            }
            if isImageToolbar(trimmed) {
                finishParagraph()
                captionNext = true
                continue
            }
            // A toolbar line directly followed by its caption, with no blank line between.
            if captionNext, paragraph.isEmpty {
                recordCaption(PageReader.collapseString(trimmed))
                continue
            }
            paragraph.append(trimmed)
        }
        finishParagraph()

        // Bylines at the start or the end of the article.
        while let last = kept.last, let (role, names) = Byline.parse(last) {
            record(role, names, in: &article.metadata)
            kept.removeLast()
        }
        while let first = kept.first, let (role, names) = Byline.parse(first) {
            record(role, names, in: &article.metadata)
            kept.removeFirst()
        }
        // A title line before the text: one short line that does not end a sentence.
        if let first = kept.first, kept.count > 1, isTitle(first) {
            if article.metadata.headline == nil { article.metadata.headline = first }
            kept.removeFirst()
        }
        if let first = kept.first, let (place, rest) = Dateline.split(first) {
            article.metadata.dateline = place
            kept[0] = rest
        }
        article.text = kept.joined(separator: "\n\n")
        return article
    }

    /// A headline: at most 20 words, with no sentence-final punctuation.
    static func isTitle(_ text: String) -> Bool {
        guard let last = text.last, !".!?:;,\"”'’)".contains(last) else { return false }
        let words = text.split(separator: " ")
        return words.count >= 2 && words.count <= 20
    }

    static func record(_ role: Byline.Role, _ names: [String], in metadata: inout ArticleMetadata) {
        switch role {
        case .author: metadata.authors += names
        case .translator: metadata.translators += names
        }
    }

    /// The labels of an image toolbar run together: `leftcenterrightdel` and its variants.
    static func isImageToolbar(_ line: String) -> Bool {
        let lower = line.lowercased().filter { !$0.isWhitespace }
        let toolbars: Set<String> = [
            "leftcenterrightdel", "leftcenterright", "leftrightcenterdel", "leftcenterrightdelete",
        ]
        return toolbars.contains(lower)
    }

    /// A breadcrumb or menu: short items joined by `>`, `»`, `|` or `/`, none a sentence.
    static func isNavigation(_ text: String) -> Bool {
        guard text.utf8.count <= 160, !text.hasSuffix(".") else { return false }
        for separator in [" > ", " » ", " | ", " / ", " › "] {
            let items = text.replacingAll(separator, with: "\u{0}").split(separator: "\u{0}")
            guard items.count >= 2 else { continue }
            if items.allSatisfy({ $0.split(separator: " ").count <= 4 }) { return true }
        }
        return false
    }
}
