import CLibXML2
import RDFModel

/// What an open element is, which decides what its children mean.
enum FrameKind: UInt8 {
    /// `rdf:RDF`: children are node elements.
    case root
    /// A node element, or a `parseType="Resource"` property element: children are property elements.
    case node
    /// A property element whose content is not known yet: text (a literal) or one node element.
    case property
    /// A property element with `rdf:resource`, `rdf:nodeID` or property attributes: must be empty.
    case emptyProperty
    /// `parseType="Collection"`: children are node elements, the list items.
    case collection
    /// `parseType="Literal"` (or any other value): the content is an XML literal.
    case literal
}

/// An open element of the RDF/XML grammar. Its strings live in the reader's scope strings from
/// `mark` on; a child refers to its parent's spans, which lie below its own mark.
struct Frame {
    var kind: FrameKind
    var mark: Int
    /// ``RDFXMLReader/resolvers``' count before this element's `xml:base`.
    var resolverMark: Int
    var language: Span
    /// The node's subject; for a property element, the subject of its parent node.
    var subject: Resource
    var predicate = Resource.fixed("")
    /// The `rdf:ID` of a property element, resolved (empty: no reification).
    var reification = Span.empty
    var datatype = Span.empty
    /// Node elements: the last `rdf:li` number used.
    var liCounter = 0
    /// Property elements: a node element child was seen.
    var hasNode = false
    /// Collections: the id of the last list cell (-1: none yet).
    var lastCell = -1

    init(kind: FrameKind, mark: Int, resolverMark: Int, language: Span, subject: Resource) {
        self.kind = kind
        self.mark = mark
        self.resolverMark = resolverMark
        self.language = language
        self.subject = subject
    }
}

/// Owns an ``RDFXMLReader`` at a fixed address, which the libxml2 context points to.
final class RDFXMLReaderBox {
    let reader: UnsafeMutablePointer<RDFXMLReader>

    init(baseIRI: String?, lenient: Bool) {
        reader = .allocate(capacity: 1)
        reader.initialize(to: RDFXMLReader(baseIRI: baseIRI, lenient: lenient))
        reader.pointee.attach(reader)
    }

    deinit {
        reader.pointee.release()
        reader.deinitialize(count: 1)
        reader.deallocate()
    }
}

/// The RDF/XML state machine driven by libxml2's SAX2 callbacks. It owns the libxml2 push parser
/// context, which points back to it through `_private`. It is a struct used in place through a
/// pointer (see ``RDFXMLReaderBox``), so that callbacks pay neither reference counting nor
/// dynamic exclusivity checks.
struct RDFXMLReader {
    var context: xmlParserCtxtPtr?
    let names: InternedNames
    let lenient: Bool

    var frames: [Frame] = []
    /// Base IRIs in scope (index 0: the document base, if any); frames refer to them by index.
    var resolvers: [IRIResolver] = []
    /// Strings of the open frames (IRIs, labels, language tags), truncated when a frame closes.
    var strings = ByteBuffer(capacity: 4096)
    /// Text content of the innermost open property element.
    var text = ByteBuffer(capacity: 1024)
    var literal = XMLLiteralWriter()
    /// Scratch for predicate IRIs built from a namespace and a local name.
    var scratch = ByteBuffer(capacity: 256)
    /// Scratch for IRI resolution.
    var resolved: [UInt8] = []
    var propertyAttributes: [PropertyAttribute] = []
    var literalAttributes: [XMLLiteralWriter.Attribute] = []
    /// Namespace IRIs declared with entity references (`xmlns:owl="&owl;"`), which libxml2 passes
    /// undecoded when it does not substitute entities: raw dictionary pointer → decoded one.
    var namespaceFixes: [(raw: UnsafePointer<xmlChar>, decoded: UnsafePointer<xmlChar>)] = []
    /// The last declared namespace IRI found free of `&`.
    var lastCleanNamespace: UnsafePointer<xmlChar>?
    /// Attribute values of the current start tag that libxml2 had to decode (freed after the tag).
    var decodedValues: [UnsafeMutablePointer<xmlChar>] = []
    var queue = StatementQueue()
    /// Resolved IRIs of every `rdf:ID` seen, to reject duplicates.
    var usedIDs: Set<[UInt8]> = []
    var blankNodeCounter = 0
    /// Lenient mode: the depth of the element being skipped after an error (0: none).
    var skipDepth = 0
    /// Where the last tag ended: where text that follows it starts.
    var tagPosition = TextPosition.start

    /// The first error in strict mode; parsing stopped there.
    var failure: RDFSyntaxError?
    var recovered: [RDFSyntaxError] = []
    var finished = false
    /// Bytes appended so far, and tags seen (to word the errors of empty documents).
    var bytesSeen = 0
    var tagCount = 0

