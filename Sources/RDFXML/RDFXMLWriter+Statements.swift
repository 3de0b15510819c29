import CLibXML2
import RDFModel

/// Writing statements: node elements, property elements, objects.
extension RDFXMLWriter {
    func write(_ quad: QuadRef) throws {
        guard quad.graph.kind == .defaultGraph else {
            throw RDFSerializationError("cannot write as RDF/XML: RDF/XML cannot hold a statement in a named graph (\(Term(quad.graph)))")
        }
        guard !finished else { throw RDFSerializationError("the RDF/XML document is already finished") }
        let split = try predicateSplit(quad.predicate.value)
        if quad.object.kind == .literal { try checkCharacters(quad.object.value) }
        if pretty {
            collected.insert(quad)
            return
        }
        if !started { try startDocument() }
        let namespace = namespaceIndex(UnsafeRawBufferPointer(rebasing: quad.predicate.value[..<split]))
        scratch.removeAll()
        if !isOpen(quad.subject) {
            closeNode()
            if quad.object.kind == .iri, memoryEquals(quad.predicate.value, RDFTerms.bytes(RDFTerms.type)),
                let typeSplit = typeSplit(quad.object.value)
            {
                let typeNamespace = namespaceIndex(UnsafeRawBufferPointer(rebasing: quad.object.value[..<typeSplit]))
                openNode(quad.subject, type: (typeNamespace, quad.object.value, typeSplit))
                return try check()
            }
            openNode(quad.subject, type: nil)
        }
        writeProperty(namespace, quad.predicate.value, split, quad.object)
        try check()
    }

    // MARK: Names

    /// Where `predicate` splits into namespace and local name; throws when it cannot be an
    /// RDF/XML property element name.
    func predicateSplit(_ predicate: UnsafeRawBufferPointer) throws -> Int {
        guard let split = QName.splitPoint(predicate) else {
            throw RDFSerializationError(
                "cannot write as RDF/XML: predicate <\(String(decoding: predicate, as: UTF8.self))> does not split into a namespace and "
                    + "an XML local name, so RDF/XML cannot express it")
        }
        if isRDFSyntaxName(predicate, split) {
            throw RDFSerializationError(
                "cannot write as RDF/XML: predicate <\(String(decoding: predicate, as: UTF8.self))> is an RDF/XML syntax name and "
                    + "cannot be a property element")
        }
        return split
    }

    /// Where a class IRI splits for a typed node element, or nil (then rdf:type is a property).
    func typeSplit(_ type: UnsafeRawBufferPointer) -> Int? {
        guard let split = QName.splitPoint(type), !isRDFSyntaxName(type, split) else { return nil }
        return split
    }

    private func isRDFSyntaxName(_ iri: UnsafeRawBufferPointer, _ split: Int) -> Bool {
        guard memoryEquals(UnsafeRawBufferPointer(rebasing: iri[..<split]), RDFTerms.bytes(RDFTerms.rdfNamespace)) else {
            return false
        }
        let local = String(decoding: UnsafeRawBufferPointer(rebasing: iri[split...]), as: UTF8.self)
        return Self.syntaxNames.contains(local)
    }

    private static let syntaxNames: Set<String> = [
        "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "Description", "li", "aboutEach",
        "aboutEachPrefix", "bagID",
    ]

    func namespaceIndex(_ namespace: UnsafeRawBufferPointer) -> Int {
        namespaces.find(namespace) ?? namespaces.add(generatedFor: namespace, atRoot: !started)
    }

