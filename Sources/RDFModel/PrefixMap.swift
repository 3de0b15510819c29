/// Prefix declarations (`name` → namespace IRI), kept in declaration order.
public struct PrefixMap: Sendable, Hashable {
    public private(set) var entries: [(name: String, namespace: String)] = []

    public init() {}

    public init(_ pairs: [(String, String)]) {
        for (name, namespace) in pairs { self[name] = namespace }
    }

    public static func == (a: PrefixMap, b: PrefixMap) -> Bool {
        a.entries.elementsEqual(b.entries) { $0.name == $1.name && $0.namespace == $1.namespace }
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.name)
            hasher.combine(entry.namespace)
        }
    }

    /// The namespace bound to `name`; setting replaces an earlier binding in place.
    public subscript(name: String) -> String? {
        get { entries.first { $0.name == name }?.namespace }
        set {
            if let i = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[i].namespace = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    /// The longest namespace that `iri` starts with, and the rest of `iri`.
    public func split(_ iri: String) -> (name: String, localName: Substring)? {
        var best: (name: String, namespace: String)?
        for entry in entries where iri.hasPrefix(entry.namespace) {
            if entry.namespace.utf8.count > (best?.namespace.utf8.count ?? -1) { best = entry }
        }
        guard let best else { return nil }
        return (best.name, iri.dropFirst(best.namespace.count))
    }

    /// The common prefixes: rdf, rdfs, xsd, owl.
    public static let common = PrefixMap([
        ("rdf", RDF.namespace), ("rdfs", RDFS.namespace), ("xsd", XSD.namespace),
        ("owl", "http://www.w3.org/2002/07/owl#"),
    ])
}
