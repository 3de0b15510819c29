/// Byte and scalar classes on UTF-8 input.

/// The length of the whitespace character at `index`, or 0 when there is none there.
func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    let (scalar, length) = decodeScalar(bytes, at: index)
    return scalar.properties.isWhitespace ? length : 0
}

/// The scalar starting at `index` and its length in bytes (U+FFFD, 1 for a malformed sequence).
func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length {
        let byte = bytes[index + offset]
        guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
        value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", 1) }
    return (scalar, length)
}

/// Whether a scalar belongs in a word: a letter, digit or combining mark.
func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
        let value = scalar.value
        return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
    }
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .decimalNumber, .otherNumber, .letterNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
}

func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
func isASCIILetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

/// Whether the bytes of `range`, lower-cased (ASCII), equal `word`.
func equalsIgnoringCase(_ bytes: [UInt8], _ range: Range<Int>, _ word: String) -> Bool {
    guard range.count == word.utf8.count else { return false }
    return zip(bytes[range], word.utf8).allSatisfy { lowercased($0) == $1 }
}

/// The lower-cased (ASCII) text of `range`.
func lowercasedString(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range].lazy.map(lowercased), as: UTF8.self)
}
