import RDFModel

/// A subject, predicate or resource object as the reader knows it while it parses.
enum Resource {
    /// An IRI stored in the reader's scope strings.
    case iri(Span)
    /// A blank node label (already mapped, see ``RDFXMLReader/appendNodeIDLabel(_:)``) in the scope strings.
    case blank(Span)
    /// A blank node the reader made up: `g` + the number.
    case generated(Int)
    /// A constant IRI (a static string of the vocabulary).
    case fixed(StaticString)
}

/// An object: a resource or a literal whose buffers are valid for the duration of the call.
enum Object {
    case resource(Resource)
    case literal(value: UnsafeRawBufferPointer, datatype: UnsafeRawBufferPointer, language: UnsafeRawBufferPointer)
}

/// Statements completed during a libxml2 callback, copied here until `xmlParseChunk` returns and
/// they can be handed to the sink (whose errors must propagate as Swift errors, which a C callback
/// cannot do).
struct StatementQueue {
    private struct PendingTerm {
        var kind: TermKind
        var value: Span
        var datatype = Span.empty
        var language = Span.empty
    }

    private var bytes = ByteBuffer(capacity: 1 << 16)
    private var terms: ContiguousArray<PendingTerm> = []

    init() { terms.reserveCapacity(3 * 1024) }

    func release() { bytes.release() }

    var isEmpty: Bool { terms.isEmpty }

    mutating func add(_ subject: Resource, _ predicate: Resource, _ object: Object, strings: borrowing ByteBuffer) {
        append(subject, strings: strings)
        append(predicate, strings: strings)
        switch object {
        case .resource(let resource):
            append(resource, strings: strings)
        case .literal(let value, let datatype, let language):
            let v = copy(value)
            let d = copy(datatype)
            let l = copy(language)
            terms.append(PendingTerm(kind: .literal, value: v, datatype: d, language: l))
        }
    }

    @inline(__always)
    private mutating func copy(_ raw: UnsafeRawBufferPointer) -> Span {
        let start = bytes.count
        bytes.append(raw)
        return bytes.span(from: start)
    }

    @inline(__always)
    private mutating func append(_ resource: Resource, strings: borrowing ByteBuffer) {
        let start = bytes.count
        switch resource {
        case .iri(let span):
            bytes.append(strings.bytes(span))
            terms.append(PendingTerm(kind: .iri, value: bytes.span(from: start)))
        case .blank(let span):
            bytes.append(strings.bytes(span))
            terms.append(PendingTerm(kind: .blankNode, value: bytes.span(from: start)))
        case .generated(let id):
            bytes.append(UInt8(ascii: "g"))
            bytes.append(decimal: id)
            terms.append(PendingTerm(kind: .blankNode, value: bytes.span(from: start)))
        case .fixed(let iri):
            bytes.append(iri)
            terms.append(PendingTerm(kind: .iri, value: bytes.span(from: start)))
        }
    }

    /// Hands every queued statement to `sink`, in order, and empties the queue (also when the sink throws).
    mutating func flush<S: RDFSink>(into sink: inout S) throws {
        defer {
            terms.removeAll(keepingCapacity: true)
            bytes.removeAll()
        }
        let buffer = bytes
        try terms.withUnsafeBufferPointer { terms in
            var i = 0
            while i + 2 < terms.count {
                try sink.consume(
                    QuadRef(
                        subject: Self.ref(terms[i], buffer),
                        predicate: Self.ref(terms[i + 1], buffer),
                        object: Self.ref(terms[i + 2], buffer)))
                i += 3
            }
        }
    }

    @inline(__always)
    private static func ref(_ term: PendingTerm, _ buffer: ByteBuffer) -> TermRef {
        TermRef(
            kind: term.kind, value: buffer.bytes(term.value), datatype: buffer.bytes(term.datatype),
            language: buffer.bytes(term.language))
    }
}
