import RDFModel

/// The bytes a push parser has received but not consumed yet, followed by a NUL sentinel.
///
/// The sentinel lets the lexers scan without bounds checks: every scan stops at NUL, and a stop at
/// ``end`` means "out of input". Consumed bytes are dropped (moved out) on the next ``append(_:)``,
/// so memory stays proportional to one chunk plus one unfinished statement.
final class InputBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// The first byte not consumed yet.
    private(set) var start = 0
    /// The end of the received bytes; `base[end] == 0`.
    private(set) var end = 0
    /// The document position of ``start``.
    private(set) var tracker = PositionTracker()
    /// The last position computed by ``position(at:)``, to make repeated look-ups (lenient mode) linear.
    private var memo: (index: Int, tracker: PositionTracker)?

    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        self.base = .allocate(capacity: capacity + 1)
        self.base[0] = 0
    }

    deinit { base.deallocate() }

    /// Appends `chunk` after the unconsumed bytes, dropping the consumed ones first.
    func append(_ chunk: UnsafeRawBufferPointer) {
        if start > 0 {
            let pending = end - start
            if pending > 0 { base.update(from: base + start, count: pending) }
            start = 0
            end = pending
            memo = nil
        }
        let n = chunk.count
        if end + n > capacity {
            var newCapacity = capacity * 2
            while newCapacity < end + n { newCapacity *= 2 }
            let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 1)
            newBase.update(from: base, count: end)
            base.deallocate()
            base = newBase
            capacity = newCapacity
        }
        if n > 0, let source = chunk.baseAddress {
            UnsafeMutableRawPointer(base + end).copyMemory(from: source, byteCount: n)
        }
        end += n
        base[end] = 0
    }

    /// Marks the bytes before `index` as consumed, advancing the document position over them.
    func consume(upTo index: Int) {
        guard index > start else { return }
        tracker.advance(over: base + start, count: index - start)
        start = index
        memo = nil
    }

    /// The document offset of the byte at buffer index `index`.
    func documentOffset(of index: Int) -> Int { tracker.offset + index - start }

    /// The buffer index of the byte at document offset `offset`.
    func index(ofDocumentOffset offset: Int) -> Int { offset - tracker.offset + start }

    /// Drops a UTF-8 byte order mark at ``start`` (its bytes count in offsets, not in columns).
    ///
    /// - Returns: whether the question is settled (false while the bytes could still begin a BOM).
    func skipByteOrderMark() -> Bool {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let n = end - start
        for k in 0..<min(n, 3) where base[start + k] != bom[k] { return true }
        guard n >= 3 else { return false }
        start += 3
        tracker.offset += 3
        memo = nil
        return true
    }

    /// The document position of the byte at `index` (between ``start`` and ``end``).
    func position(at index: Int) -> TextPosition {
        let index = min(max(index, start), end)
        var from = start
        var t = tracker
        if let memo, memo.index <= index {
            from = memo.index
            t = memo.tracker
        }
        t.advance(over: base + from, count: index - from)
        memo = (index, t)
        return t.position
    }
}

/// Counts lines (LF, CR or CRLF) and columns (Unicode scalars) over consumed bytes.
struct PositionTracker {
    var line = 0
    var column = 0
    var offset = 0
    /// Whether the last byte seen was CR, so that a following LF does not start another line.
    var afterCR = false

    var position: TextPosition { TextPosition(line: line, column: column, offset: offset) }

    mutating func advance(over bytes: UnsafePointer<UInt8>, count: Int) {
        guard count > 0 else { return }
        offset += count
        var p = bytes
        var n = count
        if afterCR, p[0] == 0x0A {
            p += 1
            n -= 1
        }
        afterCR = false
        guard n > 0 else { return }
        // Word-at-a-time counts first; the exact byte loop only when CR occurs.
        let (lf, cr) = Self.lineBreaks(in: p, n)
        if cr == 0 {
            if lf == 0 {
                column += Self.scalarCount(p, n)
            } else {
                line += lf
                var last = n - 1
                while p[last] != 0x0A { last -= 1 }
                column = Self.scalarCount(p + last + 1, n - last - 1)
            }
            return
        }
        for k in 0..<n {
            let b = p[k]
            if b == 0x0A {
                if !afterCR { line += 1 }
                column = 0
            } else if b == 0x0D {
                line += 1
                column = 0
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            afterCR = b == 0x0D
        }
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The numbers of LF and CR bytes, eight at a time in one pass: a byte of `x` is zero exactly
    /// when the high bit of `((x & 0x7F…) + 0x7F…) | x` is clear (no carry crosses bytes).
    static func lineBreaks(in p: UnsafePointer<UInt8>, _ n: Int) -> (lf: Int, cr: Int) {
        let lfPattern = ones &* 0x0A
        let crPattern = ones &* 0x0D
        let low = ~highBits
        var lf = 0
        var cr = 0
        var k = 0
        let raw = UnsafeRawPointer(p)
        let belowPattern = ones &* 0x0E
        while k &+ 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            k &+= 8
            // Most words hold no byte below 0x0E (LF and CR are): a cheap test skips them.
            guard (w &- belowPattern) & ~w & highBits != 0 else { continue }
            let x = w ^ lfPattern
            let y = w ^ crPattern
            lf &+= (~(((x & low) &+ low) | x) & highBits).nonzeroBitCount
            cr &+= (~(((y & low) &+ low) | y) & highBits).nonzeroBitCount
        }
        while k < n {
            if p[k] == 0x0A { lf &+= 1 } else if p[k] == 0x0D { cr &+= 1 }
            k &+= 1
        }
        return (lf, cr)
    }

    /// The number of Unicode scalars in valid UTF-8: the bytes that are not continuation bytes
    /// (`10xxxxxx`, high bit set and the next bit clear).
    static func scalarCount(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var continuation = 0
        var k = 0
        let raw = UnsafeRawPointer(p)
        while k &+ 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            continuation &+= (w & ~(w << 1) & highBits).nonzeroBitCount
            k &+= 8
        }
        while k < n {
            if p[k] & 0xC0 == 0x80 { continuation &+= 1 }
            k &+= 1
        }
        return n - continuation
    }
}
