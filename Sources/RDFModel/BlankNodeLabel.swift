/// Blank node labels as writers print them: ASCII only, so that every reader takes them.
///
/// A label of ASCII letters, digits, `_` and `-` that starts with a letter or `_` (or a digit,
/// where the syntax allows one) and does not start with `u_` is written as it is; any other label
/// becomes `u_` followed by the hex of its UTF-8 bytes. The mapping is injective, so distinct
/// blank nodes stay distinct, and deterministic.
public enum BlankNodeLabel {
    /// Whether `label` is written unchanged.
    @inlinable
    public static func isPortable(_ label: UnsafeRawBufferPointer, allowLeadingDigit: Bool = true) -> Bool {
        guard let first = label.first else { return false }
        let firstIsDigit = first >= 0x30 && first <= 0x39
        guard isLetterOrUnderscore(first) || (allowLeadingDigit && firstIsDigit) else { return false }
        if label.count >= 2 && first == UInt8(ascii: "u") && label[1] == UInt8(ascii: "_") { return false }
        for b in label where !(isLetterOrUnderscore(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D) {
            return false
        }
        return true
    }

    @inlinable
    static func isLetterOrUnderscore(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
    }

    /// Calls `emit` with the portable form of `label`: the label itself, or `u_` and its hex.
    @inlinable
    public static func withPortable<R>(
        _ label: UnsafeRawBufferPointer, allowLeadingDigit: Bool = true, _ emit: (UnsafeRawBufferPointer) -> R
    ) -> R {
        if isPortable(label, allowLeadingDigit: allowLeadingDigit) { return emit(label) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 + 2 * label.count) { buffer in
            let hex: StaticString = "0123456789abcdef"
            buffer[0] = UInt8(ascii: "u")
            buffer[1] = UInt8(ascii: "_")
            var i = 2
            for b in label {
                buffer[i] = hex.utf8Start[Int(b >> 4)]
                buffer[i + 1] = hex.utf8Start[Int(b & 0x0F)]
                i += 2
            }
            return emit(UnsafeRawBufferPointer(buffer))
        }
    }
}
