import Glibc
import RDFIO
import RDFModel

/// Statements cut into per-graph batches of N-Triples as a parser hands them over, so a large
/// input is sent in bounded memory.
///
/// A blank node's statements must reach the store in one document (a label means the same node
/// only within one request), so statements with blank nodes are not batched: they go to a
/// temporary file per graph, sent whole, as one streamed request, at the end.
package struct GraphBatcher: RDFSink {
    /// A batch ready to send.
    package struct Batch: Sendable {
        /// The graph IRI; nil for the store's default graph.
        package var graph: String?
        package var body: StoreRequest.Body
        package var statements: Int
        package var hasBlankNodes: Bool
    }

    /// Where default-graph statements go (nil: the store's default graph).
    private let defaultGraph: String?
    private let batchSize: Int
    private var pending: [String?: (bytes: [UInt8], count: Int)] = [:]
    private var spills: [String?: Spill] = [:]
    /// Batches ready to send, oldest first.
    package private(set) var ready: [Batch] = []
    /// The graphs met so far, in order.
    package private(set) var graphs: [String?] = []
    private var scratch = ByteWriter(output: MemoryOutput())
    private var lastBatchBytes = 0

    /// A temporary file of N-Triples lines with blank nodes.
    private final class Spill {
        let path: String
        let output: FileOutput
        var count = 0
        var writer: ByteWriter

        init() throws {
            var template = Array((Spill.directory + "/newsgraph-load-XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { return -1 }
                return mkstemp(base)
            }
            guard descriptor >= 0 else { throw LoadError(.other, "cannot create a temporary file in \(Spill.directory)") }
            close(descriptor)
            path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            output = try FileOutput(atomicallyReplacing: path)
            writer = ByteWriter(output: output)
        }

        static var directory: String {
            guard let value = getenv("TMPDIR") else { return "/tmp" }
            let text = String(cString: value)
            return text.isEmpty ? "/tmp" : text
        }

        func finish() throws -> Int {
            try writer.flush()
            try output.commit()
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : 0
        }

        deinit { unlink(path) }
    }

    /// - Parameters:
    ///   - defaultGraph: the graph IRI default-graph statements are sent to (nil: the default graph).
    ///   - batchSize: statements per batch.
    package init(defaultGraph: String?, batchSize: Int) {
        self.defaultGraph = defaultGraph
        self.batchSize = max(batchSize, 1)
    }

    package mutating func consume(_ quad: QuadRef) throws {
        let graph: String?
        switch quad.graph.kind {
        case .defaultGraph: graph = defaultGraph
        case .iri: graph = String(decoding: quad.graph.value, as: UTF8.self)
        default:
            throw LoadError(.other, "a statement in a blank-node graph cannot be loaded: the Graph Store Protocol names graphs by IRI")
        }
        if pending[graph] == nil, spills[graph] == nil { graphs.append(graph) }
        scratch.count = 0
        scratch.appendNTriplesTerm(quad.subject)
        scratch.append(UInt8(ascii: " "))
        scratch.appendNTriplesTerm(quad.predicate)
        scratch.append(UInt8(ascii: " "))
        scratch.appendNTriplesTerm(quad.object)
        scratch.append(UInt8(ascii: " "), UInt8(ascii: "."))
        scratch.append(UInt8(ascii: "\n"))
        let line = UnsafeRawBufferPointer(start: scratch.base, count: scratch.count)
        if quad.subject.kind == .blankNode || quad.object.kind == .blankNode {
            let spill = try spills[graph] ?? Spill()
            spills[graph] = spill
            spill.writer.append(line)
            spill.count += 1
            try spill.writer.flushIfNeeded()
            return
        }
        if pending[graph]?.bytes.capacity ?? 0 == 0 {
            // Room for a batch as large as the last one, so the buffer is not grown by doubling.
            pending[graph, default: ([], 0)].bytes.reserveCapacity(lastBatchBytes + lastBatchBytes / 8)
        }
        pending[graph, default: ([], 0)].bytes.append(contentsOf: line)
        pending[graph, default: ([], 0)].count += 1
        if let batch = pending[graph], batch.count >= batchSize {
            lastBatchBytes = batch.bytes.count
            pending[graph] = ([], 0)
            ready.append(Batch(graph: graph, body: .bytes(batch.bytes), statements: batch.count, hasBlankNodes: false))
        }
    }

    /// Takes the batches ready so far.
    package mutating func takeReady() -> [Batch] {
        defer { ready.removeAll() }
        return ready
    }

    /// The rest: each graph's last ground batch, then its blank-node statements as one file.
    /// The files are removed when the batcher goes away.
    package mutating func finish() throws -> [Batch] {
        var batches = takeReady()
        for graph in graphs {
            if let batch = pending[graph], batch.count > 0 {
                batches.append(Batch(graph: graph, body: .bytes(batch.bytes), statements: batch.count, hasBlankNodes: false))
            }
            pending[graph] = ([], 0)
        }
        for graph in graphs {
            guard let spill = spills[graph] else { continue }
            let size = try spill.finish()
            batches.append(Batch(graph: graph, body: .file(path: spill.path, size: size), statements: spill.count, hasBlankNodes: true))
        }
        return batches
    }
}
