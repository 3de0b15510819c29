import CLibXML2

/// The RDF/XML attributes of one start tag, with their values (valid during the callback).
struct AttributeSet {
    var id: UnsafeRawBufferPointer?
    var about: UnsafeRawBufferPointer?
    var nodeID: UnsafeRawBufferPointer?
    var resource: UnsafeRawBufferPointer?
    var datatype: UnsafeRawBufferPointer?
    var parseType: UnsafeRawBufferPointer?
    var language: UnsafeRawBufferPointer?
    var base: UnsafeRawBufferPointer?
}

/// A property attribute (`ex:name="value"`, or `rdf:type`).
struct PropertyAttribute {
    var namespace: UnsafePointer<xmlChar>
    var localName: UnsafePointer<xmlChar>
    var isType: Bool
    var value: UnsafeRawBufferPointer
}

/// libxml2's SAX2 attribute array: five pointers per attribute (local name, prefix, namespace,
/// value start, value end).
typealias SAXAttributes = UnsafeMutablePointer<UnsafePointer<xmlChar>?>

extension RDFXMLReader {
    /// Sorts the attributes of a start tag into syntax attributes and property attributes
    /// (``propertyAttributes``); reports forbidden ones and returns nil.
    mutating func scanAttributes(count: Int, _ attributes: SAXAttributes?) -> AttributeSet? {
        var set = AttributeSet()
        propertyAttributes.removeAll(keepingCapacity: true)
        guard let attributes else { return set }
        for i in 0..<count {
            let a = attributes + 5 * i
            guard let localName = a[0] else { continue }
            let namespace = fixNamespace(a[2])
            if namespace == names.xmlNamespace {
                if localName == names.lang {
                    set.language = value(a)
                } else if localName == names.base {
                    set.base = value(a)
                }
                continue
            }
            let name: SyntaxName
            if let namespace, namespace == names.rdfNamespace {
                name = names.syntaxName(localName)
            } else if let namespace {
                if let prefix = a[1], Self.startsWithXML(prefix) { continue }
                propertyAttributes.append(
                    PropertyAttribute(namespace: namespace, localName: localName, isType: false, value: value(a)))
                continue
            } else {
                if Self.startsWithXML(localName) { continue }
                // Unqualified ID, about, resource, parseType and type are read as the RDF ones
                // (RDF/XML §6.1.4, for old documents); any other unqualified attribute is an error.
                switch names.syntaxName(localName) {
                case .ID: name = .ID
                case .about: name = .about
                case .resource: name = .resource
                case .parseType: name = .parseType
                case .type: name = .type
                default:
                    fail("attribute \(Self.string(localName)) has no namespace")
                    return nil
                }
            }
            switch name {
            case .ID: set.id = value(a)
            case .about: set.about = value(a)
            case .nodeID: set.nodeID = value(a)
            case .resource: set.resource = value(a)
            case .datatype: set.datatype = value(a)
            case .parseType: set.parseType = value(a)
            case .type, .other:
                if let rdf = names.rdfNamespace {
                    propertyAttributes.append(
                        PropertyAttribute(namespace: rdf, localName: localName, isType: name == .type, value: value(a)))
                }
            case .li, .Description, .RDF, .aboutEach, .aboutEachPrefix, .bagID:
                fail("rdf:\(Self.string(localName)) is not allowed as an attribute")
                return nil
            }
        }
        return set
    }

    /// An attribute's value. libxml2 leaves references to internal entities (and `&` itself, as
    /// `&#38;`) in attribute values when it does not substitute entities; those are decoded here.
    mutating func value(_ a: SAXAttributes) -> UnsafeRawBufferPointer {
        guard let start = a[3], let end = a[4] else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let raw = UnsafeRawBufferPointer(start: start, count: end - start)
        guard raw.contains(UInt8(ascii: "&")),
            let decoded = xmlStringLenDecodeEntities(
                context, start, Int32(raw.count), Int32(XML_SUBSTITUTE_REF), 0, 0, 0)
        else { return raw }
        decodedValues.append(decoded)
        return UnsafeRawBufferPointer(start: decoded, count: cStringLength(decoded))
    }

    /// Frees the attribute values decoded for the current start tag.
    mutating func releaseDecodedValues() {
        for pointer in decodedValues { newsgraph_xml_free(pointer) }
        decodedValues.removeAll(keepingCapacity: true)
    }

    /// Records the namespace IRIs declared on a start tag that contain entity references, with
    /// their decoded (and interned) form. `namespaces` holds prefix/IRI pairs.
    mutating func checkDeclaredNamespaces(_ count: Int, _ namespaces: SAXAttributes) {
        for i in 0..<count {
            guard let raw = namespaces[2 * i + 1], raw != lastCleanNamespace else { continue }
            var hasReference = false
            var k = 0
            while raw[k] != 0 {
                if raw[k] == UInt8(ascii: "&") { hasReference = true }
                k += 1
            }
            guard hasReference else {
                lastCleanNamespace = raw
                continue
            }
            guard !namespaceFixes.contains(where: { $0.raw == raw }),
                let decoded = xmlStringDecodeEntities(context, raw, Int32(XML_SUBSTITUTE_REF), 0, 0, 0)
            else { continue }
            if let interned = xmlDictLookup(context?.pointee.dict, decoded, -1) {
                namespaceFixes.append((raw, interned))
            }
            newsgraph_xml_free(decoded)
        }
    }

    /// The namespace IRI with entity references decoded (see ``checkDeclaredNamespaces(_:_:)``).
    @inline(__always)
    mutating func fixNamespace(_ namespace: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
        if namespaceFixes.isEmpty { return namespace }
        return namespaceFixes.first { $0.raw == namespace }?.decoded ?? namespace
    }

    /// Names starting with `xml` (any case) are reserved and ignored by RDF/XML.
    static func startsWithXML(_ name: UnsafePointer<xmlChar>) -> Bool {
        (name[0] | 0x20) == UInt8(ascii: "x") && name[1] != 0 && (name[1] | 0x20) == UInt8(ascii: "m")
            && name[2] != 0 && (name[2] | 0x20) == UInt8(ascii: "l")
    }

    static func string(_ name: UnsafePointer<xmlChar>) -> String {
        String(decoding: UnsafeRawBufferPointer(start: name, count: cStringLength(name)), as: UTF8.self)
    }

    static func string(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }
}
