/// Hashes feature strings into 64-bit keys: FNV-1a over a template number and the atom's UTF-8
/// bytes. Keys are stable across runs and machines (no per-process seed), which model files
/// depend on. `0` is never returned: feature tables use it for empty slots.
package struct FeatureHash: Sendable {
    package private(set) var value: UInt64

    /// Starts a feature of template `template` (an index into the model's template list).
    @inline(__always)
    package init(template: Int) {
        value = 0xcbf2_9ce4_8422_2325
        mix(UInt64(truncatingIfNeeded: template) &+ 1)
    }

    @inline(__always)
    package mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Mixes in all eight bytes of `word`.
    @inline(__always)
    package mutating func mix(_ word: UInt64) {
        var word = word
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: word))
            word >>= 8
        }
    }

    @inline(__always)
    package mutating func mix(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { mix(byte) }
        mix(UInt8(0xff))  // a separator, so ("ab","c") and ("a","bc") differ
    }

    @inline(__always)
    package mutating func mix(_ string: String) {
        var string = string
        string.withUTF8 { mix($0) }
    }

    /// The finished key, never 0.
    @inline(__always)
    package var key: UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x == 0 ? 1 : x
    }
}

extension FeatureHash {
    /// The hash of a byte string alone (an "atom": a word, a suffix, a tag), to be combined
    /// into features with ``combine(_:_:_:_:)``.
    @inline(__always)
    package static func atom(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = FeatureHash(template: -1)
        hash.mix(bytes)
        return hash.key
    }

    /// A feature key from a template number and up to three atoms: cheaper than rehashing the
    /// bytes for every template. Never 0.
    @inline(__always)
    package static func combine(_ template: Int, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var x = UInt64(truncatingIfNeeded: template) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ a) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 31) ^ b) &* 0x94D0_49BB_1331_11EB
        x = (x ^ (x >> 29) ^ c) &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 32
        return x == 0 ? 1 : x
    }
}
