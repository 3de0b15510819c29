/// RDF compares strings code point by code point; Swift's `String ==` treats canonically
/// equivalent spellings (NFC and NFD `é`) as equal. The term types compare and hash by UTF-8
/// bytes through these helpers instead.
extension String {
    @inlinable
    func hasSameUTF8(as other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    @inlinable
    func hashUTF8(into hasher: inout Hasher) {
        var copy = self
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(utf8.count)
    }
}
