/// SplitMix64: a small seeded generator, so training shuffles are the same on every run and machine.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Array {
    /// A deterministic Fisher–Yates shuffle (the standard library's `shuffle(using:)` does not
    /// promise the same order across Swift versions).
    package mutating func seededShuffle(using generator: inout some RandomNumberGenerator) {
        guard count > 1 else { return }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            swapAt(index, other)
        }
    }
}
