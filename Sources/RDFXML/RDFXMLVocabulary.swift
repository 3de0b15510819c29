import CLibXML2

/// The names of the RDF/XML syntax, as libxml2 dictionary pointers.
///
/// libxml2 interns every element and attribute name and namespace IRI in the parser's dictionary,
/// so a name is recognised by comparing two pointers instead of two strings.
struct InternedNames {
    let rdfNamespace: UnsafePointer<xmlChar>?
    let xmlNamespace: UnsafePointer<xmlChar>?
    let RDF, Description, ID, about, parseType, resource, nodeID, datatype, li: UnsafePointer<xmlChar>?
    let aboutEach, aboutEachPrefix, bagID, type: UnsafePointer<xmlChar>?
    let lang, base: UnsafePointer<xmlChar>?

    init(dictionary: OpaquePointer?) {
        func intern(_ name: StaticString) -> UnsafePointer<xmlChar>? {
            xmlDictLookup(dictionary, name.utf8Start, Int32(name.utf8CodeUnitCount))
        }
        rdfNamespace = intern("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
        xmlNamespace = intern("http://www.w3.org/XML/1998/namespace")
        RDF = intern("RDF")
        Description = intern("Description")
        ID = intern("ID")
        about = intern("about")
        parseType = intern("parseType")
        resource = intern("resource")
        nodeID = intern("nodeID")
        datatype = intern("datatype")
        li = intern("li")
        aboutEach = intern("aboutEach")
        aboutEachPrefix = intern("aboutEachPrefix")
        bagID = intern("bagID")
        type = intern("type")
        lang = intern("lang")
        base = intern("base")
    }

    /// Which RDF syntax name `localName` (in the RDF namespace) is.
    @inline(__always)
    func syntaxName(_ localName: UnsafePointer<xmlChar>) -> SyntaxName {
        switch localName {
        case about: .about
        case ID: .ID
        case resource: .resource
        case nodeID: .nodeID
        case datatype: .datatype
        case parseType: .parseType
        case type: .type
        case Description: .Description
        case li: .li
        case RDF: .RDF
        case aboutEach: .aboutEach
        case aboutEachPrefix: .aboutEachPrefix
        case bagID: .bagID
        default: .other
        }
    }
}

/// The names of the RDF namespace that the grammar treats specially.
enum SyntaxName: UInt8 {
    case RDF, ID, about, parseType, resource, nodeID, datatype, Description, li
    case aboutEach, aboutEachPrefix, bagID, type, other

    /// `coreSyntaxTerms | oldTerms` (and `rdf:li`, which `nodeElementURIs` excludes too).
    var isForbiddenNodeElement: Bool {
        switch self {
        case .RDF, .ID, .about, .parseType, .resource, .nodeID, .datatype, .li, .aboutEach, .aboutEachPrefix, .bagID:
            true
        case .Description, .type, .other: false
        }
    }

    /// `coreSyntaxTerms | rdf:Description | oldTerms`.
    var isForbiddenPropertyElement: Bool {
        switch self {
        case .RDF, .ID, .about, .parseType, .resource, .nodeID, .datatype, .Description, .aboutEach,
            .aboutEachPrefix, .bagID:
            true
        case .li, .type, .other: false
        }
    }
}

/// Constant IRIs the reader emits.
enum RDFTerms {
    static let type: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    static let first: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
    static let rest: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
    static let nil_: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
    static let subject: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"
    static let predicate: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"
    static let object: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"
    static let statement: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"
    static let xmlLiteral: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral"
    static let rdfNamespace: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsdString: StaticString = "http://www.w3.org/2001/XMLSchema#string"

    @inline(__always)
    static func bytes(_ s: StaticString) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }
}
