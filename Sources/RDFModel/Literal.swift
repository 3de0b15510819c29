/// An RDF literal: a lexical form with a datatype, or with a language tag (`rdf:langString`).
public struct Literal: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let lexicalForm: String
    public let datatype: IRI
    /// The language tag as written; `nil` unless the datatype is `rdf:langString`.
    public let language: String?

    /// A simple literal (`xsd:string`).
    public init(_ lexicalForm: String) {
        self.lexicalForm = lexicalForm
        self.datatype = XSD.string
        self.language = nil
    }

    public init(_ lexicalForm: String, datatype: IRI) {
        self.lexicalForm = lexicalForm
        self.datatype = datatype
        self.language = nil
    }

    public init(_ lexicalForm: String, language: String) {
        self.lexicalForm = lexicalForm
        self.datatype = RDF.langString
        self.language = language
    }

    /// Term equality (RDF 1.1 Concepts §3.3): lexical form, datatype and language tag compare
    /// equal code point by code point. (Isomorphism checks compare language tags ignoring case.)
    public static func == (a: Literal, b: Literal) -> Bool {
        a.lexicalForm.hasSameUTF8(as: b.lexicalForm) && a.datatype == b.datatype
            && (a.language ?? "").hasSameUTF8(as: b.language ?? "") && (a.language == nil) == (b.language == nil)
    }

    public func hash(into hasher: inout Hasher) {
        lexicalForm.hashUTF8(into: &hasher)
        hasher.combine(datatype)
        (language ?? "").hashUTF8(into: &hasher)
    }

    public static func < (a: Literal, b: Literal) -> Bool {
        if !a.lexicalForm.hasSameUTF8(as: b.lexicalForm) {
            return a.lexicalForm.utf8.lexicographicallyPrecedes(b.lexicalForm.utf8)
        }
        if a.datatype != b.datatype { return a.datatype < b.datatype }
        return (a.language ?? "").utf8.lexicographicallyPrecedes((b.language ?? "").utf8)
    }

    /// The canonical N-Triples form.
    public var description: String { Term.literal(self).description }
}
