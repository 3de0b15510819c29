/// Per-byte character classes shared by the N-Triples and Turtle lexers, as bit flags in a
/// 256-entry table (one load per byte on the hot paths).
enum ByteClass {
    /// Stops the fast scan of an IRIREF: controls, space, `<>"{}|^`\`, and non-ASCII (validated apart).
    static let iriStop: UInt8 = 1 << 0
    /// Stops the fast scan of a `"…"` string: `"`, `\`, LF, CR, NUL (maybe the sentinel), non-ASCII.
    static let shortDoubleStop: UInt8 = 1 << 1
    /// Stops the fast scan of a `'…'` string.
    static let shortSingleStop: UInt8 = 1 << 2
    /// Stops the fast scan of a `"""…"""` string (line breaks are content).
    static let longDoubleStop: UInt8 = 1 << 3
    /// Stops the fast scan of a `'''…'''` string.
    static let longSingleStop: UInt8 = 1 << 4
    /// ASCII `PN_CHARS`: `[A-Za-z0-9_-]`.
    static let pnChars: UInt8 = 1 << 5
    /// Turtle white space: space, tab, LF, CR.
    static let whitespace: UInt8 = 1 << 6
    /// `[0-9A-Fa-f]`.
    static let hex: UInt8 = 1 << 7

    /// The class that stops the fast scan of a string opened by `quote` (`"` or `'`), long or not.
    @inline(__always)
    static func stringStop(quote: UInt8, long: Bool) -> UInt8 {
        if quote == UInt8(ascii: "\"") { return long ? longDoubleStop : shortDoubleStop }
        return long ? longSingleStop : shortSingleStop
    }

    /// The table; allocated once and never freed.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        for b in 0...0x20 { t[b] |= iriStop }
        for c in "<>\"{}|^`\\".utf8 { t[Int(c)] |= iriStop }
        for b in 0x80...0xFF { t[b] |= iriStop | shortDoubleStop | shortSingleStop | longDoubleStop | longSingleStop }
        for c in [0x22, 0x5C, 0x0A, 0x0D, 0x00] { t[c] |= shortDoubleStop }
        for c in [0x27, 0x5C, 0x0A, 0x0D, 0x00] { t[c] |= shortSingleStop }
        for c in [0x22, 0x5C, 0x00] { t[c] |= longDoubleStop }
        for c in [0x27, 0x5C, 0x00] { t[c] |= longSingleStop }
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-".utf8 { t[Int(c)] |= pnChars }
        for c in [0x20, 0x09, 0x0A, 0x0D] { t[c] |= whitespace }
        for c in "0123456789ABCDEFabcdef".utf8 { t[Int(c)] |= hex }
        return UnsafePointer(t)
    }()

    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always) static func hexValue(_ b: UInt8) -> UInt32? {
        if b &- 0x30 < 10 { return UInt32(b &- 0x30) }
        let l = b | 0x20
        if l &- 0x61 < 6 { return UInt32(l &- 0x61 &+ 10) }
        return nil
    }

    /// `PN_CHARS_BASE` [163s] for a non-ASCII scalar (ASCII letters are handled by the table).
    static func isPNCharsBase(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF,
            0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    /// `PN_CHARS` [166s] for a scalar.
    static func isPNChars(_ c: UInt32) -> Bool {
        if c < 0x80 { return c < 0x80 && table[Int(c)] & pnChars != 0 }
        return isPNCharsBase(c) || c == 0xB7 || (0x300...0x36F).contains(c) || (0x203F...0x2040).contains(c)
    }

    /// Decodes one well-formed UTF-8 scalar at `p[i]` (a non-ASCII lead byte), reading no further
    /// than a NUL byte; returns nil for ill-formed input (overlong, surrogate, truncated, > U+10FFFF).
    @inline(__always)
    static func decodeUTF8(_ p: UnsafePointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int)? {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xC2 { return nil }
        let b1 = p[i &+ 1]
        guard b1 & 0xC0 == 0x80 else { return nil }
        if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F), 2) }
        let b2 = p[i &+ 2]
        guard b2 & 0xC0 == 0x80 else { return nil }
        if b0 < 0xF0 {
            let c = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
            guard c >= 0x800, c & 0xF800 != 0xD800 else { return nil }
            return (c, 3)
        }
        guard b0 <= 0xF4 else { return nil }
        let b3 = p[i &+ 3]
        guard b3 & 0xC0 == 0x80 else { return nil }
        let c = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
        guard c >= 0x10000, c <= 0x10FFFF else { return nil }
        return (c, 4)
    }

    /// A character for messages: `'x'` for visible ASCII, `U+XXXX` otherwise.
    static func describe(_ c: UInt32) -> String {
        if c > 0x20, c < 0x7F, let s = Unicode.Scalar(c) { return "'\(Character(s))'" }
        let digits = String(c, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
