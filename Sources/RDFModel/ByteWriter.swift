/// The output buffer of the RDFTurtle serializers: bytes are appended into memory the writer owns
/// and handed to a ``RDFModel/ByteOutput`` when ``flushIfNeeded()`` finds 64 KiB or more.
///
/// The pointer and counters live in this struct, so the
/// hot path has no dynamic exclusivity checks; the class ``Storage`` only owns the memory. A copy
/// of a writer shares its storage: keep exactly one.
@usableFromInline package struct ByteWriter {
        @usableFromInline package final class Storage {
        @usableFromInline package var base: UnsafeMutablePointer<UInt8>
        @usableFromInline package init(capacity: Int) { base = .allocate(capacity: capacity) }
        deinit { base.deallocate() }
    }

    @usableFromInline package var base: UnsafeMutablePointer<UInt8>
    @usableFromInline package var capacity: Int
    @usableFromInline package var count = 0
    @usableFromInline package let storage: Storage
    @usableFromInline package let output: ByteOutput

    /// The number of buffered bytes that triggers a write to the output.
    @usableFromInline package static var flushThreshold: Int { 1 << 16 }

    @usableFromInline package init(output: ByteOutput) {
        self.output = output
        capacity = Self.flushThreshold + (1 << 12)
        storage = Storage(capacity: capacity)
        base = storage.base
    }

    // MARK: - Appending

    @inlinable
    package mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(extra) }
    }

        @usableFromInline package mutating func grow(_ extra: Int) {
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        storage.base = newBase
        capacity = newCapacity
    }

    @inlinable
    package mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    @inlinable
    package mutating func append(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        base[count] = a
        base[count &+ 1] = b
        count &+= 2
    }

    @inlinable
    package mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        guard n > 0, let source = bytes.baseAddress else { return }
        reserve(n)
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: n)
        count &+= n
    }

    @inlinable
    package mutating func append(_ string: StaticString) {
        append(UnsafeRawBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    @usableFromInline package mutating func append(_ string: String) {
        string.withUTF8Buffer { append($0) }
    }

    /// Drops the last `n` bytes.
    @usableFromInline package mutating func removeLast(_ n: Int) { count = max(0, count - n) }

    /// The byte `offset` bytes before the end, or nil.
    @usableFromInline package func last(_ offset: Int = 0) -> UInt8? { count > offset ? base[count - 1 - offset] : nil }

    // MARK: - Flushing

    @inlinable
    package mutating func flushIfNeeded() throws {
        if count >= Self.flushThreshold { try flush() }
    }

        @usableFromInline package mutating func flush() throws {
        guard count > 0 else { return }
        try output.write(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }
}

/// Whether two byte ranges are equal, compared eight bytes at a time (no libc dependency).
@inlinable
package func bytesEqual(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    let n = a.count
    guard n == b.count else { return false }
    guard n > 0, let p = a.baseAddress, let q = b.baseAddress else { return true }
    var i = 0
    while i &+ 8 <= n {
        if p.loadUnaligned(fromByteOffset: i, as: UInt64.self) != q.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
            return false
        }
        i &+= 8
    }
    while i < n {
        if p.load(fromByteOffset: i, as: UInt8.self) != q.load(fromByteOffset: i, as: UInt8.self) { return false }
        i &+= 1
    }
    return true
}
