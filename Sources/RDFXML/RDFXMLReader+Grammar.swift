import CLibXML2
import RDFModel

/// The RDF/XML grammar (https://www.w3.org/TR/rdf-syntax-grammar/ §7) as reactions to SAX events.
extension RDFXMLReader {
    mutating func startElement(
        localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: SAXAttributes?
    ) {
        markTag()
        tagCount &+= 1
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        defer { if !decodedValues.isEmpty { releaseDecodedValues() } }
        let namespace = fixNamespace(namespace)
        guard let top = frames.last else {
            if namespace == names.rdfNamespace && localName == names.RDF {
                startRoot(attributeCount, attributes)
            } else {
                startNodeElement(localName, prefix, namespace, attributeCount, attributes)
            }
            return
        }
        switch top.kind {
        case .root, .collection:
            startNodeElement(localName, prefix, namespace, attributeCount, attributes)
        case .node:
            startPropertyElement(localName, prefix, namespace, attributeCount, attributes)
        case .property:
            if top.hasNode {
                return reject("a property element can contain only one node element")
            }
            if !XMLName.isWhitespace(text.all) {
                return reject("a property element cannot contain both text and elements", at: tagPosition)
            }
            if !top.datatype.isEmpty {
                return reject("a property element with rdf:datatype cannot contain elements")
            }
            frames[frames.count - 1].hasNode = true
            startNodeElement(localName, prefix, namespace, attributeCount, attributes)
        case .emptyProperty:
            reject("a property element with rdf:resource, rdf:nodeID or property attributes must be empty")
        case .literal:
            literalAttributes.removeAll(keepingCapacity: true)
            if let attributes {
                for i in 0..<attributeCount {
                    let a = attributes + 5 * i
                    guard let name = a[0] else { continue }
                    literalAttributes.append(
                        XMLLiteralWriter.Attribute(
                            localName: name, prefix: a[1], namespace: fixNamespace(a[2]), value: value(a)))
                }
            }
            literal.startElement(
                localName: localName, prefix: prefix, namespace: namespace, attributes: &literalAttributes,
                xmlNamespace: names.xmlNamespace)
        }
    }

    mutating func endElement(
        localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?
    ) {
        markTag()
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard let top = frames.last else { return }
        switch top.kind {
        case .literal:
            if literal.depth > 0 {
                literal.endElement(localName: localName, prefix: prefix)
                return
            }
            emitProperty(
                top, .literal(value: literal.output.all, datatype: RDFTerms.bytes(RDFTerms.xmlLiteral), language: Self.none))
        case .property:
            if !top.hasNode {
                if top.datatype.isEmpty {
                    emitProperty(top, .literal(value: text.all, datatype: Self.none, language: strings.bytes(top.language)))
                } else {
                    emitProperty(top, .literal(value: text.all, datatype: strings.bytes(top.datatype), language: Self.none))
                }
            }
        case .collection:
            if top.lastCell < 0 {
                emitProperty(top, .resource(.fixed(RDFTerms.nil_)))
            } else {
                emit(.generated(top.lastCell), .fixed(RDFTerms.rest), .resource(.fixed(RDFTerms.nil_)))
            }
        case .root, .node, .emptyProperty:
            break
        }
        pop()
    }

    mutating func characters(_ bytes: UnsafeRawBufferPointer) {
        if skipDepth > 0 { return }
        guard let top = frames.last else { return }
        switch top.kind {
        case .property where !top.hasNode:
            text.append(bytes)
        case .literal:
            literal.text(bytes)
        default:
            if !XMLName.isWhitespace(bytes) {
                fail("text is not allowed here (only in property elements)", at: tagPosition)
            }
        }
    }

    mutating func comment(_ text: UnsafePointer<xmlChar>) {
        if skipDepth == 0, let top = frames.last, top.kind == .literal { literal.comment(text) }
    }

