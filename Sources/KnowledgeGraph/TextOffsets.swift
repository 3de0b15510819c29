/// Character offsets (Unicode scalars, as RDF and most tools count characters) for the UTF-8
/// byte offsets that token ranges carry.
struct TextOffsets {
    /// scalarOffset[b]: the number of scalars before byte b (for b at a scalar boundary).
    private let scalarOffset: [Int32]

    init(_ text: String) {
        var table = [Int32](repeating: 0, count: text.utf8.count + 1)
        var count: Int32 = 0
        for (index, byte) in text.utf8.enumerated() {
            table[index] = count
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        table[text.utf8.count] = count
        scalarOffset = table
    }

    /// The character offset of byte `offset` (clamped to the text).
    func characters(_ offset: Int) -> Int { Int(scalarOffset[max(0, min(offset, scalarOffset.count - 1))]) }
}
