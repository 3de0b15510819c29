/// Where a writer's bytes go: a file, standard output, memory.
public protocol ByteOutput: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// A ``ByteOutput`` that keeps everything in memory.
public final class MemoryOutput: ByteOutput {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws { self.bytes.append(contentsOf: bytes) }

    /// The content decoded as UTF-8.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
