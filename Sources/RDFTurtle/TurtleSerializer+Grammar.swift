import RDFModel

/// Byte-level checks of the [Turtle grammar](https://www.w3.org/TR/turtle/#sec-grammar-grammar)
/// that decide which abbreviations the serializers may use.
enum TurtleGrammar {
    // MARK: - Prefixed names

    /// Whether `local` can be written after `prefix:` as it is: a PN_LOCAL [168s] without
    /// backslash escapes (PLX `%hh` is kept, since it stands for itself) that does not end in '.'.
    /// The empty string qualifies (`prefix:` alone is a PNAME_NS).
    static func isPlainLocalName(_ local: UnsafeRawBufferPointer) -> Bool {
        let n = local.count
        guard n > 0 else { return true }
        var i = 0
        var first = true
        var lastWasDot = false
        while i < n {
            let b = local[i]
            if b < 0x80 {
                if b == UInt8(ascii: "%") {
                    guard i + 2 < n, isHex(local[i + 1]), isHex(local[i + 2]) else { return false }
                    i += 3
                    first = false
                    lastWasDot = false
                    continue
                }
                let allowed = first ? EscapeClass.contains(b, low: localFirstLow, high: localFirstHigh)
                    : EscapeClass.contains(b, low: localLow, high: localHigh)
                guard allowed else { return false }
                lastWasDot = b == UInt8(ascii: ".")
                i += 1
            } else {
                guard let (scalar, length) = decodeScalar(local, at: i) else { return false }
                guard first ? isPNCharsBase(scalar) : isPNChars(scalar) else { return false }
                lastWasDot = false
                i += length
            }
            first = false
        }
        return !lastWasDot
    }

    /// Whether `name` is a PN_PREFIX [167s] or empty.
    static func isPrefixName(_ name: UnsafeRawBufferPointer) -> Bool {
        let n = name.count
        guard n > 0 else { return true }
        var i = 0
        var lastWasDot = false
        while i < n {
            let b = name[i]
            let scalar: UInt32
            let length: Int
            if b < 0x80 {
                (scalar, length) = (UInt32(b), 1)
            } else {
                guard let decoded = decodeScalar(name, at: i) else { return false }
                (scalar, length) = decoded
            }
            if i == 0 {
                guard isPNCharsBase(scalar) else { return false }
            } else {
                guard isPNChars(scalar) || scalar == 0x2E else { return false }
            }
            lastWasDot = scalar == 0x2E
            i += length
        }
        return !lastWasDot
    }

    /// PN_CHARS_U, ':' and digits start a local name; '_' is in both masks.
    static let localFirstLow: UInt64 = 0x03FF_0000_0000_0000 | 1 << 0x3A  // 0-9, ':'
    static let localFirstHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE  // A-Z, '_', a-z
    /// PN_CHARS, '.', ':' continue it.
    static let localLow: UInt64 = localFirstLow | 1 << 0x2D | 1 << 0x2E  // '-', '.'
    static let localHigh: UInt64 = localFirstHigh

    static func isHex(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }

    /// PN_CHARS_BASE [163s].
    static func isPNCharsBase(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// PN_CHARS [166s] (PN_CHARS_U [164s], '-', digits, U+00B7, U+0300–036F, U+203F–2040).
    static func isPNChars(_ c: UInt32) -> Bool {
        switch c {
        case 0x5F, 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isPNCharsBase(c)
        }
    }

    /// The scalar encoded at `i`, or nil for malformed UTF-8.
    static func decodeScalar(_ s: UnsafeRawBufferPointer, at i: Int) -> (UInt32, Int)? {
        let b0 = UInt32(s[i])
        let length: Int
        var scalar: UInt32
        switch b0 {
        case 0xC2...0xDF: (length, scalar) = (2, b0 & 0x1F)
        case 0xE0...0xEF: (length, scalar) = (3, b0 & 0x0F)
        case 0xF0...0xF4: (length, scalar) = (4, b0 & 0x07)
        default: return nil
        }
        guard i + length <= s.count else { return nil }
        for k in 1..<length {
            let b = UInt32(s[i + k])
            guard b & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | (b & 0x3F)
        }
        return (scalar, length)
    }

    // MARK: - Literal shorthands

    /// INTEGER [19]: `[+-]?[0-9]+`.
    static func isInteger(_ s: UnsafeRawBufferPointer) -> Bool {
        var i = sign(s)
        let digits = skipDigits(s, &i)
        return digits > 0 && i == s.count
    }

    /// DECIMAL [20]: `[+-]?[0-9]*\.[0-9]+`.
    static func isDecimal(_ s: UnsafeRawBufferPointer) -> Bool {
        var i = sign(s)
        _ = skipDigits(s, &i)
        guard i < s.count, s[i] == UInt8(ascii: ".") else { return false }
        i += 1
        return skipDigits(s, &i) > 0 && i == s.count
    }

    /// DOUBLE [21]: `[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+`.
    static func isDouble(_ s: UnsafeRawBufferPointer) -> Bool {
        var i = sign(s)
        var mantissa = skipDigits(s, &i)
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            mantissa += skipDigits(s, &i)
        }
        guard mantissa > 0, i < s.count, s[i] | 0x20 == UInt8(ascii: "e") else { return false }
        i += 1
        if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        return skipDigits(s, &i) > 0 && i == s.count
    }

    /// BooleanLiteral [133s]: `true` or `false`.
    static func isBoolean(_ s: UnsafeRawBufferPointer) -> Bool {
        equals(s, "true") || equals(s, "false")
    }

    static func equals(_ s: UnsafeRawBufferPointer, _ constant: StaticString) -> Bool {
        bytesEqual(s, UnsafeRawBufferPointer(start: constant.utf8Start, count: constant.utf8CodeUnitCount))
    }

    private static func sign(_ s: UnsafeRawBufferPointer) -> Int {
        s.count > 0 && (s[0] == UInt8(ascii: "+") || s[0] == UInt8(ascii: "-")) ? 1 : 0
    }

    private static func skipDigits(_ s: UnsafeRawBufferPointer, _ i: inout Int) -> Int {
        let start = i
        while i < s.count, s[i] &- 0x30 < 10 { i += 1 }
        return i - start
    }
}
