/// Why a string is not a valid IRI (RFC 3987), with the UTF-8 offset of the problem.
public struct IRIError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// The byte offset in the IRI (or reference) where the problem was found.
    public var offset: Int

    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "invalid IRI: \(message) (at byte \(offset))" }
}

extension IRI {
    /// Checks that `string` is an absolute [IRI](https://www.rfc-editor.org/rfc/rfc3987#section-2.2)
    /// (`scheme ":" ihier-part [ "?" iquery ] [ "#" ifragment ]`).
    ///
    /// ```swift
    /// let iri = try IRI(validating: "http://example.org/a#b")   // ok
    /// _ = try IRI(validating: "a b")                           // throws IRIError
    /// ```
    public init(validating string: String) throws(IRIError) {
        var copy = string
        let error = copy.withUTF8 { IRISyntax.validate(UnsafeRawBufferPointer($0), allowRelative: false) }
        if let error { throw error }
        self.init(unchecked: string)
    }

    /// Whether `string` is a valid IRI reference (absolute or relative, RFC 3987 `IRI-reference`).
    public static func isValidReference(_ string: String) -> Bool {
        var copy = string
        return copy.withUTF8 { IRISyntax.validate(UnsafeRawBufferPointer($0), allowRelative: true) } == nil
    }
}

