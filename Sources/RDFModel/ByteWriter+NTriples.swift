/// Canonical N-Triples terms, byte for byte the encoding of
/// a plain reference encoder in the tests (which keep the two equal), with the
/// characters to escape found by bit tests so that runs of plain bytes are copied at once.
extension ByteWriter {
    @inlinable
    package mutating func appendNTriplesTerm(_ term: TermRef) {
        switch term.kind {
        case .iri:
            appendNTriplesIRI(term.value)
        case .blankNode:
            append(UInt8(ascii: "_"), UInt8(ascii: ":"))
            appendPortableLabel(term.value)
        case .literal:
            appendNTriplesLiteral(term)
        case .defaultGraph:
            break
        }
    }

    /// A blank node label in its portable form (``RDFModel/BlankNodeLabel``).
    @inlinable
    package mutating func appendPortableLabel(_ label: UnsafeRawBufferPointer) {
        BlankNodeLabel.withPortable(label) { append($0) }
    }

    @inlinable
    package mutating func appendNTriplesLiteral(_ term: TermRef) {
        append(UInt8(ascii: "\""))
        appendEscapedString(term.value)
        append(UInt8(ascii: "\""))
        if term.language.count > 0 {
            append(UInt8(ascii: "@"))
            append(term.language)
        } else if term.datatype.count > 0 {
            append(UInt8(ascii: "^"), UInt8(ascii: "^"))
            appendNTriplesIRI(term.datatype)
        }
    }

    /// `<iri>`, escaping as UCHAR what IRIREF does not allow.
    @inlinable
    package mutating func appendNTriplesIRI(_ iri: UnsafeRawBufferPointer) {
        append(UInt8(ascii: "<"))
        appendEscaped(iri, low: EscapeClass.iriLow, high: EscapeClass.iriHigh, echar: false)
        append(UInt8(ascii: ">"))
    }

    /// The body of a quoted string with the canonical ECHAR/UCHAR escapes.
    @inlinable
    package mutating func appendEscapedString(_ s: UnsafeRawBufferPointer) {
        appendEscaped(s, low: EscapeClass.stringLow, high: EscapeClass.stringHigh, echar: true)
    }

    /// Copies `bytes`, escaping those whose bit is set in the 128-bit class `low`/`high`, with
    /// ECHAR where one exists if `echar`, else always with UCHAR.
    @inlinable
    package mutating func appendEscaped(_ bytes: UnsafeRawBufferPointer, low: UInt64, high: UInt64, echar: Bool) {
        guard let p = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let n = bytes.count
        reserve(n)
        var start = 0
        var i = 0
        while i < n {
            // Skip 8 clean bytes at a time; the byte test below finds the byte in a dirty word.
            while i &+ 8 <= n && !EscapeClass.wordNeedsEscape(UnsafeRawPointer(p + i), string: echar) { i &+= 8 }
            if i >= n { break }
            let b = p[i]
            if EscapeClass.contains(b, low: low, high: high) {
                append(UnsafeRawBufferPointer(start: p + start, count: i &- start))
                if echar { appendEscape(b) } else { appendUCHAR(b) }
                start = i &+ 1
            }
            i &+= 1
        }
        append(UnsafeRawBufferPointer(start: p + start, count: n &- start))
    }

        @usableFromInline package mutating func appendEscape(_ b: UInt8) {
        switch b {
        case 0x08: append(UInt8(ascii: "\\"), UInt8(ascii: "b"))
        case 0x09: append(UInt8(ascii: "\\"), UInt8(ascii: "t"))
        case 0x0A: append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
        case 0x0C: append(UInt8(ascii: "\\"), UInt8(ascii: "f"))
        case 0x0D: append(UInt8(ascii: "\\"), UInt8(ascii: "r"))
        case 0x22: append(UInt8(ascii: "\\"), UInt8(ascii: "\""))
        case 0x5C: append(UInt8(ascii: "\\"), UInt8(ascii: "\\"))
        default: appendUCHAR(b)
        }
    }

    /// `\u00XX` for an ASCII byte; only called for bytes an IRI or string must not hold raw.
        @usableFromInline package mutating func appendUCHAR(_ b: UInt8) {
        let hex: StaticString = "0123456789ABCDEF"
        append("\\u00")
        append(hex.utf8Start[Int(b >> 4)], hex.utf8Start[Int(b & 0xF)])
    }
}

/// 128-bit sets of ASCII bytes, as two masks over 0–63 and 64–127.
@usableFromInline package enum EscapeClass {
    @inlinable
    package static func contains(_ b: UInt8, low: UInt64, high: UInt64) -> Bool {
        if b >= 0x80 { return false }
        let mask = b < 64 ? low : high
        return (mask >> UInt64(b & 63)) & 1 != 0
    }

    /// Whether any of the 8 bytes at `p` is in the string class (`string`) or the IRI class; may
    /// report a false positive for the IRI class ('@', '[', ']'), never a false negative.
    @inlinable
    package static func wordNeedsEscape(_ p: UnsafeRawPointer, string: Bool) -> Bool {
        let x = p.loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // A byte of x below c (c ≤ 0x80) sets its high bit in (x - c·ones) & ~x (SWAR "hasless").
        @inline(__always) func below(_ x: UInt64, _ c: UInt64) -> UInt64 { (x &- c &* ones) & ~x }
        @inline(__always) func equal(_ x: UInt64, _ c: UInt64) -> UInt64 { below(x ^ (c &* ones), 1) }
        if string {
            return (below(x, 0x20) | equal(x, 0x22) | equal(x, 0x5C) | equal(x, 0x7F)) & high != 0
        }
        // Folding with 0x20 maps \ ^ to | ~ and keeps " < > ` { | } (with '@' '[' ']' as false positives).
        let y = x | 0x20 &* ones
        let r = below(x, 0x21) | equal(y, 0x22) | equal(y, 0x3C) | equal(y, 0x3E) | equal(y, 0x60) | equal(y, 0x7B)
            | equal(y, 0x7C) | equal(y, 0x7D) | equal(y, 0x7E)
        return r & high != 0
    }

    /// 0x00–0x20, `"`, `<`, `>`.
    @inlinable package static var iriLow: UInt64 { 0x1_FFFF_FFFF | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E }
    /// `\`, `^`, `` ` ``, `{`, `|`, `}`.
    @inlinable package static var iriHigh: UInt64 {
        1 << (0x5C - 64) | 1 << (0x5E - 64) | 1 << (0x60 - 64) | 1 << (0x7B - 64) | 1 << (0x7C - 64) | 1 << (0x7D - 64)
    }
    /// 0x00–0x1F, `"`.
    @inlinable package static var stringLow: UInt64 { 0xFFFF_FFFF | 1 << 0x22 }
    /// `\`, DEL.
    @inlinable package static var stringHigh: UInt64 { 1 << (0x5C - 64) | 1 << (0x7F - 64) }
}
