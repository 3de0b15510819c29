/// A growable byte buffer for writers: appends are memcpy into storage it owns.
///
/// Writers fill it and hand ``bytes`` to a ``ByteOutput`` once it passes a threshold.
public final class OutputBuffer {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var _count: Int
    /// The number of bytes written so far.
    @inlinable public var count: Int { _count }

    public init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        self.base = .allocate(capacity: self.capacity)
        self._count = 0
    }

    deinit { base.deallocate() }

    @usableFromInline
    func grow(toFit extra: Int) {
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inlinable
    public func append(_ byte: UInt8) {
        if count == capacity { grow(toFit: 1) }
        base[count] = byte
        _count &+= 1
    }

    @inlinable
    public func append(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        guard n > 0, let source = bytes.baseAddress else { return }
        if count &+ n > capacity { grow(toFit: n) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: n)
        _count &+= n
    }

    @inlinable
    public func append(_ string: StaticString) {
        append(UnsafeRawBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    public func append(_ string: String) {
        var string = string
        string.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `value` in decimal.
    public func append(decimal value: Int) {
        append(String(value))
    }

    /// The bytes written so far; valid until the next mutation.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Forgets the content, keeping the storage.
    public func removeAll() { _count = 0 }

    /// Drops the last `n` bytes.
    public func removeLast(_ n: Int) { _count = max(0, _count - n) }

    /// The content decoded as UTF-8.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The content as an array.
    public var array: [UInt8] { Array(bytes) }
}

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
