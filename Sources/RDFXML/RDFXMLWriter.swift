import CLibXML2
import RDFModel

/// Where libxml2's output buffer sends its bytes; kept apart from the writer so that the write
/// callback never touches an object being deinitialized.
final class OutputBridge {
    let output: ByteOutput
    var error: (any Error)?
    var discard = false

    init(output: ByteOutput) { self.output = output }

    static let write: xmlOutputWriteCallback = { context, buffer, length in
        guard let context, let buffer else { return -1 }
        let bridge = Unmanaged<OutputBridge>.fromOpaque(context).takeUnretainedValue()
        if bridge.discard { return length }
        do {
            try bridge.output.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            return length
        } catch {
            // Report success to libxml2 (which would print a failure to stderr) and drop the
            // rest; the writer throws the recorded error after the current call.
            if bridge.error == nil { bridge.error = error }
            bridge.discard = true
            return length
        }
    }

    static let close: xmlOutputCloseCallback = { _ in 0 }
}

/// RDF/XML output through libxml2's `xmlTextWriter`: the document frame, namespaces, and one
/// node element per run of statements about the same subject.
final class RDFXMLWriter {
    let bridge: OutputBridge
    var writer: xmlTextWriterPtr?
    let namespaces = NamespaceTable()
    let pretty: Bool

    /// Whether `rdf:RDF` has been opened (namespaces can no longer go on it).
    var started = false
    var finished = false
    /// The subject of the open node element (kind .defaultGraph: none open).
    var subjectKind = TermKind.defaultGraph
    var subject = ByteBuffer(capacity: 256)
    /// A namespace the open node element declared locally (-1: none).
    var nodeNamespace = -1
    /// NUL-terminated copies of term values for libxml2.
    var scratch = ByteBuffer(capacity: 1024)
    /// Pretty mode: everything, written sorted at the end.
    var collected = TripleCollector()

    init(output: ByteOutput, prefixes: PrefixMap, pretty: Bool) {
        bridge = OutputBridge(output: output)
        self.pretty = pretty
        namespaces.declare(prefix: "rdf", namespace: RDF.namespace, atRoot: true)
        for (name, namespace) in prefixes.entries {
            namespaces.declare(prefix: name, namespace: namespace, atRoot: true)
        }
        let buffer = xmlOutputBufferCreateIO(
            OutputBridge.write, OutputBridge.close, Unmanaged.passUnretained(bridge).toOpaque(), nil)
        if let buffer { writer = xmlNewTextWriter(buffer) }
        if let writer {
            xmlTextWriterSetIndent(writer, 1)
            _ = Constants.indent.withUnsafeBufferPointer { xmlTextWriterSetIndentString(writer, $0.baseAddress) }
        }
    }

    deinit {
        bridge.discard = true
        if let writer { xmlFreeTextWriter(writer) }
        subject.release()
        scratch.release()
    }

    /// A prefix declaration: goes on `rdf:RDF` when it comes before the first statement, and is
    /// remembered for local declarations otherwise.
    func prefix(_ name: String, namespace: String) {
        namespaces.declare(prefix: name, namespace: namespace, atRoot: !started)
    }

    // MARK: Document frame

    func startDocument() throws {
        guard let writer else { throw RDFSerializationError("cannot create the XML writer") }
        started = true
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        // The rdf namespace is the table's first entry, so it is declared first.
        xmlTextWriterStartElementNS(writer, Constants.rdf, Constants.RDF, nil)
        for entry in namespaces.entries where entry.atRoot {
            xmlTextWriterWriteAttributeNS(writer, Constants.xmlns, entry.prefix.constant, nil, entry.namespace.constant)
        }
        try check()
    }

    func finishDocument() throws {
        guard !finished else { return }
        finished = true
        if !started { try startDocument() }
        guard let writer else { return }
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        try check()
        bridge.discard = true
        xmlFreeTextWriter(writer)
        self.writer = nil
    }

    /// Throws what the output threw during the last libxml2 calls.
    @inline(__always)
    func check() throws {
        if let error = bridge.error { throw error }
    }

    /// A NUL-terminated copy of `bytes` in the scratch buffer from `start` (valid until the
    /// scratch grows or is reset).
    @inline(__always)
    func cString(_ bytes: UnsafeRawBufferPointer) -> Int {
        let start = scratch.count
        scratch.append(bytes)
        scratch.append(0)
        return start
    }

    @inline(__always)
    func scratchPointer(_ offset: Int) -> UnsafePointer<UInt8> { UnsafePointer(scratch.base + offset) }
}

/// NUL-terminated names for libxml2.
enum Constants {
    static var rdfNamespace: UnsafePointer<UInt8> { pointer("http://www.w3.org/1999/02/22-rdf-syntax-ns#\0") }
    static var rdf: UnsafePointer<UInt8> { pointer("rdf\0") }
    static var RDF: UnsafePointer<UInt8> { pointer("RDF\0") }
    static var Description: UnsafePointer<UInt8> { pointer("Description\0") }
    static var about: UnsafePointer<UInt8> { pointer("about\0") }
    static var nodeID: UnsafePointer<UInt8> { pointer("nodeID\0") }
    static var resource: UnsafePointer<UInt8> { pointer("resource\0") }
    static var datatype: UnsafePointer<UInt8> { pointer("datatype\0") }
    static var xmlns: UnsafePointer<UInt8> { pointer("xmlns\0") }
    static var xml: UnsafePointer<UInt8> { pointer("xml\0") }
    static var lang: UnsafePointer<UInt8> { pointer("lang\0") }
    static let indent: [UInt8] = Array("  \0".utf8)

    /// A static string's bytes; the string must end with `\0`.
    private static func pointer(_ s: StaticString) -> UnsafePointer<UInt8> { s.utf8Start }
}
