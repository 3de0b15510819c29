/// The Turtle terminals for prefixed names and bare words (keywords).
extension TermLexer {
    /// The byte at `k`, or ``LexError/needMore`` when `k` is past the end of non-final input.
    @inline(__always)
    func peek(_ k: Int) throws(LexError) -> UInt8 {
        if k >= end && !isFinal { throw .needMore }
        return p[k]
    }

    /// `[139s] PNAME_NS ::= PN_PREFIX? ':'` with
    /// `[167s] PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?`.
    ///
    /// Returns the prefix without the colon; `i` ends after the colon.
    mutating func lexPNAME_NS(_ i: inout Int) throws(LexError) -> Span {
        let start = i
        if p[i] != UInt8(ascii: ":") {
            let first = p[i]
            if first < 0x80 {
                guard ByteClass.isAlpha(first) else {
                    throw fail("character \(found(i)) cannot start a prefix name", at: i)
                }
                i &+= 1
            } else {
                guard let (c, length) = ByteClass.decodeUTF8(p, i) else { throw utf8Error(at: i) }
                guard ByteClass.isPNCharsBase(c) else {
                    throw fail("character \(ByteClass.describe(c)) cannot start a prefix name", at: i)
                }
                i &+= length
            }
            try scanNameChars(&i)
            guard p[i] == UInt8(ascii: ":") else {
                throw fail("expected ':' in a prefixed name, found \(found(i))", at: i)
            }
            if p[i &- 1] == UInt8(ascii: ".") { throw fail("a prefix name cannot end with '.'", at: i &- 1) }
        }
        let span = Span(start: start, count: i &- start, inArena: false)
        i &+= 1
        return span
    }

    /// Skips `(PN_CHARS | '.')*`.
    @inline(__always)
    func scanNameChars(_ i: inout Int) throws(LexError) {
        let table = ByteClass.table
        while true {
            let b = p[i]
            if b < 0x80 {
                guard table[Int(b)] & ByteClass.pnChars != 0 || b == UInt8(ascii: ".") else { break }
                i &+= 1
            } else {
                guard let (c, length) = ByteClass.decodeUTF8(p, i) else { throw utf8Error(at: i) }
                guard ByteClass.isPNChars(c) else { break }
                i &+= length
            }
        }
        try checkMore(i)
    }

    /// `[168s] PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?`
    /// with `[169s] PLX ::= PERCENT | PN_LOCAL_ESC`.
    ///
    /// Scans the local name at `i` (possibly empty); `i` ends after it, before any trailing `.`.
    /// - Returns: whether it contains a `PN_LOCAL_ESC` (`\` + punctuation) to unescape.
    mutating func scanPN_LOCAL(_ i: inout Int) throws(LexError) -> Bool {
        let table = ByteClass.table
        var hasEscape = false
        var lastEnd = i  // after the last character that may end a local name
        var first = true
        while true {
            let b = p[i]
            if b < 0x80 {
                if table[Int(b)] & ByteClass.pnChars != 0 {
                    if first, b == UInt8(ascii: "-") { break }
                    i &+= 1
                    lastEnd = i
                } else if b == UInt8(ascii: ":") {
                    i &+= 1
                    lastEnd = i
                } else if b == UInt8(ascii: "."), !first {
                    i &+= 1
                } else if b == UInt8(ascii: "%") {
                    // [170s] PERCENT ::= '%' HEX HEX
                    guard ByteClass.hexValue(p[i &+ 1]) != nil else {
                        throw fail("'%' in a local name must be followed by two hexadecimal digits", at: i &+ 1)
                    }
                    guard ByteClass.hexValue(p[i &+ 2]) != nil else {
                        throw fail("'%' in a local name must be followed by two hexadecimal digits", at: i &+ 2)
                    }
                    i &+= 3
                    lastEnd = i
                } else if b == UInt8(ascii: "\\") {
                    // [172s] PN_LOCAL_ESC ::= '\' ('_' | '~' | '.' | '-' | '!' | '$' | '&' | "'" | '(' | ')'
                    //   | '*' | '+' | ',' | ';' | '=' | '/' | '?' | '#' | '@' | '%')
                    guard Self.isLocalEscape(p[i &+ 1]) else {
                        throw fail(
                            "invalid escape \\\(found(i &+ 1).trimmingQuotes) in a local name", at: i, lookingAt: i &+ 1)
                    }
                    hasEscape = true
                    i &+= 2
                    lastEnd = i
                } else {
                    break
                }
            } else {
                guard let (c, length) = ByteClass.decodeUTF8(p, i) else { throw utf8Error(at: i) }
                guard first ? ByteClass.isPNCharsBase(c) : ByteClass.isPNChars(c) else { break }
                i &+= length
                lastEnd = i
            }
            first = false
        }
        try checkMore(i)
        i = lastEnd
        return hasEscape
    }

    static func isLocalEscape(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "!"),
            UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="),
            UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "%"):
            true
        default:
            false
        }
    }

    /// Appends a scanned local name to the arena, dropping the `\` of `PN_LOCAL_ESC` (the
    /// `%`-encoding is kept as written).
    mutating func appendPN_LOCAL(from start: Int, to stop: Int, hasEscape: Bool) {
        guard hasEscape else {
            appendRun(from: start, to: stop)
            return
        }
        var k = start
        while k < stop {
            if p[k] == UInt8(ascii: "\\") { k &+= 1 }
            arena.append(p[k])
            k &+= 1
        }
    }

    /// A bare word (a keyword such as `a`, `true`, `PREFIX`), or nil when the name at `i` is a
    /// prefixed name. Scans ASCII letters only; does not move `i`.
    func bareWord(at i: Int) throws(LexError) -> (start: Int, end: Int)? {
        var k = i
        try scanNameChars(&k)
        if p[k] == UInt8(ascii: ":") { return nil }
        var wordEnd = i
        while ByteClass.isAlpha(p[wordEnd]) { wordEnd &+= 1 }
        return (i, wordEnd)
    }

    /// Whether `p[range]` equals `word`, ignoring ASCII case if `caseInsensitive`.
    func matches(_ range: (start: Int, end: Int), _ word: StaticString, caseInsensitive: Bool = false) -> Bool {
        guard range.end - range.start == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            let b = p[range.start + k]
            if caseInsensitive ? (b | 0x20) != (w[k] | 0x20) : b != w[k] { return false }
        }
        return true
    }
}
