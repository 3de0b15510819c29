/// Byte-level views of a word used by the feature templates.
enum WordShape {
    /// The word in lower case (ASCII letters only; other bytes kept), with every digit as `0`
    /// so numbers of one shape share a feature.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(ascii: "0")
            default: byte
            }
        }
    }

    /// `Xxxx` → `Xx`: upper `X`, lower `x`, digit `d`, other bytes as they are (non-ASCII as `u`),
    /// runs of one class collapsed.
    static func shape(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in bytes {
            let symbol: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): symbol = UInt8(ascii: "X")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): symbol = UInt8(ascii: "x")
            case UInt8(ascii: "0")...UInt8(ascii: "9"): symbol = UInt8(ascii: "d")
            case 0x80...: symbol = UInt8(ascii: "u")
            default: symbol = byte
            }
            if result.last != symbol { result.append(symbol) }
        }
        return result
    }

    /// Flags: 1 has an upper-case letter, 2 all upper case, 4 has a digit, 8 has a hyphen,
    /// 16 starts upper case, 32 has a non-ASCII byte, 64 has an ASCII letter.
    static func flags(_ bytes: [UInt8]) -> UInt8 {
        var flags: UInt8 = 0
        var allUpper = true
        var sawLetter = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                flags |= 1
                sawLetter = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                allUpper = false
                sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): flags |= 4
            case UInt8(ascii: "-"): flags |= 8
            case 0x80...: flags |= 32
            default: break
            }
        }
        if sawLetter { flags |= 64 }
        if sawLetter && allUpper { flags |= 2 }
        if let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) { flags |= 16 }
        return flags
    }
}
