import Extraction
import RDFModel

/// The schema.org class of an entity from its recognized type.
enum EntityTypes {
    static func schemaClass(_ entity: ResolvedEntity) -> IRI {
        switch entity.type {
        case "PER": Schema.person
        case "ORG": Schema.organization
        case "LOC", "GPE": entity.isCountry || Countries.names.contains(entity.name.lowercased()) ? Schema.country : Schema.place
        case "EVENT": Schema.event
        default: Schema.thing
        }
    }
}
