/// A range of bytes inside a ``ByteBuffer``, kept as offsets so that it survives the buffer growing.
struct Span {
    var start: Int
    var count: Int

    static let empty = Span(start: 0, count: 0)

    var isEmpty: Bool { count == 0 }
}

/// A growable byte buffer with manual storage, for the reader's scratch space.
///
/// It is a struct so that the reader keeps it inline; the owner calls ``release()`` once.
/// Pointers into it are valid until the next append; ``Span``s stay valid until a truncation.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count: Int
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        self.base = .allocate(capacity: self.capacity)
        self.count = 0
    }

    func release() { base.deallocate() }

    private mutating func grow(toFit extra: Int) {
        var newCapacity = capacity &* 2
        while newCapacity < count &+ extra { newCapacity &*= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toFit: 1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        guard n > 0, let source = bytes.baseAddress else { return }
        if count &+ n > capacity { grow(toFit: n) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: n)
        count &+= n
    }

    mutating func append(_ string: StaticString) {
        append(UnsafeRawBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    /// Appends a NUL-terminated C string (without the NUL).
    @inline(__always)
    mutating func append(cString: UnsafePointer<UInt8>) {
        append(UnsafeRawBufferPointer(start: cString, count: cStringLength(cString)))
    }

    /// Appends the span `span` of this same buffer (safe when the buffer grows).
    mutating func append(copyOf span: Span) {
        if count &+ span.count > capacity { grow(toFit: span.count) }
        (base + count).update(from: base + span.start, count: span.count)
        count &+= span.count
    }

    mutating func append(decimal value: Int) {
        if value >= 10 { append(decimal: value / 10) }
        append(UInt8(truncatingIfNeeded: 48 &+ value % 10))
    }

    /// The bytes from `start` to the end, as a span.
    @inline(__always)
    func span(from start: Int) -> Span { Span(start: start, count: count &- start) }

    @inline(__always)
    func bytes(_ span: Span) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + span.start, count: span.count)
    }

    var all: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func truncate(to newCount: Int) { count = newCount }

    @inline(__always)
    mutating func removeAll() { count = 0 }
}

/// The length of a NUL-terminated `xmlChar` string (names and namespaces: short).
@inline(__always)
func cStringLength(_ s: UnsafePointer<UInt8>) -> Int {
    var n = 0
    while s[n] != 0 { n &+= 1 }
    return n
}
