import RDFModel

/// Mints the IRIs of an article graph from content, under a base: the same entity, concept, role
/// or predicate gets the same IRI in every article and every run, and nothing depends on the
/// order in which articles are processed or on a counter. No blank nodes are minted.
///
/// - entities: `<base>entity/<slug of the canonical name>` (`…/entity/mark-esper`)
/// - concepts (noun phrases that name no entity): `<base>concept/<slug>` (`…/concept/asean-s-stance`)
/// - roles: `<base>role/<slug>` (`…/role/us-defense-secretary`)
/// - articles: `<base>article/<slug of the URL, else the headline, else the file name>`
/// - sentences and statements: `<base>sentence/<hash>`, `<base>statement/<hash>`, the hash a
///   64-bit FNV-1a of the article's IRI and their content, so an edit elsewhere in the article
///   leaves them be.
package struct IRIMinter: Sendable {
    /// The documented default base.
    package static let defaultBase = "https://newsgraph.dev/id/"
    package let base: String

    /// `base` must be an absolute IRI; one that does not end in `/` or `#` gets a `/`.
    package init(base: String = IRIMinter.defaultBase) throws(IRIError) {
        let checked = try IRI(validating: base)
        self.base = checked.string.hasSuffix("/") || checked.string.hasSuffix("#") ? checked.string : checked.string + "/"
    }

    package func entity(_ key: String) -> IRI { IRI(unchecked: base + "entity/" + key) }
    package func concept(_ text: String) -> IRI { IRI(unchecked: base + "concept/" + Self.slug(text)) }
    package func role(_ text: String) -> IRI { IRI(unchecked: base + "role/" + Self.slug(text)) }
    package func article(_ key: String) -> IRI { IRI(unchecked: base + "article/" + key) }
    package func sentence(article: IRI, text: String) -> IRI {
        IRI(unchecked: base + "sentence/" + Self.hash(article.string + "\n" + text))
    }
    package func statement(article: IRI, content: String) -> IRI {
        IRI(unchecked: base + "statement/" + Self.hash(article.string + "\n" + content))
    }

    /// The prefixes of the IRIs minted here, for Turtle, TriG and RDF/XML.
    package var prefixes: [(String, String)] {
        ["article", "entity", "concept", "role", "sentence", "statement"].map { ($0, base + $0 + "/") }
    }

    /// Lower case, runs of anything but letters and digits turned into one hyphen, no hyphen at
    /// either end; `item` for text with no letter or digit. Letters outside ASCII are kept (IRIs
    /// allow them). `Vietnam People's Army` → `vietnam-peoples-army`; apostrophes are dropped.
    package static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
        }
        guard !result.isEmpty else { return "item" }
        // Long keys (headlines, URLs) are cut at a hyphen.
        guard result.count > 80 else { return result }
        let cut = result.prefix(80)
        return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }

    /// 16 hex digits of the 64-bit FNV-1a hash of the UTF-8 of `text`.
    package static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
