import CLibXML2

/// The libxml2 SAX2 callbacks. libxml2 passes the parser context (user data is left at its
/// default, the context itself, so that libxml2's own DTD handlers can keep internal entity
/// declarations working); the reader hangs off the context's `_private`.
extension RDFXMLReader {
    @inline(__always)
    static func reader(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<RDFXMLReader>? {
        guard let context, let me = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else {
            return nil
        }
        return me.assumingMemoryBound(to: RDFXMLReader.self)
    }

    /// libxml2's default SAX2 handler (it keeps the internal DTD subset, so internal entities
    /// work) with the content callbacks replaced by the reader's and everything that could load
    /// external resources or print to stderr removed.
    static func saxHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        xmlSAXVersion(&handler, 2)
        handler.startElementNs = {
            context, localName, prefix, namespace, namespaceCount, namespaces, attributeCount, _, attributes in
            guard let reader = RDFXMLReader.reader(context), let localName else { return }
            if namespaceCount > 0, let namespaces {
                reader.pointee.checkDeclaredNamespaces(Int(namespaceCount), namespaces)
            }
            reader.pointee.startElement(
                localName: localName, prefix: prefix, namespace: namespace,
                attributeCount: Int(attributeCount), attributes: attributes)
        }
        handler.endElementNs = { context, localName, prefix, namespace in
            guard let reader = RDFXMLReader.reader(context), let localName else { return }
            reader.pointee.endElement(localName: localName, prefix: prefix, namespace: namespace)
        }
        let characters: charactersSAXFunc = { context, bytes, count in
            guard let reader = RDFXMLReader.reader(context), let bytes, count > 0 else { return }
            reader.pointee.characters(UnsafeRawBufferPointer(start: bytes, count: Int(count)))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.comment = { context, text in
            guard let reader = RDFXMLReader.reader(context), let text else { return }
            reader.pointee.comment(text)
        }
        handler.processingInstruction = { context, target, data in
            guard let reader = RDFXMLReader.reader(context), let target else { return }
            reader.pointee.processingInstruction(target: target, data: data)
        }
        handler.serror = { context, error in
            guard let reader = RDFXMLReader.reader(context), let error else { return }
            let level = error.pointee.level
            guard level != XML_ERR_WARNING, level != XML_ERR_NONE else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
            while message.last == "\n" { message.removeLast() }
            reader.pointee.xmlError(
                message, code: Int(error.pointee.code), line: Int(error.pointee.line),
                column: Int(error.pointee.int2))
        }
        handler.resolveEntity = { _, _, _ in nil }
        handler.externalSubset = nil
        handler.reference = nil
        handler.setDocumentLocator = nil
        handler.startElement = nil
        handler.endElement = nil
        handler.warning = nil
        handler.error = nil
        handler.fatalError = nil
        return handler
    }
}
