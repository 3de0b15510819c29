import CLibXML2

/// Reads an article from an HTML page through libxml2's HTML parser (no network, no external
/// entities, malformed markup recovered): the main text is found by structure — `<article>`,
/// then `<main>`, then the element whose paragraphs hold the most text — with navigation,
/// asides, headers, footers, scripts, styles and forms dropped and figure captions kept apart;
/// the metadata comes from schema.org JSON-LD, then `<meta>` tags, `<title>`, `<html lang>`,
/// `<link rel=canonical>`, `<time datetime>` and bylines.
package enum HTMLArticle {
    package static func read(_ bytes: [UInt8], path: String) throws(ArticleInputError) -> Article {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, nil, options)
                }
            } ?? nil
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            if let document { xmlFreeDoc(document) }
            throw ArticleInputError(path: path, message: "not an HTML document")
        }
        defer { xmlFreeDoc(document) }
        var reader = PageReader()
        reader.harvest(root)
        var article = Article(text: "")
        let container = reader.mainContainer(root)
        var paragraphs: [String] = []
        reader.collectBlocks(container, into: &paragraphs, captions: &article.captions)
        while let last = paragraphs.last, let (role, names) = Byline.parse(last) {
            PlainTextArticle.record(role, names, in: &reader.metadata)
            paragraphs.removeLast()
        }
        while let first = paragraphs.first, let (role, names) = Byline.parse(first) {
            PlainTextArticle.record(role, names, in: &reader.metadata)
            paragraphs.removeFirst()
        }
        article.text = paragraphs.joined(separator: "\n\n")
        var metadata = reader.jsonLD
        metadata.merge(reader.metadata)
        article.metadata = metadata
        return article
    }
}

/// Why an input could not be read as an article.
package struct ArticleInputError: Error, Sendable, Equatable, CustomStringConvertible {
    package var path: String
    package var message: String

    package var description: String { "\(path):1:1: error: \(message)" }
}

/// A walk over a parsed page.
struct PageReader {
    /// From `<meta>`, `<title>`, `<html lang>`, `<link>`, `<time>`, `<h1>`.
    var metadata = ArticleMetadata()
    /// From schema.org JSON-LD, which wins over the rest.
    var jsonLD = ArticleMetadata()

    static let dropped: Set<String> = [
        "nav", "aside", "header", "footer", "script", "style", "noscript", "form", "button", "iframe", "svg",
        "select", "template", "input", "textarea", "head",
    ]
    static let blocks: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"]

    static func name(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { newsgraph_xml_free(value) }
        return String(cString: value)
    }

    static func children(_ node: UnsafeMutablePointer<xmlNode>) -> [UnsafeMutablePointer<xmlNode>] {
        var result: [UnsafeMutablePointer<xmlNode>] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    static func isElement(_ node: UnsafeMutablePointer<xmlNode>) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// The text under `node`, dropped elements and figures left out, whitespace collapsed.
    static func text(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        var raw: [UInt8] = []
        func walk(_ node: UnsafeMutablePointer<xmlNode>) {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = node.pointee.content {
                    var pointer = content
                    while pointer.pointee != 0 {
                        raw.append(pointer.pointee)
                        pointer += 1
                    }
                }
                return
            }
            guard isElement(node) else { return }
            let tag = name(node)
            guard !dropped.contains(tag), tag != "figure" else { return }
            if tag == "br" { raw.append(0x20) }
            for child in children(node) { walk(child) }
        }
        walk(node)
        return collapse(raw)
    }

    /// Runs of whitespace (including no-break spaces) as one space, trimmed.
    static func collapse(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !result.isEmpty
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                pendingSpace = !result.isEmpty
                index += 2
                continue
            }
            if pendingSpace { result.append(0x20) }
            pendingSpace = false
            result.append(byte)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Metadata from the whole page.
    mutating func harvest(_ root: UnsafeMutablePointer<xmlNode>) {
        if let lang = Self.attribute(root, "lang"), !lang.isEmpty { metadata.inLanguage = lang }
        func walk(_ node: UnsafeMutablePointer<xmlNode>) {
            guard Self.isElement(node) else { return }
            switch Self.name(node) {
            case "meta": readMeta(node)
            case "title": if metadata.headline == nil { metadata.headline = Self.titleWithoutSite(Self.text(node)) }
            case "link":
                if Self.attribute(node, "rel")?.lowercased() == "canonical", let href = Self.attribute(node, "href") {
                    metadata.url = metadata.url ?? href
                }
            case "time":
                if let value = Self.attribute(node, "datetime"), metadata.datePublished == nil { metadata.datePublished = value }
            case "script":
                if Self.attribute(node, "type")?.lowercased() == "application/ld+json",
                    let json = JSONValue.parse(Self.rawText(node))
                {
                    readJSONLD(json)
                }
                return
            default: break
            }
            for child in Self.children(node) { walk(child) }
        }
        walk(root)
    }

    /// A script's text as is.
    static func rawText(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { newsgraph_xml_free(content) }
        return String(cString: content)
    }

