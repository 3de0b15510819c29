import RDFModel

/// The namespaces and terms the article graphs use.
package enum NG {
    package static let namespace = "https://newsgraph.dev/ontology#"
    package static func term(_ localName: String) -> IRI { IRI(unchecked: namespace + localName) }

    package static let statement = term("Statement")
    package static let reportedClaim = term("ReportedClaim")
    package static let sentence = term("Sentence")
    package static let concept = term("Concept")
    package static let role = term("Role")
    package static let entity = term("Entity")

    package static let relatedTo = term("relatedTo")
    package static let hasRole = term("hasRole")
    package static let mentionedIn = term("mentionedIn")
    package static let extractedFrom = term("extractedFrom")
    package static let inArticle = term("inArticle")
    package static let startOffset = term("startOffset")
    package static let endOffset = term("endOffset")
    package static let text = term("text")
    package static let surfaceText = term("surfaceText")
    package static let confidence = term("confidence")
    package static let negated = term("negated")
    package static let modality = term("modality")
    package static let attributedTo = term("attributedTo")
    package static let reportingVerb = term("reportingVerb")
    package static let predicateText = term("predicateText")
}

/// schema.org, http form (the one schema.org's own JSON-LD context uses).
package enum Schema {
    package static let namespace = "http://schema.org/"
    package static func term(_ localName: String) -> IRI { IRI(unchecked: namespace + localName) }

    package static let newsArticle = term("NewsArticle")
    package static let person = term("Person")
    package static let organization = term("Organization")
    package static let place = term("Place")
    package static let country = term("Country")
    package static let event = term("Event")
    package static let thing = term("Thing")

    package static let name = term("name")
    package static let alternateName = term("alternateName")
    package static let headline = term("headline")
    package static let description = term("description")
    package static let datePublished = term("datePublished")
    package static let dateModified = term("dateModified")
    package static let author = term("author")
    package static let translator = term("translator")
    package static let publisher = term("publisher")
    package static let url = term("url")
    package static let inLanguage = term("inLanguage")
    package static let dateline = term("dateline")
}

/// PROV-O.
package enum PROV {
    package static let namespace = "http://www.w3.org/ns/prov#"
    package static let wasDerivedFrom = IRI(unchecked: namespace + "wasDerivedFrom")
}

extension PrefixMap {
    /// The prefixes article graphs are written with.
    package static func articleGraph(_ minter: IRIMinter) -> PrefixMap {
        PrefixMap(
            [
                ("ng", NG.namespace), ("schema", Schema.namespace), ("prov", PROV.namespace), ("rdf", RDF.namespace),
                ("rdfs", RDFS.namespace), ("xsd", XSD.namespace),
            ] + minter.prefixes)
    }
}
