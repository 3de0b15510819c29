import RDFModel

/// A copy of the last subject, predicate or graph name a streaming serializer wrote, in a buffer
/// that is reused, to recognize when the next statement repeats it.
struct TermMemo {
    private var kind = TermKind.defaultGraph
    private var bytes: [UInt8] = []
    private var isSet = false

    /// Whether `term` is the remembered term (a literal never is: only its value is kept).
    func matches(_ term: TermRef) -> Bool {
        guard isSet, term.kind == kind, term.kind != .literal, term.value.count == bytes.count else { return false }
        return bytes.withUnsafeBytes { bytesEqual($0, term.value) }
    }

    mutating func set(_ term: TermRef) {
        kind = term.kind
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: term.value)
        isSet = true
    }
}
