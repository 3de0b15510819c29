import ArticleInput
import RDFModel

/// The article node: a schema:NewsArticle with the metadata read from the page or its byline.
enum ArticleMetadataTriples {
    static func add(_ metadata: ArticleMetadata, article: IRI, minter: IRIMinter, to graph: inout GraphCollector) {
        let node = Term.iri(article)
        graph.add(node, RDF.type, .iri(Schema.newsArticle))
        if let headline = metadata.headline { graph.add(node, Schema.headline, .literal(Literal(headline))) }
        if let description = metadata.description { graph.add(node, Schema.description, .literal(Literal(description))) }
        if let date = metadata.datePublished { graph.add(node, Schema.datePublished, .literal(dateLiteral(date))) }
        if let date = metadata.dateModified { graph.add(node, Schema.dateModified, .literal(dateLiteral(date))) }
        if let place = metadata.dateline { graph.add(node, Schema.dateline, .literal(Literal(place))) }
        if let language = metadata.inLanguage { graph.add(node, Schema.inLanguage, .literal(Literal(language))) }
        if let url = metadata.url {
            if let iri = try? IRI(validating: url) {
                graph.add(node, Schema.url, .iri(iri))
            } else {
                graph.add(node, Schema.url, .literal(Literal(url)))
            }
        }
        for (property, names, type) in [
            (Schema.author, metadata.authors, Schema.person), (Schema.translator, metadata.translators, Schema.person),
            (Schema.publisher, metadata.publisher.map { [$0] } ?? [], Schema.organization),
        ] {
            for name in names where !name.isEmpty {
                let agent = minter.entity(IRIMinter.slug(name))
                graph.add(node, property, .iri(agent))
                graph.add(.iri(agent), RDF.type, .iri(type))
                graph.add(.iri(agent), RDFS.label, .literal(Literal(name)))
                graph.add(.iri(agent), Schema.name, .literal(Literal(name)))
            }
        }
    }

    /// `xsd:date` for `YYYY-MM-DD`, `xsd:dateTime` for an ISO 8601 date and time with seconds,
    /// otherwise a plain string as written.
    static func dateLiteral(_ text: String) -> Literal {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= bytes.count && bytes[range].allSatisfy { (48...57).contains($0) } }
        let isDate = bytes.count >= 10 && digits(0..<4) && bytes[4] == 45 && digits(5..<7) && bytes[7] == 45 && digits(8..<10)
        if isDate && bytes.count == 10 { return Literal(text, datatype: XSD.date) }
        if isDate, bytes.count >= 19, bytes[10] == 84, digits(11..<13), bytes[13] == 58, digits(14..<16), bytes[16] == 58, digits(17..<19) {
            var rest = bytes[19...]
            if rest.first == 46 {  // fractional seconds
                rest = rest.dropFirst()
                let fraction = rest.prefix { (48...57).contains($0) }
                if fraction.isEmpty { return Literal(text) }
                rest = rest.dropFirst(fraction.count)
            }
            let zone = Array(rest)
            let isZone = zone.isEmpty || zone == [90]
                || zone.count == 6 && (zone[0] == 43 || zone[0] == 45) && zone[3] == 58
                    && [1, 2, 4, 5].allSatisfy { (48...57).contains(zone[$0]) }
            if isZone { return Literal(text, datatype: XSD.dateTime) }
        }
        return Literal(text)
    }
}
