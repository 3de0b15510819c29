import RDFModel

/// Canonical N-Quads lines written into one buffer and sorted by their bytes: the whole output
/// for a dataset without blank nodes (which RDFC-1.0 leaves as it is, only sorted), without a
/// string per term.
enum CanonicalLines {
    /// The distinct lines of `quads`, sorted (code point order is UTF-8 byte order).
    static func sorted(_ quads: [Quad]) -> String {
        let output = MemoryOutput()
        var writer = ByteWriter(output: output)
        var starts: [Int] = []
        starts.reserveCapacity(quads.count + 1)
        var written = 0
        for quad in quads {
            starts.append(written + writer.count)
            quad.withRef { ref in
                writer.appendNTriplesTerm(ref.subject)
                writer.append(UInt8(ascii: " "))
                writer.appendNTriplesTerm(ref.predicate)
                writer.append(UInt8(ascii: " "))
                writer.appendNTriplesTerm(ref.object)
                if ref.graph.kind != .defaultGraph {
                    writer.append(UInt8(ascii: " "))
                    writer.appendNTriplesTerm(ref.graph)
                }
                writer.append(UInt8(ascii: " "), UInt8(ascii: "."))
                writer.append(UInt8(ascii: "\n"))
            }
            if writer.count >= 1 << 16 {
                written += writer.count
                try? writer.flush()  // a MemoryOutput never fails
            }
        }
        try? writer.flush()
        let bytes = output.bytes
        starts.append(bytes.count)
        var order = Array(0..<quads.count)
        let sorted = bytes.withUnsafeBufferPointer { buffer -> [UInt8] in
            func line(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[starts[index]..<starts[index + 1]])
            }
            order.sort { line($0).lexicographicallyPrecedes(line($1)) }
            var result = [UInt8]()
            result.reserveCapacity(bytes.count)
            var previous: UnsafeBufferPointer<UInt8>?
            for index in order {
                let current = line(index)
                if let previous, previous.elementsEqual(current) { continue }
                result.append(contentsOf: current)
                previous = current
            }
            return result
        }
        return String(decoding: sorted, as: UTF8.self)
    }
}
