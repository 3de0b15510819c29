import RDFModel

/// The canonical N-Triples encoding written the plain way, a byte at a time: the oracle the
/// serializers' word-at-a-time encoder (``RDFModel/ByteWriter``) is checked against.
///
/// Literals escape `\b \t \n \f \r \" \\` with ECHAR and the other C0 controls and U+007F as
/// upper-case `\u00XX`; IRIs escape the characters IRIREF forbids as UCHAR; blank node labels are
/// written in their portable form.
struct ReferenceEncoder {
    var bytes: [UInt8] = []

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ buffer: UnsafeRawBufferPointer) { bytes.append(contentsOf: buffer) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

        mutating func appendNTriplesTerm(_ term: TermRef) {
        switch term.kind {
        case .iri:
            appendNTriplesIRI(term.value)
        case .blankNode:
            append(UInt8(ascii: "_"))
            append(UInt8(ascii: ":"))
            BlankNodeLabel.withPortable(term.value) { append($0) }
        case .literal:
            append(UInt8(ascii: "\""))
            appendEscapedString(term.value)
            append(UInt8(ascii: "\""))
            if term.language.count > 0 {
                append(UInt8(ascii: "@"))
                append(term.language)
            } else if term.datatype.count > 0 {
                append(UInt8(ascii: "^"))
                append(UInt8(ascii: "^"))
                appendNTriplesIRI(term.datatype)
            }
        case .defaultGraph:
            break
        }
    }

    /// `<iri>`, escaping what IRIREF does not allow.
        mutating func appendNTriplesIRI(_ iri: UnsafeRawBufferPointer) {
        append(UInt8(ascii: "<"))
        var start = 0
        var i = 0
        let n = iri.count
        while i < n {
            let b = iri[i]
            if b <= 0x20 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x7B || b == 0x7D || b == 0x7C
                || b == 0x5E || b == 0x60 || b == 0x5C
            {
                append(UnsafeRawBufferPointer(rebasing: iri[start..<i]))
                appendUCHAR(b)
                start = i + 1
            }
            i &+= 1
        }
        append(UnsafeRawBufferPointer(rebasing: iri[start..<n]))
        append(UInt8(ascii: ">"))
    }

    /// The body of a quoted string, with the canonical escapes.
        mutating func appendEscapedString(_ s: UnsafeRawBufferPointer) {
        var start = 0
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F {
                append(UnsafeRawBufferPointer(rebasing: s[start..<i]))
                switch b {
                case 0x08: append("\\b")
                case 0x09: append("\\t")
                case 0x0A: append("\\n")
                case 0x0C: append("\\f")
                case 0x0D: append("\\r")
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                default: appendUCHAR(b)
                }
                start = i + 1
            }
            i &+= 1
        }
        append(UnsafeRawBufferPointer(rebasing: s[start..<n]))
    }

        mutating func appendUCHAR(_ b: UInt8) {
        let hex: StaticString = "0123456789ABCDEF"
        append("\\u00")
        append(hex.utf8Start[Int(b >> 4)])
        append(hex.utf8Start[Int(b & 0xF)])
    }
}
