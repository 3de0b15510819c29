extension TermLexer {
    /// The four string terminals; `p[i]` is the opening quote (the first of three for long strings).
    ///
    /// - `[22] STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'`
    /// - `[23] STRING_LITERAL_SINGLE_QUOTE ::= "'" ([^#x27#x5C#xA#xD] | ECHAR | UCHAR)* "'"`
    /// - `[24] STRING_LITERAL_LONG_SINGLE_QUOTE ::= "'''" (("'" | "''")? ([^'\] | ECHAR | UCHAR))* "'''"`
    /// - `[25] STRING_LITERAL_LONG_QUOTE ::= '"""' (('"' | '""')? ([^"\] | ECHAR | UCHAR))* '"""'`
    ///
    /// Returns the unescaped content; `i` ends after the closing quote(s).
    @inline(__always)
    mutating func lexString(_ i: inout Int, quote: UInt8, long: Bool) throws(LexError) -> Span {
        let open = i
        i &+= long ? 3 : 1
        let start = i
        let stop = ByteClass.stringStop(quote: quote, long: long)
        let table = ByteClass.table
        while true {
            let b = p[i]
            if table[Int(b)] & stop == 0 {
                i &+= 1
                continue
            }
            if b == quote {
                if !long {
                    i &+= 1
                    return Span(start: start, count: i &- 1 &- start, inArena: false)
                }
                if p[i &+ 1] == quote, p[i &+ 2] == quote {
                    i &+= 3
                    return Span(start: start, count: i &- 3 &- start, inArena: false)
                }
                i &+= 1
                continue
            }
            if b >= 0x80 {
                guard let (_, length) = ByteClass.decodeUTF8(p, i) else { throw utf8Error(at: i) }
                i &+= length
                continue
            }
            if b == UInt8(ascii: "\\") {
                return try lexEscapedString(open: open, start: start, &i, quote: quote, long: long)
            }
            if b == 0, i < end {
                i &+= 1
                continue
            }
            throw stringError(open: open, at: i)
        }
    }

    /// An unterminated string, reported at its opening quote.
    private func stringError(open: Int, at i: Int) -> LexError {
        if i < end { return fail("unterminated string (line break before the closing quote)", at: open, lookingAt: i) }
        return fail("unterminated string", at: open, lookingAt: i)
    }

    /// The rest of a string that contains an escape, unescaped into the arena.
    private mutating func lexEscapedString(open: Int, start: Int, _ i: inout Int, quote: UInt8, long: Bool)
        throws(LexError)
        -> Span
    {
        let arenaStart = arena.count
        var run = start
        let stop = ByteClass.stringStop(quote: quote, long: long)
        let table = ByteClass.table
        while true {
            let b = p[i]
            if table[Int(b)] & stop == 0 {
                i &+= 1
                continue
            }
            if b == quote {
                if !long || (p[i &+ 1] == quote && p[i &+ 2] == quote) {
                    appendRun(from: run, to: i)
                    i &+= long ? 3 : 1
                    return Span(start: arenaStart, count: arena.count - arenaStart, inArena: true)
                }
                i &+= 1
                continue
            }
            if b >= 0x80 {
                guard let (_, length) = ByteClass.decodeUTF8(p, i) else { throw utf8Error(at: i) }
                i &+= length
                continue
            }
            if b == 0, i < end {
                i &+= 1
                continue
            }
            guard b == UInt8(ascii: "\\") else { throw stringError(open: open, at: i) }
            appendRun(from: run, to: i)
            try lexEscapeInString(&i)
            run = i
        }
    }

    /// `[159s] ECHAR ::= '\' [tbnrf"'\]` or a UCHAR, appended to the arena; `p[i]` is `\`.
    private mutating func lexEscapeInString(_ i: inout Int) throws(LexError) {
        let decoded: UInt8
        switch p[i &+ 1] {
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "\""): decoded = 0x22
        case UInt8(ascii: "'"): decoded = 0x27
        case UInt8(ascii: "\\"): decoded = 0x5C
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            appendUTF8(try lexUCHAR(&i))
            return
        default:
            throw fail("invalid escape sequence \\\(found(i + 1).trimmingQuotes) in a string", at: i, lookingAt: i &+ 1)
        }
        arena.append(decoded)
        i &+= 2
    }

    // MARK: - Blank node labels and language tags

    /// `[141s] BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?`;
    /// `p[i]` is `_`. Returns the label without `_:`; a trailing `.` is left in the input.
    mutating func lexBlankNodeLabel(_ i: inout Int) throws(LexError) -> Span {
        guard p[i &+ 1] == UInt8(ascii: ":") else {
            throw fail("expected ':' after '_' (a blank node label is written _:label)", at: i + 1)
        }
        i &+= 2
        let start = i
        let table = ByteClass.table
        let first = p[i]
        if first < 0x80 {
            guard table[Int(first)] & ByteClass.pnChars != 0, first != UInt8(ascii: "-") else {
                throw fail("character \(found(i)) cannot start a blank node label", at: i)
            }
            i &+= 1
        } else {
            guard let (c, length) = ByteClass.decodeUTF8(p, i) else { throw utf8Error(at: i) }
            guard ByteClass.isPNCharsBase(c) else {
                throw fail("character \(ByteClass.describe(c)) cannot start a blank node label", at: i)
            }
            i &+= length
        }
        try scanNameChars(&i)
        while p[i &- 1] == UInt8(ascii: ".") { i &-= 1 }
        return Span(start: start, count: i &- start, inArena: false)
    }

    /// `[144s] LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`; `p[i]` is `@`. Returns the tag without `@`.
    mutating func lexLANGTAG(_ i: inout Int) throws(LexError) -> Span {
        i &+= 1
        let start = i
        while ByteClass.isAlpha(p[i]) { i &+= 1 }
        guard i > start else { throw fail("expected a language tag after '@', found \(found(i))", at: i) }
        while p[i] == UInt8(ascii: "-") {
            i &+= 1
            let subtag = i
            while ByteClass.isAlpha(p[i]) || ByteClass.isDigit(p[i]) { i &+= 1 }
            guard i > subtag else { throw fail("empty subtag in a language tag", at: i) }
        }
        try checkMore(i)
        return Span(start: start, count: i &- start, inArena: false)
    }
}
