/// The prefixes declared so far in a Turtle document: name → namespace IRI, as bytes.
struct PrefixTable {
    private(set) var names: [[UInt8]] = []
    private(set) var namespaces: [[UInt8]] = []
    /// The index of the last prefix found: documents tend to use the same prefix repeatedly.
    private var lastHit = 0

    /// Binds `name` to `namespace`, replacing an earlier binding.
    mutating func bind(_ name: [UInt8], to namespace: [UInt8]) {
        if let k = names.firstIndex(of: name) {
            namespaces[k] = namespace
        } else {
            names.append(name)
            namespaces.append(namespace)
        }
    }

    /// The index of the prefix called `name`.
    @inline(__always)
    mutating func find(_ name: UnsafeRawBufferPointer) -> Int? {
        if lastHit < names.count, Self.equal(names[lastHit], name) { return lastHit }
        for k in names.indices where Self.equal(names[k], name) {
            lastHit = k
            return k
        }
        return nil
    }

    @inline(__always)
    private static func equal(_ a: [UInt8], _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { a in
            var k = 0
            while k < a.count {
                if a[k] != b[k] { return false }
                k &+= 1
            }
            return true
        }
    }
}
