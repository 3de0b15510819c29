import RDFModel

/// A NUL-terminated copy of some bytes, for libxml2 calls; freed with its owner.
struct CString {
    let pointer: UnsafeMutablePointer<UInt8>
    let count: Int

    init(_ bytes: UnsafeRawBufferPointer) {
        count = bytes.count
        pointer = .allocate(capacity: count + 1)
        if let base = bytes.baseAddress { UnsafeMutableRawPointer(pointer).copyMemory(from: base, byteCount: count) }
        pointer[count] = 0
    }

    init(_ string: String) {
        var string = string
        self = string.withUTF8 { CString(UnsafeRawBufferPointer($0)) }
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: pointer, count: count) }
    var constant: UnsafePointer<UInt8> { UnsafePointer(pointer) }

    func free() { pointer.deallocate() }

    func equals(_ other: UnsafeRawBufferPointer) -> Bool {
        other.count == count && (count == 0 || memoryEquals(other, bytes))
    }
}

@inline(__always)
func memoryEquals(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    guard a.count == b.count else { return false }
    var i = 0
    while i < a.count {
        if a[i] != b[i] { return false }
        i &+= 1
    }
    return true
}

/// The namespaces the writer knows: declared on `rdf:RDF` (from the prefixes it was given) or
/// declared locally where used, under a user prefix or a generated `ns0`, `ns1`, … (the next
/// number not taken, in order of first use, so output is deterministic).
final class NamespaceTable {
    struct Entry {
        var namespace: CString
        var prefix: CString
        var atRoot: Bool
    }

    private(set) var entries: [Entry] = []
    private var lastHit = 0
    private var generated = 0

    deinit {
        for entry in entries {
            entry.namespace.free()
            entry.prefix.free()
        }
    }

    /// The entry for `namespace`, most recently used first.
    @inline(__always)
    func find(_ namespace: UnsafeRawBufferPointer) -> Int? {
        if lastHit < entries.count, entries[lastHit].namespace.equals(namespace) { return lastHit }
        for i in entries.indices where entries[i].namespace.equals(namespace) {
            lastHit = i
            return i
        }
        return nil
    }

    func isPrefixTaken(_ prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        return bytes.withUnsafeBytes { p in entries.contains { $0.prefix.equals(p) } }
    }

    /// Adds a namespace under `prefix` if the prefix is a usable name and neither it nor the
    /// namespace is known yet; returns whether it did.
    @discardableResult
    func declare(prefix: String, namespace: String, atRoot: Bool) -> Bool {
        guard Self.isUsablePrefix(prefix), !isPrefixTaken(prefix) else { return false }
        let known = Array(namespace.utf8).withUnsafeBytes { find($0) }
        guard known == nil else { return false }
        entries.append(Entry(namespace: CString(namespace), prefix: CString(prefix), atRoot: atRoot))
        return true
    }

    /// Adds `namespace` under the next free generated prefix.
    func add(generatedFor namespace: UnsafeRawBufferPointer, atRoot: Bool) -> Int {
        var name = "ns\(generated)"
        while isPrefixTaken(name) {
            generated += 1
            name = "ns\(generated)"
        }
        generated += 1
        entries.append(Entry(namespace: CString(namespace), prefix: CString(name), atRoot: atRoot))
        lastHit = entries.count - 1
        return lastHit
    }

    /// A prefix the writer may declare: an ASCII NCName not starting with `xml` (reserved).
    /// Non-ASCII prefixes are legal XML 1.0 (5th edition) but older name rules, which some
    /// readers still apply, reject many of them; a generated prefix is always safe.
    static func isUsablePrefix(_ prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard !prefix.lowercased().hasPrefix("xml"), bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        return bytes.withUnsafeBytes { XMLName.isNCName($0) }
    }
}