/// The byte-level RFC 3987 grammar: component splitting and character classes.
package enum IRISyntax {
    /// The components of an IRI reference (RFC 3986 Appendix B), as byte ranges.
    ///
    /// `query` excludes the `?`, `fragment` excludes the `#`, `authority` excludes the `//`.
    package struct Components: Sendable, Equatable {
        package var scheme: Range<Int>?
        package var authority: Range<Int>?
        package var path: Range<Int>
        package var query: Range<Int>?
        package var fragment: Range<Int>?
    }

    /// Splits a reference into its components; any byte sequence splits.
    package static func split(_ s: UnsafeRawBufferPointer) -> Components {
        let n = s.count
        var i = 0
        var scheme: Range<Int>?
        if n > 0, isAlpha(s[0]) {
            var j = 1
            while j < n, isSchemeChar(s[j]) { j += 1 }
            if j < n, s[j] == UInt8(ascii: ":") {
                scheme = 0..<j
                i = j + 1
            }
        }
        var authority: Range<Int>?
        if i + 1 < n, s[i] == UInt8(ascii: "/"), s[i + 1] == UInt8(ascii: "/") {
            var j = i + 2
            while j < n, s[j] != UInt8(ascii: "/"), s[j] != UInt8(ascii: "?"), s[j] != UInt8(ascii: "#") { j += 1 }
            authority = (i + 2)..<j
            i = j
        }
        var j = i
        while j < n, s[j] != UInt8(ascii: "?"), s[j] != UInt8(ascii: "#") { j += 1 }
        let path = i..<j
        var query: Range<Int>?
        if j < n, s[j] == UInt8(ascii: "?") {
            var k = j + 1
            while k < n, s[k] != UInt8(ascii: "#") { k += 1 }
            query = (j + 1)..<k
            j = k
        }
        var fragment: Range<Int>?
        if j < n, s[j] == UInt8(ascii: "#") { fragment = (j + 1)..<n }
        return Components(scheme: scheme, authority: authority, path: path, query: query, fragment: fragment)
    }

    /// Validates an IRI (or, with `allowRelative`, an IRI reference); returns the first problem.
    package static func validate(_ s: UnsafeRawBufferPointer, allowRelative: Bool) -> IRIError? {
        let c = split(s)
        if c.scheme == nil {
            if !allowRelative {
                return IRIError("missing scheme (an absolute IRI starts with `scheme:`)", offset: 0)
            }
            // ipath-noscheme: the first segment of a relative path may not contain ':'.
            if c.authority == nil {
                var i = c.path.lowerBound
                while i < c.path.upperBound, s[i] != UInt8(ascii: "/") {
                    if s[i] == UInt8(ascii: ":") {
                        return IRIError("':' in the first segment of a relative reference", offset: i)
                    }
                    i += 1
                }
            }
        }
        if let authority = c.authority, let error = validateAuthority(s, authority) { return error }
        if c.authority != nil, c.path.count > 0, s[c.path.lowerBound] != UInt8(ascii: "/") {
            return IRIError("path after an authority must start with '/'", offset: c.path.lowerBound)
        }
        if c.authority == nil, c.path.count >= 2, s[c.path.lowerBound] == UInt8(ascii: "/"),
            s[c.path.lowerBound + 1] == UInt8(ascii: "/")
        {
            return IRIError("path cannot start with '//' without an authority", offset: c.path.lowerBound)
        }
        if let error = validateChars(s, c.path, extra: "/:@", allowPrivate: false) { return error }
        if let query = c.query, let error = validateChars(s, query, extra: "/?:@", allowPrivate: true) {
            return error
        }
        if let fragment = c.fragment, let error = validateChars(s, fragment, extra: "/?:@", allowPrivate: false) {
            return error
        }
        return nil
    }

    /// `iauthority = [ iuserinfo "@" ] ihost [ ":" port ]`
    static func validateAuthority(_ s: UnsafeRawBufferPointer, _ r: Range<Int>) -> IRIError? {
        var hostStart = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            if s[i] == UInt8(ascii: "@") {
                if let error = validateChars(s, r.lowerBound..<i, extra: ":", allowPrivate: false) { return error }
                hostStart = i + 1
                break
            }
            i += 1
        }
        var hostEnd = r.upperBound
        if hostStart < r.upperBound, s[hostStart] == UInt8(ascii: "[") {
            var j = hostStart + 1
            while j < r.upperBound, s[j] != UInt8(ascii: "]") { j += 1 }
            if j == r.upperBound { return IRIError("unterminated IP literal", offset: hostStart) }
            if !isIPLiteral(s, (hostStart + 1)..<j) { return IRIError("invalid IP literal", offset: hostStart) }
            hostEnd = j + 1
            if hostEnd < r.upperBound, s[hostEnd] != UInt8(ascii: ":") {
                return IRIError("unexpected character after an IP literal", offset: hostEnd)
            }
        } else {
            var j = hostStart
            while j < r.upperBound, s[j] != UInt8(ascii: ":") { j += 1 }
            hostEnd = j
            if let error = validateChars(s, hostStart..<hostEnd, extra: "", allowPrivate: false) { return error }
        }
        if hostEnd < r.upperBound {
            // ":" port
            var j = hostEnd + 1
            while j < r.upperBound {
                if !isDigit(s[j]) { return IRIError("invalid port", offset: j) }
                j += 1
            }
        }
        return nil
    }

    /// Checks `iunreserved / pct-encoded / sub-delims / extra` (+ `iprivate` in queries).
    static func validateChars(
        _ s: UnsafeRawBufferPointer, _ r: Range<Int>, extra: StaticString, allowPrivate: Bool
    ) -> IRIError? {
        var i = r.lowerBound
        while i < r.upperBound {
            let b = s[i]
            if b < 0x80 {
                if isUnreserved(b) || isSubDelim(b) || contains(extra, b) {
                    i += 1
                } else if b == UInt8(ascii: "%") {
                    guard i + 2 < r.upperBound, isHex(s[i + 1]), isHex(s[i + 2])
                    else { return IRIError("'%' must be followed by two hexadecimal digits", offset: i) }
                    i += 3
                } else {
                    return IRIError("character \(describe(b)) is not allowed here", offset: i)
                }
            } else {
                guard let (scalar, length) = decodeUTF8(s, at: i, end: r.upperBound) else {
                    return IRIError("invalid UTF-8", offset: i)
                }
                if !(isUCSChar(scalar) || (allowPrivate && isPrivate(scalar))) {
                    return IRIError("code point U+\(hex(scalar)) is not allowed in an IRI", offset: i)
                }
                i += length
            }
        }
        return nil
    }

    /// `IP-literal` content: `IPv6address / IPvFuture`.
    static func isIPLiteral(_ s: UnsafeRawBufferPointer, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        if s[r.lowerBound] | 0x20 == UInt8(ascii: "v") {
            // "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            var i = r.lowerBound + 1
            let hexStart = i
            while i < r.upperBound, isHex(s[i]) { i += 1 }
            guard i > hexStart, i < r.upperBound, s[i] == UInt8(ascii: ".") else { return false }
            i += 1
            guard i < r.upperBound else { return false }
            while i < r.upperBound {
                let b = s[i]
                guard b < 0x80, isUnreserved(b) || isSubDelim(b) || b == UInt8(ascii: ":") else { return false }
                i += 1
            }
            return true
        }
        return isIPv6(s, r)
    }

    /// RFC 3986 `IPv6address`: up to 8 `h16` groups, one optional `::`, an optional trailing IPv4.
    static func isIPv6(_ s: UnsafeRawBufferPointer, _ r: Range<Int>) -> Bool {
        var groups = 0
        var sawDoubleColon = false
        var i = r.lowerBound
        if r.count >= 2, s[i] == UInt8(ascii: ":") {
            guard s[i + 1] == UInt8(ascii: ":") else { return false }
            sawDoubleColon = true
            i += 2
            if i == r.upperBound { return true }
        }
        while i < r.upperBound {
            // One group: h16, or an IPv4 address at the end.
            let start = i
            while i < r.upperBound, isHex(s[i]), i - start < 5 { i += 1 }
            if i < r.upperBound, s[i] == UInt8(ascii: ".") {
                guard isIPv4(s, start..<r.upperBound) else { return false }
                groups += 2
                i = r.upperBound
                break
            }
            let length = i - start
            guard length >= 1, length <= 4 else { return false }
            groups += 1
            if i == r.upperBound { break }
            guard s[i] == UInt8(ascii: ":") else { return false }
            i += 1
            if i < r.upperBound, s[i] == UInt8(ascii: ":") {
                if sawDoubleColon { return false }
                sawDoubleColon = true
                i += 1
                if i == r.upperBound { break }
            } else if i == r.upperBound {
                return false
            }
        }
        return sawDoubleColon ? groups <= 7 : groups == 8
    }

    /// `dec-octet "." dec-octet "." dec-octet "." dec-octet`
    static func isIPv4(_ s: UnsafeRawBufferPointer, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        for octet in 0..<4 {
            if octet > 0 {
                guard i < r.upperBound, s[i] == UInt8(ascii: ".") else { return false }
                i += 1
            }
            let start = i
            var value = 0
            while i < r.upperBound, isDigit(s[i]), i - start < 3 {
                value = value * 10 + Int(s[i] - UInt8(ascii: "0"))
                i += 1
            }
            let length = i - start
            guard length >= 1, value <= 255, !(length > 1 && s[start] == UInt8(ascii: "0")) else { return false }
        }
        return i == r.upperBound
    }

    // MARK: - Character classes

    @inline(__always) package static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) package static func isHex(_ b: UInt8) -> Bool {
        isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66)
    }
    @inline(__always) package static func isSchemeChar(_ b: UInt8) -> Bool {
        isAlpha(b) || isDigit(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
    static func isUnreserved(_ b: UInt8) -> Bool {
        isAlpha(b) || isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "~")
    }
    static func isSubDelim(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="):
            true
        default: false
        }
    }
    static func contains(_ set: StaticString, _ b: UInt8) -> Bool {
        let p = set.utf8Start
        for k in 0..<set.utf8CodeUnitCount where p[k] == b { return true }
        return false
    }

    /// RFC 3987 `ucschar`.
    static func isUCSChar(_ c: UInt32) -> Bool {
        switch c {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000..<0xE0000: return c & 0xFFFF <= 0xFFFD
        case 0xE1000...0xEFFFD: return true
        default: return false
        }
    }

    /// RFC 3987 `iprivate`.
    static func isPrivate(_ c: UInt32) -> Bool {
        (0xE000...0xF8FF).contains(c) || (0xF0000...0xFFFFD).contains(c) || (0x100000...0x10FFFD).contains(c)
    }

    /// Decodes one well-formed UTF-8 scalar at `i` (no overlongs, no surrogates).
    package static func decodeUTF8(_ s: UnsafeRawBufferPointer, at i: Int, end: Int) -> (UInt32, Int)? {
        let b0 = s[i]
        let length: Int
        var c: UInt32
        switch b0 {
        case 0..<0x80: return (UInt32(b0), 1)
        case 0xC2...0xDF: length = 2; c = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; c = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; c = UInt32(b0 & 0x07)
        default: return nil
        }
        guard i + length <= end else { return nil }
        for k in 1..<length {
            let b = s[i + k]
            guard b & 0xC0 == 0x80 else { return nil }
            c = c << 6 | UInt32(b & 0x3F)
        }
        switch length {
        case 3 where c < 0x800 || (0xD800...0xDFFF).contains(c): return nil
        case 4 where c < 0x10000 || c > 0x10FFFF: return nil
        default: return (c, length)
        }
    }

    static func describe(_ b: UInt8) -> String {
        b > 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "U+\(hex(UInt32(b)))"
    }

    static func hex(_ c: UInt32) -> String {
        let digits = String(c, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