    mutating func processingInstruction(target: UnsafePointer<xmlChar>, data: UnsafePointer<xmlChar>?) {
        if skipDepth == 0, let top = frames.last, top.kind == .literal {
            literal.processingInstruction(target: target, data: data)
        }
    }

    // MARK: Elements

    /// Reports an error about the element being opened and, in lenient mode, skips it.
    mutating func reject(_ message: String, at position: TextPosition? = nil) {
        fail(message, at: position)
        skipDepth = 1
    }

    private mutating func push(_ frame: Frame) {
        frames.append(frame)
    }

    private mutating func pop() {
        guard let frame = frames.popLast() else { return }
        strings.truncate(to: frame.mark)
        if resolvers.count > frame.resolverMark { resolvers.removeSubrange(frame.resolverMark...) }
        text.removeAll()
    }

    private mutating func startRoot(_ attributeCount: Int, _ attributes: SAXAttributes?) {
        let mark = strings.count
        let resolverMark = resolvers.count
        guard let set = scanAttributes(count: attributeCount, attributes) else { return reject(mark, resolverMark) }
        if set.id != nil || set.about != nil || set.nodeID != nil || set.resource != nil || set.datatype != nil
            || set.parseType != nil || !propertyAttributes.isEmpty
        {
            return reject("rdf:RDF cannot have RDF attributes")
        }
        guard let language = applyScope(set) else { return reject(mark, resolverMark) }
        push(Frame(kind: .root, mark: mark, resolverMark: resolverMark, language: language, subject: .generated(-1)))
    }

    /// Undoes what a rejected start tag added to the scope, and skips the element.
    private mutating func reject(_ mark: Int, _ resolverMark: Int) {
        strings.truncate(to: mark)
        if resolvers.count > resolverMark { resolvers.removeSubrange(resolverMark...) }
        skipDepth = 1
    }

    private mutating func startNodeElement(
        _ localName: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?,
        _ attributeCount: Int, _ attributes: SAXAttributes?
    ) {
        guard let namespace else { return reject("node element \(Self.string(localName)) has no namespace IRI") }
        var isDescription = false
        if namespace == names.rdfNamespace {
            let name = names.syntaxName(localName)
            if name.isForbiddenNodeElement {
                return reject("rdf:\(Self.string(localName)) is not allowed as a node element")
            }
            isDescription = name == .Description
        }
        let mark = strings.count
        let resolverMark = resolvers.count
        guard let set = scanAttributes(count: attributeCount, attributes) else { return reject(mark, resolverMark) }
        if set.resource != nil || set.datatype != nil || set.parseType != nil {
            return reject("rdf:resource, rdf:datatype and rdf:parseType are not allowed on a node element")
        }
        guard let language = applyScope(set) else { return reject(mark, resolverMark) }
        let subject: Resource
        switch (set.id, set.about, set.nodeID) {
        case (nil, nil, nil):
            subject = .generated(newBlankNode())
        case (let id?, nil, nil):
            guard let span = resolveID(id) else { return reject(mark, resolverMark) }
            subject = .iri(span)
        case (nil, let about?, nil):
            guard let span = resolve(about) else { return reject(mark, resolverMark) }
            subject = .iri(span)
        case (nil, nil, let nodeID?):
            guard let span = nodeIDLabel(nodeID) else { return reject(mark, resolverMark) }
            subject = .blank(span)
        default:
            fail("a node element can have only one of rdf:ID, rdf:about and rdf:nodeID")
            return reject(mark, resolverMark)
        }
        if let parent = frames.last {
            switch parent.kind {
            case .property:
                emitProperty(parent, .resource(subject))
            case .collection:
                let cell = newBlankNode()
                if parent.lastCell < 0 {
                    emitProperty(parent, .resource(.generated(cell)))
                } else {
                    emit(.generated(parent.lastCell), .fixed(RDFTerms.rest), .resource(.generated(cell)))
                }
                emit(.generated(cell), .fixed(RDFTerms.first), .resource(subject))
                frames[frames.count - 1].lastCell = cell
            default:
                break
            }
        }
        if !isDescription {
            let type = appendName(namespace, localName)
            emit(subject, .fixed(RDFTerms.type), .resource(.iri(type)))
        }
        guard emitPropertyAttributes(of: subject, language: language) else { return reject(mark, resolverMark) }
        push(Frame(kind: .node, mark: mark, resolverMark: resolverMark, language: language, subject: subject))
    }

