import Dispatch
import Glibc
import RDFIO
import RDFModel

extension FileIO {
    /// Parses an N-Triples or N-Quads file in `parts` pieces split at line ends, each on its own
    /// thread into its own sink from `makeSink`, and returns the sinks in file order. Statements
    /// never span lines in these formats, so the pieces hold exactly the file's statements.
    ///
    /// Errors are rethrown as they are, not reported: a syntax error's line number counts from
    /// the start of its piece, so callers rerun the file in one piece to report it.
    static func parseInParts<Sink: RDFSink & SendableMetatype>(
        _ path: String, format: RDFFormat, parts: Int, makeSink: () -> Sink
    ) throws -> [Sink] {
        precondition(format == .nTriples || format == .nQuads, "only line-based formats split at line ends")
        let bounds = try lineBounds(path, parts: parts)
        var sinks = (0..<(bounds.count - 1)).map { _ in makeSink() }
        try sinks.withUnsafeMutableBufferPointer { sinks in
            let slots = SinkSlots(sinks)
            try inParallel(sinks.count) { part in
                let input = try FileInput(path: path)
                var parser = RDFParser(format: format)
                try input.forEachChunk(in: bounds[part]..<bounds[part + 1]) { try parser.append($0, into: &slots.sinks[part]) }
                try parser.finish(into: &slots.sinks[part])
            }
        }
        return sinks
    }

    /// `0`, the offsets just past the line ends nearest to each `size × k / parts`, and the size.
    private static func lineBounds(_ path: String, parts: Int) throws -> [Int] {
        let input = try FileInput(path: path)
        let size = regularFileSize(path) ?? 0
        var bounds = [0]
        for k in 1..<max(parts, 1) {
            var offset = max(size * k / parts, bounds[bounds.count - 1])
            var found = false
            try input.forEachChunk(in: offset..<size) { chunk in
                guard !found else { return }
                if let newline = chunk.firstIndex(of: UInt8(ascii: "\n")) {
                    offset += newline + 1
                    found = true
                } else {
                    offset += chunk.count
                }
            }
            bounds.append(found ? offset : size)
        }
        bounds.append(size)
        return bounds
    }
}

/// The sinks of ``FileIO/parseInParts(_:format:parts:makeSink:)``: each thread touches only its own.
private struct SinkSlots<Sink>: @unchecked Sendable {
    let sinks: UnsafeMutableBufferPointer<Sink>
    init(_ sinks: UnsafeMutableBufferPointer<Sink>) { self.sinks = sinks }
}

extension FileIO {
    /// Runs `body(0)`, …, `body(count - 1)` at once on the machine's threads and waits for all;
    /// rethrows the first error (by index).
    static func inParallel(_ count: Int, _ body: @Sendable (Int) throws -> Void) throws {
        let errors = ErrorSlots(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            do { try body(index) } catch { errors.set(index, error) }
        }
        try errors.throwFirst()
    }
}

/// One error slot per parallel task; each task writes only its own.
private final class ErrorSlots: @unchecked Sendable {
    private var errors: UnsafeMutableBufferPointer<(any Error)?>

    init(_ count: Int) {
        errors = .allocate(capacity: count)
        errors.initialize(repeating: nil)
    }

    deinit {
        errors.deinitialize()
        errors.deallocate()
    }

    func set(_ index: Int, _ error: any Error) { errors[index] = error }

    func throwFirst() throws {
        if let error = errors.lazy.compactMap({ $0 }).first { throw error }
    }
}