    /// `Headline | Site` → `Headline`.
    static func titleWithoutSite(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - "] {
            let parts = title.replacingAll(separator, with: "\u{0}").split(separator: "\u{0}")
            if parts.count >= 2, let first = parts.first { return String(first).trimmingSpaces }
        }
        return title
    }

    mutating func readMeta(_ node: UnsafeMutablePointer<xmlNode>) {
        guard let content = Self.attribute(node, "content").map(Self.collapseString), !content.isEmpty else { return }
        let key = (Self.attribute(node, "property") ?? Self.attribute(node, "name") ?? Self.attribute(node, "itemprop") ?? "")
            .lowercased()
        switch key {
        case "og:title", "twitter:title", "headline": metadata.headline = metadata.headline ?? content
        case "description", "og:description": metadata.description = metadata.description ?? content
        case "article:published_time", "datepublished", "date", "pubdate": metadata.datePublished = metadata.datePublished ?? content
        case "article:modified_time", "datemodified": metadata.dateModified = metadata.dateModified ?? content
        case "author", "article:author": if metadata.authors.isEmpty { metadata.authors = [content] }
        case "og:site_name", "publisher": metadata.publisher = metadata.publisher ?? content
        case "og:url": metadata.url = metadata.url ?? content
        case "og:locale", "language", "inlanguage": metadata.inLanguage = metadata.inLanguage ?? content
        default: break
        }
    }

    static func collapseString(_ text: String) -> String { collapse(Array(text.utf8)) }

    /// The first schema.org article object (`NewsArticle`, `Article`, `ReportageNewsArticle`, …),
    /// also inside arrays and `@graph`.
    mutating func readJSONLD(_ value: JSONValue) {
        switch value {
        case .array(let items): for item in items { readJSONLD(item) }
        case .object:
            if let graph = value["@graph"] { readJSONLD(graph) }
            let types: [String]
            switch value["@type"] {
            case .string(let type): types = [type]
            case .array(let items): types = items.compactMap(\.string)
            default: types = []
            }
            guard jsonLD.headline == nil, types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" }) else { return }
            jsonLD.headline = value["headline"]?.string ?? value["name"]?.string
            jsonLD.description = value["description"]?.string
            jsonLD.datePublished = value["datePublished"]?.string
            jsonLD.dateModified = value["dateModified"]?.string
            jsonLD.url = value["url"]?.string ?? value["mainEntityOfPage"].flatMap { $0.string ?? $0["@id"]?.string }
            jsonLD.inLanguage = value["inLanguage"]?.string
            jsonLD.publisher = value["publisher"].flatMap(Self.name(of:))
            switch value["author"] {
            case .array(let authors): jsonLD.authors = authors.compactMap(Self.name(of:))
            case let author?: jsonLD.authors = Self.name(of: author).map { [$0] } ?? []
            case nil: break
            }
        default: break
        }
    }

    /// A person's or organisation's name: a string, or an object's `name`.
    static func name(of value: JSONValue) -> String? { value.string ?? value["name"]?.string }

    /// The element that holds the article's text.
    func mainContainer(_ root: UnsafeMutablePointer<xmlNode>) -> UnsafeMutablePointer<xmlNode> {
        var articles: [UnsafeMutablePointer<xmlNode>] = []
        var mains: [UnsafeMutablePointer<xmlNode>] = []
        var best: (node: UnsafeMutablePointer<xmlNode>, score: Int)?
        func walk(_ node: UnsafeMutablePointer<xmlNode>) {
            guard Self.isElement(node) else { return }
            let tag = Self.name(node)
            guard !Self.dropped.contains(tag) else { return }
            if tag == "article" { articles.append(node) }
            if tag == "main" { mains.append(node) }
            // Text density: the text of the paragraphs directly inside this element.
            let score = Self.children(node).filter { Self.isElement($0) && Self.name($0) == "p" }
                .reduce(0) { $0 + Self.text($1).utf8.count }
            if score > (best?.score ?? 0) { best = (node, score) }
            for child in Self.children(node) { walk(child) }
        }
        walk(root)
        func size(_ node: UnsafeMutablePointer<xmlNode>) -> Int { Self.text(node).utf8.count }
        if let article = articles.max(by: { size($0) < size($1) }) { return article }
        if let main = mains.first { return main }
        return best?.node ?? root
    }

    /// The paragraphs under `node` in document order; figure captions go to `captions`.
    mutating func collectBlocks(
        _ node: UnsafeMutablePointer<xmlNode>, into paragraphs: inout [String], captions: inout [String]
    ) {
        for child in Self.children(node) where Self.isElement(child) {
            let tag = Self.name(child)
            if Self.dropped.contains(tag) { continue }
            switch tag {
            case "figure":
                for caption in Self.children(child) where Self.isElement(caption) && Self.name(caption) == "figcaption" {
                    let text = Self.text(caption)
                    if !text.isEmpty { captions.append(text) }
                }
            case "h1":
                let text = Self.text(child)
                if metadata.headline == nil, !text.isEmpty { metadata.headline = text }
            case "time": continue
            case _ where Self.blocks.contains(tag):
                let text = Self.text(child)
                if !text.isEmpty { paragraphs.append(text) }
            default: collectBlocks(child, into: &paragraphs, captions: &captions)
            }
        }
    }
}
