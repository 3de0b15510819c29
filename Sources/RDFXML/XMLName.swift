/// The XML `NCName` production (Namespaces in XML 1.0), used for `rdf:ID`, `rdf:nodeID` and the
/// local names the writer produces.
enum XMLName {
    /// Whether `bytes` (UTF-8) is an `NCName`.
    static func isNCName(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        var first = true
        let n = bytes.count
        guard n > 0 else { return false }
        while i < n {
            guard let (scalar, length) = decode(bytes, at: i) else { return false }
            if first ? !isNameStart(scalar) : !isNameChar(scalar) { return false }
            first = false
            i += length
        }
        return true
    }

    /// How many bytes from `start` on form the longest run of `NameChar`s.
    static func nameCharRun(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var i = start
        while i < bytes.count, let (scalar, length) = decode(bytes, at: i), isNameChar(scalar) { i += length }
        return i - start
    }

    /// `NameStartChar` without `:`.
    static func isNameStart(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// `NameChar` without `:`.
    static func isNameChar(_ c: UInt32) -> Bool {
        switch c {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStart(c)
        }
    }

    /// Decodes the UTF-8 scalar at `i`: (scalar, byte length), or nil when malformed.
    @inline(__always)
    static func decode(_ s: UnsafeRawBufferPointer, at i: Int) -> (UInt32, Int)? {
        let b0 = UInt32(s[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = s.count
        if b0 & 0xE0 == 0xC0, i + 1 < n {
            return ((b0 & 0x1F) << 6 | UInt32(s[i + 1]) & 0x3F, 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | (UInt32(s[i + 1]) & 0x3F) << 6 | UInt32(s[i + 2]) & 0x3F, 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n {
            let c = (b0 & 0x07) << 18 | (UInt32(s[i + 1]) & 0x3F) << 12 | (UInt32(s[i + 2]) & 0x3F) << 6
            return (c | UInt32(s[i + 3]) & 0x3F, 4)
        }
        return nil
    }

    /// Whether every byte is XML white space (space, tab, CR, LF).
    @inline(__always)
    static func isWhitespace(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for b in bytes where !(b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D) { return false }
        return true
    }
}
