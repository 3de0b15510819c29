/// The RDF namespace.
public enum RDF {
    public static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let type = IRI(unchecked: namespace + "type")
    public static let first = IRI(unchecked: namespace + "first")
    public static let rest = IRI(unchecked: namespace + "rest")
    public static let nil_ = IRI(unchecked: namespace + "nil")
    public static let langString = IRI(unchecked: namespace + "langString")
    public static let xmlLiteral = IRI(unchecked: namespace + "XMLLiteral")
    public static let subject = IRI(unchecked: namespace + "subject")
    public static let predicate = IRI(unchecked: namespace + "predicate")
    public static let object = IRI(unchecked: namespace + "object")
    public static let statement = IRI(unchecked: namespace + "Statement")
}

/// The XML Schema datatypes namespace.
public enum XSD {
    public static let namespace = "http://www.w3.org/2001/XMLSchema#"
    public static let string = IRI(unchecked: namespace + "string")
    public static let boolean = IRI(unchecked: namespace + "boolean")
    public static let integer = IRI(unchecked: namespace + "integer")
    public static let decimal = IRI(unchecked: namespace + "decimal")
    public static let double = IRI(unchecked: namespace + "double")
    public static let date = IRI(unchecked: namespace + "date")
    public static let dateTime = IRI(unchecked: namespace + "dateTime")
}

/// The RDF Schema namespace.
public enum RDFS {
    public static let namespace = "http://www.w3.org/2000/01/rdf-schema#"
    public static let label = IRI(unchecked: namespace + "label")
    public static let comment = IRI(unchecked: namespace + "comment")
}
