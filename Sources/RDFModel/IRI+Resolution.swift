extension IRI {
    /// Resolves an IRI reference against this IRI as base
    /// ([RFC 3986 §5.2](https://www.rfc-editor.org/rfc/rfc3986#section-5.2), strict: a reference with a
    /// scheme is taken as absolute), removing dot segments.
    ///
    /// ```swift
    /// let base = try IRI(validating: "http://a/b/c/d;p?q")
    /// print(try base.resolve("../g"))   // <http://a/b/g>
    /// ```
    /// - Throws: ``IRIError`` when `reference` is not a valid IRI reference.
    public func resolve(_ reference: String) throws(IRIError) -> IRI {
        var reference = reference
        let error = reference.withUTF8 { IRISyntax.validate(UnsafeRawBufferPointer($0), allowRelative: true) }
        if let error { throw error }
        let resolver = try IRIResolver(base: string)
        var out: [UInt8] = []
        reference.withUTF8 { resolver.resolve(UnsafeRawBufferPointer($0), into: &out) }
        return IRI(unchecked: String(decoding: out, as: UTF8.self))
    }
}

/// A parsed base IRI that resolves references at the byte level without allocating per IRI.
///
/// Parsers keep one per `@base` and append resolved IRIs to a reusable scratch buffer.
package struct IRIResolver: Sendable {
    /// The base IRI, as UTF-8.
    package let base: [UInt8]
    let components: IRISyntax.Components

    /// Parses `base`, which must have a scheme (it is not otherwise validated).
    package init(base bytes: UnsafeRawBufferPointer) throws(IRIError) {
        try self.init(base: Array(bytes))
    }

    package init(base: String) throws(IRIError) {
        try self.init(base: Array(base.utf8))
    }

    package init(base: [UInt8]) throws(IRIError) {
        let components = base.withUnsafeBytes { IRISyntax.split($0) }
        guard components.scheme != nil else {
            throw IRIError("base IRI must be absolute (have a scheme)", offset: 0)
        }
        self.base = base
        self.components = components
    }

    /// The base as a string.
    package var baseString: String { String(decoding: base, as: UTF8.self) }

    /// Whether `reference` resolves to itself whatever the base: it has a scheme and (conservatively)
    /// no dot segment, i.e. no '.' right after a '/' or ':'.
    package static func isAbsoluteWithoutDotSegments(_ reference: UnsafeRawBufferPointer) -> Bool {
        let n = reference.count
        guard n > 0, IRISyntax.isAlpha(reference[0]) else { return false }
        var i = 1
        while i < n, IRISyntax.isSchemeChar(reference[i]) { i += 1 }
        guard i < n, reference[i] == UInt8(ascii: ":") else { return false }
        var previous = UInt8(ascii: ":")
        i += 1
        while i < n {
            let b = reference[i]
            if b == UInt8(ascii: "."), previous == UInt8(ascii: "/") || previous == UInt8(ascii: ":") { return false }
            if b == UInt8(ascii: "?") || b == UInt8(ascii: "#") { return true }
            previous = b
            i += 1
        }
        return true
    }

    /// Appends the resolution of `reference` against the base to `out` (RFC 3986 §5.2.2, strict).
    package func resolve(_ reference: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        let r = IRISyntax.split(reference)
        base.withUnsafeBytes { b in
            if let scheme = r.scheme {
                out.append(contentsOf: reference[scheme])
                out.append(UInt8(ascii: ":"))
                if let authority = r.authority { Self.appendAuthority(reference[authority], to: &out) }
                Self.appendPathRemovingDotSegments(reference[r.path], to: &out)
                if let query = r.query { Self.append(UInt8(ascii: "?"), reference[query], to: &out) }
            } else {
                if let scheme = components.scheme { out.append(contentsOf: b[scheme]) }
                out.append(UInt8(ascii: ":"))
                if let authority = r.authority {
                    Self.appendAuthority(reference[authority], to: &out)
                    Self.appendPathRemovingDotSegments(reference[r.path], to: &out)
                    if let query = r.query { Self.append(UInt8(ascii: "?"), reference[query], to: &out) }
                } else {
                    if let authority = components.authority { Self.appendAuthority(b[authority], to: &out) }
                    if r.path.isEmpty {
                        out.append(contentsOf: b[components.path])
                        if let query = r.query {
                            Self.append(UInt8(ascii: "?"), reference[query], to: &out)
                        } else if let query = components.query {
                            Self.append(UInt8(ascii: "?"), b[query], to: &out)
                        }
                    } else {
                        if reference[r.path.lowerBound] == UInt8(ascii: "/") {
                            Self.appendPathRemovingDotSegments(reference[r.path], to: &out)
                        } else {
                            // merge(Base.path, R.path), then remove_dot_segments
                            let start = out.count
                            if components.authority != nil, components.path.isEmpty {
                                out.append(UInt8(ascii: "/"))
                            } else {
                                var lastSlash = components.path.upperBound
                                while lastSlash > components.path.lowerBound,
                                    b[lastSlash - 1] != UInt8(ascii: "/")
                                {
                                    lastSlash -= 1
                                }
                                out.append(contentsOf: b[components.path.lowerBound..<lastSlash])
                            }
                            out.append(contentsOf: reference[r.path])
                            Self.removeDotSegments(&out, from: start)
                        }
                        if let query = r.query { Self.append(UInt8(ascii: "?"), reference[query], to: &out) }
                    }
                }
            }
            if let fragment = r.fragment { Self.append(UInt8(ascii: "#"), reference[fragment], to: &out) }
        }
    }

    private static func appendAuthority(_ authority: Slice<UnsafeRawBufferPointer>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "/"))
        out.append(UInt8(ascii: "/"))
        out.append(contentsOf: authority)
    }

    private static func append(_ delimiter: UInt8, _ part: Slice<UnsafeRawBufferPointer>, to out: inout [UInt8]) {
        out.append(delimiter)
        out.append(contentsOf: part)
    }

    private static func appendPathRemovingDotSegments(_ path: Slice<UnsafeRawBufferPointer>, to out: inout [UInt8]) {
        let start = out.count
        out.append(contentsOf: path)
        removeDotSegments(&out, from: start)
    }

    /// RFC 3986 §5.2.4 `remove_dot_segments`, in place on `out[start...]` (the output never
    /// overtakes the input, so one buffer serves both).
    package static func removeDotSegments(_ out: inout [UInt8], from start: Int) {
        let end = out.count
        let w: Int = out.withUnsafeMutableBufferPointer { p in
            let slash = UInt8(ascii: "/")
            let dot = UInt8(ascii: ".")
            var r = start
            var w = start
            @inline(__always) func at(_ k: Int) -> UInt8 { r + k < end ? p[r + k] : 0 }
            func popSegment() {
                while w > start {
                    w -= 1
                    if p[w] == slash { return }
                }
            }
            while r < end {
                let c0 = p[r]
                let c1 = at(1)
                let c2 = at(2)
                let c3 = at(3)
                if c0 == dot, c1 == dot, c2 == slash {  // A: "../"
                    r += 3
                } else if c0 == dot, c1 == slash {  // A: "./"
                    r += 2
                } else if c0 == slash, c1 == dot, c2 == slash {  // B: "/./"
                    r += 2
                } else if c0 == slash, c1 == dot, r + 2 == end {  // B: "/." at the end
                    p[w] = slash
                    w += 1
                    r = end
                } else if c0 == slash, c1 == dot, c2 == dot, c3 == slash {  // C: "/../"
                    r += 3
                    popSegment()
                } else if c0 == slash, c1 == dot, c2 == dot, r + 3 == end {  // C: "/.." at the end
                    popSegment()
                    p[w] = slash
                    w += 1
                    r = end
                } else if c0 == dot, r + 1 == end || (c1 == dot && r + 2 == end) {  // D: "." or ".."
                    r = end
                } else {  // E: move the first segment
                    if c0 == slash {
                        p[w] = slash
                        w += 1
                        r += 1
                    }
                    while r < end, p[r] != slash {
                        p[w] = p[r]
                        w += 1
                        r += 1
                    }
                }
            }
            return w
        }
        out.removeLast(end - w)
    }
}
