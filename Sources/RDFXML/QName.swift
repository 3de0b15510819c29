/// Splitting IRIs into a namespace and an NCName local part, as RDF/XML element names need.
enum QName {
    /// The offset where the longest NCName suffix of `iri` starts, or nil when there is none or
    /// the namespace part would be empty.
    static func splitPoint(_ iri: UnsafeRawBufferPointer) -> Int? {
        let n = iri.count
        var start = n
        // Walk back over bytes that can be part of a name (non-ASCII bytes are checked below).
        while start > 0 {
            let b = iri[start - 1]
            let isName =
                b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                || b == 0x5F || b == 0x2D || b == 0x2E
            if !isName { break }
            start -= 1
        }
        // Move forward to the first position from which the rest is an NCName.
        while start < n {
            let b = iri[start]
            if b & 0xC0 != 0x80, let (scalar, _) = XMLName.decode(iri, at: start), XMLName.isNameStart(scalar),
                XMLName.isNCName(UnsafeRawBufferPointer(rebasing: iri[start...]))
            {
                break
            }
            start += 1
        }
        guard start < n, start > 0 else { return nil }
        return start
    }
}
