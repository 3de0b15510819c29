import RDFModel

/// How a node is drawn, from its rdf:type: people, organizations, places, events, roles, other.
enum NodeKind: Int, CaseIterable, Comparable {
    case person, organization, place, event, role, other

    static func < (a: NodeKind, b: NodeKind) -> Bool { a.rawValue < b.rawValue }

    static let classes: [String: NodeKind] = [
        "http://schema.org/Person": .person, "https://schema.org/Person": .person,
        "http://xmlns.com/foaf/0.1/Person": .person,
        "http://schema.org/Organization": .organization, "https://schema.org/Organization": .organization,
        "http://xmlns.com/foaf/0.1/Organization": .organization,
        "http://schema.org/Place": .place, "https://schema.org/Place": .place, "http://schema.org/Country": .place,
        "https://schema.org/Country": .place, "http://schema.org/City": .place,
        "http://schema.org/Event": .event, "https://schema.org/Event": .event,
        "https://newsgraph.dev/ontology#Role": .role, "http://schema.org/Role": .role,
    ]

    var name: String {
        switch self {
        case .person: "person"
        case .organization: "organization"
        case .place: "place"
        case .event: "event"
        case .role: "role"
        case .other: "other"
        }
    }

    /// The shape's name, for a legend written as text.
    var shapeName: String {
        switch self {
        case .person: "blue ellipse"
        case .organization: "green rounded box"
        case .place: "yellow hexagon"
        case .event: "red diamond"
        case .role: "purple tab"
        case .other: "grey box"
        }
    }

    /// DOT node attributes.
    var attributes: String {
        switch self {
        case .person: "shape=ellipse, style=filled, fillcolor=\"#cfe2ff\", color=\"#3d6cb9\""
        case .organization: "shape=box, style=\"filled,rounded\", fillcolor=\"#d1e7dd\", color=\"#2f7d57\""
        case .place: "shape=hexagon, style=filled, fillcolor=\"#fff3cd\", color=\"#b08900\""
        case .event: "shape=diamond, style=filled, fillcolor=\"#f8d7da\", color=\"#b02a37\""
        case .role: "shape=tab, style=filled, fillcolor=\"#e2d9f3\", color=\"#6f42c1\""
        case .other: "shape=box, style=filled, fillcolor=\"#f1f3f5\", color=\"#868e96\""
        }
    }
}