    /// Literals must consist of characters XML 1.0 can carry.
    private func checkCharacters(_ value: UnsafeRawBufferPointer) throws {
        for b in value where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
            let code = (b < 0x10 ? "U+000" : "U+00") + String(b, radix: 16, uppercase: true)
            throw RDFSerializationError(
                "cannot write as RDF/XML: literal \(Term.literal(Literal(String(decoding: value, as: UTF8.self)))) contains \(code), which XML 1.0 cannot represent")
        }
    }

    // MARK: Elements

    private func isOpen(_ term: TermRef) -> Bool {
        term.kind == subjectKind && memoryEquals(term.value, subject.all)
    }

    func closeNode() {
        guard subjectKind != .defaultGraph, let writer else { return }
        xmlTextWriterEndElement(writer)
        subjectKind = .defaultGraph
        nodeNamespace = -1
    }

    /// Opens `rdf:Description` or, with `type` (namespace entry, class IRI, split), a typed node.
    func openNode(_ term: TermRef, type: (namespace: Int, iri: UnsafeRawBufferPointer, split: Int)?) {
        guard let writer else { return }
        subject.removeAll()
        subject.append(term.value)
        subjectKind = term.kind
        nodeNamespace = -1
        if let type {
            let entry = namespaces.entries[type.namespace]
            let local = cString(UnsafeRawBufferPointer(rebasing: type.iri[type.split...]))
            if !entry.atRoot { nodeNamespace = type.namespace }
            let value = subjectValue(term)
            xmlTextWriterStartElementNS(
                writer, entry.prefix.constant, scratchPointer(local), entry.atRoot ? nil : entry.namespace.constant)
            writeSubjectAttribute(term.kind, value)
        } else {
            let value = subjectValue(term)
            xmlTextWriterStartElementNS(writer, Constants.rdf, Constants.Description, nil)
            writeSubjectAttribute(term.kind, value)
        }
    }

    private func subjectValue(_ term: TermRef) -> Int {
        term.kind == .blankNode ? blankNodeLabel(term.value) : cString(term.value)
    }

    private func writeSubjectAttribute(_ kind: TermKind, _ value: Int) {
        guard let writer else { return }
        let name = kind == .blankNode ? Constants.nodeID : Constants.about
        xmlTextWriterWriteAttributeNS(writer, Constants.rdf, name, nil, scratchPointer(value))
    }

    func writeProperty(_ namespace: Int, _ predicate: UnsafeRawBufferPointer, _ split: Int, _ object: TermRef) {
        guard let writer else { return }
        let entry = namespaces.entries[namespace]
        let declare = !entry.atRoot && namespace != nodeNamespace
        let local = cString(UnsafeRawBufferPointer(rebasing: predicate[split...]))
        let value = object.kind == .blankNode ? blankNodeLabel(object.value) : cString(object.value)
        var annotation = -1
        if object.kind == .literal {
            if object.language.count > 0 {
                annotation = cString(object.language)
            } else if object.datatype.count > 0 {
                annotation = cString(object.datatype)
            }
        }
        xmlTextWriterStartElementNS(
            writer, entry.prefix.constant, scratchPointer(local), declare ? entry.namespace.constant : nil)
        switch object.kind {
        case .iri:
            xmlTextWriterWriteAttributeNS(writer, Constants.rdf, Constants.resource, nil, scratchPointer(value))
            xmlTextWriterEndElement(writer)
        case .blankNode:
            xmlTextWriterWriteAttributeNS(writer, Constants.rdf, Constants.nodeID, nil, scratchPointer(value))
            xmlTextWriterEndElement(writer)
        case .literal, .defaultGraph:
            if annotation >= 0 {
                if object.language.count > 0 {
                    xmlTextWriterWriteAttributeNS(writer, Constants.xml, Constants.lang, nil, scratchPointer(annotation))
                } else {
                    xmlTextWriterWriteAttributeNS(
                        writer, Constants.rdf, Constants.datatype, nil, scratchPointer(annotation))
                }
            }
            if object.value.count > 0 { xmlTextWriterWriteString(writer, scratchPointer(value)) }
            xmlTextWriterFullEndElement(writer)
        }
    }

    /// A blank node label as an `rdf:nodeID`: its portable form (``RDFModel/BlankNodeLabel``),
    /// which never starts with a digit here, so it is always an NCName.
    private func blankNodeLabel(_ label: UnsafeRawBufferPointer) -> Int {
        BlankNodeLabel.withPortable(label, allowLeadingDigit: false) { cString($0) }
    }
}