    private mutating func startPropertyElement(
        _ localName: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?,
        _ attributeCount: Int, _ attributes: SAXAttributes?
    ) {
        guard let namespace else { return reject("property element \(Self.string(localName)) has no namespace IRI") }
        let parentIndex = frames.count - 1
        var isListItem = false
        if namespace == names.rdfNamespace {
            let name = names.syntaxName(localName)
            if name.isForbiddenPropertyElement {
                return reject("rdf:\(Self.string(localName)) is not allowed as a property element")
            }
            isListItem = name == .li
        }
        let mark = strings.count
        let resolverMark = resolvers.count
        guard let set = scanAttributes(count: attributeCount, attributes) else { return reject(mark, resolverMark) }
        if set.about != nil {
            return reject("rdf:about is not allowed on a property element")
        }
        guard let language = applyScope(set) else { return reject(mark, resolverMark) }
        let predicate: Span
        if isListItem {
            frames[parentIndex].liCounter += 1
            let start = strings.count
            strings.append(RDFTerms.bytes(RDFTerms.rdfNamespace))
            strings.append(UInt8(ascii: "_"))
            strings.append(decimal: frames[parentIndex].liCounter)
            predicate = strings.span(from: start)
        } else {
            predicate = appendName(namespace, localName)
        }
        var frame = Frame(
            kind: .property, mark: mark, resolverMark: resolverMark, language: language,
            subject: frames[parentIndex].subject)
        frame.predicate = .iri(predicate)
        if let id = set.id {
            guard let span = resolveID(id) else { return reject(mark, resolverMark) }
            frame.reification = span
        }
        if let parseType = set.parseType {
            if set.resource != nil || set.nodeID != nil || set.datatype != nil || !propertyAttributes.isEmpty {
                fail("rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
                return reject(mark, resolverMark)
            }
            if Self.equals(parseType, "Resource") {
                let node = Resource.generated(newBlankNode())
                emitProperty(frame, .resource(node))
                frame.kind = .node
                frame.subject = node
                frame.reification = .empty
            } else if Self.equals(parseType, "Collection") {
                frame.kind = .collection
            } else {
                frame.kind = .literal
                literal.reset()
            }
        } else if set.resource != nil || set.nodeID != nil || !propertyAttributes.isEmpty {
            if set.datatype != nil || (set.resource != nil && set.nodeID != nil) {
                fail("a property element can have only one of rdf:resource, rdf:nodeID and rdf:datatype")
                return reject(mark, resolverMark)
            }
            let object: Resource
            if let resource = set.resource {
                guard let span = resolve(resource) else { return reject(mark, resolverMark) }
                object = .iri(span)
            } else if let nodeID = set.nodeID {
                guard let span = nodeIDLabel(nodeID) else { return reject(mark, resolverMark) }
                object = .blank(span)
            } else {
                object = .generated(newBlankNode())
            }
            emitProperty(frame, .resource(object))
            guard emitPropertyAttributes(of: object, language: language) else { return reject(mark, resolverMark) }
            frame.kind = .emptyProperty
        } else if let datatype = set.datatype {
            guard let span = resolve(datatype) else { return reject(mark, resolverMark) }
            // xsd:string literals are simple literals (empty datatype in TermRef)
            if !Self.equals(strings.bytes(span), RDFTerms.xsdString) { frame.datatype = span }
        }
        text.removeAll()
        push(frame)
    }

    static func equals(_ bytes: UnsafeRawBufferPointer, _ constant: StaticString) -> Bool {
        let other = RDFTerms.bytes(constant)
        return bytes.count == other.count && bytes.elementsEqual(other)
    }
}
