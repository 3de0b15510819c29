import NIOCore
import RDFIO

/// A file's bytes as an asynchronous sequence of buffers: a request body read as it is sent.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let path: String

    struct AsyncIterator: AsyncIteratorProtocol {
        let input: FileInput?
        var buffer = [UInt8](repeating: 0, count: 1 << 18)

        mutating func next() async throws -> ByteBuffer? {
            guard let input else { return nil }
            let count = try buffer.withUnsafeMutableBytes { try input.read(into: $0) }
            return count == 0 ? nil : ByteBuffer(bytes: buffer[0..<count])
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(input: try? FileInput(path: path))
    }
}