    init(baseIRI: String?, lenient: Bool) {
        self.lenient = lenient
        var handler = RDFXMLReader.saxHandler()
        let context = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil)
        self.context = context
        self.names = InternedNames(dictionary: context?.pointee.dict)
        if let baseIRI, let resolver = try? IRIResolver(base: baseIRI) {
            resolvers.append(resolver)
        }
        guard let context else {
            failure = RDFSyntaxError("cannot create the XML parser", at: .start)
            return
        }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        frames.reserveCapacity(64)
    }

    /// Makes the libxml2 context point to the reader's final address.
    mutating func attach(_ address: UnsafeMutablePointer<RDFXMLReader>) {
        context?.pointee._private = UnsafeMutableRawPointer(address)
    }

    mutating func release() {
        if let context {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            xmlFreeParserCtxt(context)
        }
        strings.release()
        text.release()
        scratch.release()
        literal.release()
        queue.release()
    }

    // MARK: Feeding

    /// Parses `chunk` in slices small enough that the queued statements stay small, handing them
    /// to the sink after each slice.
    mutating func append<S: RDFSink>(_ chunk: UnsafeRawBufferPointer, into sink: inout S) throws {
        if let failure { throw failure }
        guard !finished else { throw RDFSyntaxError("data after the end of the document", at: tagPosition) }
        guard let context, var start = chunk.baseAddress else { return }
        let end = start + chunk.count
        bytesSeen += chunk.count
        let slice = 1 << 16
        while start < end {
            let n = min(slice, end - start)
            xmlParseChunk(context, start.assumingMemoryBound(to: CChar.self), Int32(n), 0)
            try deliver(into: &sink)
            start += n
        }
    }

    mutating func finish<S: RDFSink>(into sink: inout S) throws {
        if let failure { throw failure }
        guard !finished else { return }
        finished = true
        if let context { xmlParseChunk(context, nil, 0, 1) }
        try deliver(into: &sink)
    }

    private mutating func deliver<S: RDFSink>(into sink: inout S) throws {
        if !queue.isEmpty {
            do {
                try queue.flush(into: &sink)
            } catch {
                if failure == nil { failure = RDFSyntaxError("the sink failed: \(error)", at: tagPosition) }
                if let context { xmlStopParser(context) }
                throw error
            }
        }
        if let failure { throw failure }
    }

    mutating func takeRecoveredErrors() -> [RDFSyntaxError] {
        defer { recovered.removeAll() }
        return recovered
    }

    // MARK: Errors

    /// The parser's current position (0-based line and column, byte offset).
    mutating func currentPosition() -> TextPosition {
        guard let context, let input = context.pointee.input else { return tagPosition }
        let line = Int(input.pointee.line)
        let column = Int(input.pointee.col)
        return TextPosition(line: max(line - 1, 0), column: max(column - 1, 0), offset: Int(xmlByteConsumed(context)))
    }

    /// Remembers where the tag just parsed ends (where following text starts).
    @inline(__always)
    mutating func markTag() {
        guard let input = context?.pointee.input else { return }
        let line = Int(input.pointee.line)
        let column = Int(input.pointee.col)
        var offset = Int(input.pointee.consumed)
        if let cur = input.pointee.cur, let base = input.pointee.base { offset += cur - base }
        tagPosition = TextPosition(line: max(line - 1, 0), column: max(column - 1, 0), offset: offset)
    }

    /// Reports an RDF/XML grammar error: strict mode stops the parser; lenient mode records it and
    /// skips the element being opened (`skipping`) or just carries on.
    mutating func fail(_ message: String, at position: TextPosition? = nil) {
        let error = RDFSyntaxError(message, at: position ?? currentPosition())
        if lenient {
            recovered.append(error)
        } else if failure == nil {
            failure = error
            if let context { xmlStopParser(context) }
        }
    }

    /// Reports an error found by libxml2 itself (well-formedness, namespaces, encoding). Lenient
    /// mode records it; after a fatal one libxml2 delivers nothing more.
    mutating func xmlError(_ message: String, code: Int, line: Int, column: Int) {
        guard failure == nil else { return }
        var message = message
        if code == Int(XML_ERR_DOCUMENT_END.rawValue) || code == Int(XML_ERR_DOCUMENT_EMPTY.rawValue), finished {
            // libxml2's push parser says "Extra content at the end of the document" when the
            // input simply stops
            if let context, context.pointee.nameNr > 0, let name = context.pointee.name {
                message = "the document ends before element \(Self.string(name)) is closed"
            } else if bytesSeen == 0 || context?.pointee.wellFormed == 1 && frames.isEmpty && tagCount == 0 {
                message = "the document is empty"
            }
        }
        var position = currentPosition()
        if line > 0 {
            position.line = line - 1
            position.column = max(column - 1, 0)
        }
        let error = RDFSyntaxError(message, at: position)
        if lenient {
            // libxml2 itself stops at a fatal error; the rest of the input is ignored.
            recovered.append(error)
        } else {
            failure = error
            if let context { xmlStopParser(context) }
        }
    }
}
