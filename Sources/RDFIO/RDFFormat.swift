/// The RDF syntaxes Newsgraph reads and writes, with their names, media types and extensions.
public enum RDFFormat: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case nTriples = "nt"
    case nQuads = "nq"
    case turtle = "ttl"
    case trig = "trig"
    case rdfXML = "rdfxml"

    /// The short name used on the command line (`nt`, `nq`, `ttl`, `trig`, `rdfxml`).
    public var name: String { rawValue }

    /// The human-readable name.
    public var description: String {
        switch self {
        case .nTriples: "N-Triples"
        case .nQuads: "N-Quads"
        case .turtle: "Turtle"
        case .trig: "TriG"
        case .rdfXML: "RDF/XML"
        }
    }

    /// The registered media type.
    public var mediaType: String {
        switch self {
        case .nTriples: "application/n-triples"
        case .nQuads: "application/n-quads"
        case .turtle: "text/turtle"
        case .trig: "application/trig"
        case .rdfXML: "application/rdf+xml"
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .nTriples: "nt"
        case .nQuads: "nq"
        case .turtle: "ttl"
        case .trig: "trig"
        case .rdfXML: "rdf"
        }
    }

    /// Whether the syntax can hold named graphs.
    public var supportsDatasets: Bool { self == .nQuads || self == .trig }

    /// A format from a name: the short names and the usual long ones (`ntriples`, `turtle`, `xml`, …).
    public init?(name: String) {
        switch name.lowercased() {
        case "nt", "ntriples", "n-triples": self = .nTriples
        case "nq", "nquads", "n-quads": self = .nQuads
        case "ttl", "turtle": self = .turtle
        case "trig": self = .trig
        case "rdfxml", "rdf/xml", "rdf", "xml", "owl": self = .rdfXML
        default: return nil
        }
    }

    /// A format from a media type; parameters such as `; charset=utf-8` are ignored.
    public init?(mediaType: String) {
        let essence = mediaType.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingASCIIWhitespace().lowercased()
        }
        switch essence {
        case "application/n-triples", "text/plain": self = .nTriples
        case "application/n-quads", "text/x-nquads": self = .nQuads
        case "text/turtle", "application/x-turtle": self = .turtle
        case "application/trig", "application/x-trig": self = .trig
        case "application/rdf+xml", "application/xml", "text/xml": self = .rdfXML
        default: return nil
        }
    }

    /// A format from a file extension, with or without the leading dot.
    public init?(fileExtension: String) {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "nt", "ntriples": self = .nTriples
        case "nq", "nquads": self = .nQuads
        case "ttl", "turtle": self = .turtle
        case "trig": self = .trig
        case "rdf", "xml", "owl", "rdfxml": self = .rdfXML
        default: return nil
        }
    }

    /// A format from a file path's extension.
    public init?(path: String) {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(fileExtension: String(name[name.index(after: dot)...]))
    }
}

extension Substring {
    func trimmingASCIIWhitespace() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
