import NLPCore

/// The decoder's classes: `O`, then `B`, `I`, `L`, `U` (begin, inside, last, unit) of each type,
/// so class `1 + 4 * t + k` is part `k` of type `types[t]`. BILOU lets the model learn entity
/// ends; the output is converted back to BIO. A type named `MISC` is learned but never output.
struct EntityLabels: Sendable, Equatable {
    static let suppressedType = "MISC"

    let types: [String]
    let count: Int

    init(types: [String]) {
        self.types = types
        count = 1 + 4 * types.count
    }

    enum Part: Int { case begin = 0, inside, last, unit }

    @inline(__always) func part(_ label: Int) -> Part? { label == 0 ? nil : Part(rawValue: (label - 1) & 3) }
    @inline(__always) func typeIndex(_ label: Int) -> Int { (label - 1) >> 2 }
    @inline(__always) func label(type: Int, part: Part) -> Int { 1 + 4 * type + part.rawValue }

    /// Whether `next` may follow `previous` (`nil` at the start); `isLast` requires an entity to end.
    @inline(__always) func allows(previous: Int?, next: Int, isLast: Bool) -> Bool {
        let open = previous.flatMap { part($0) }.map { $0 == .begin || $0 == .inside } ?? false
        guard let nextPart = part(next) else { return !open }
        if isLast, nextPart == .begin || nextPart == .inside { return false }
        if open {
            guard let previous, nextPart == .inside || nextPart == .last else { return false }
            return typeIndex(previous) == typeIndex(next)
        }
        return nextPart == .begin || nextPart == .unit
    }

    /// BILOU classes of a BIO sequence; types not in ``types`` are outside.
    func encode(_ tags: [EntityTag?]) -> [Int] {
        var labels = Array(repeating: 0, count: tags.count)
        for span in EntitySpan.spans(tags) {
            guard let type = types.firstIndex(of: span.type) else { continue }
            if span.end - span.start == 1 {
                labels[span.start] = label(type: type, part: .unit)
                continue
            }
            labels[span.start] = label(type: type, part: .begin)
            for index in (span.start + 1)..<(span.end - 1) { labels[index] = label(type: type, part: .inside) }
            labels[span.end - 1] = label(type: type, part: .last)
        }
        return labels
    }

    /// The entities of a class sequence as (start, end, type index), suppressed types included.
    func spans(_ labels: [Int]) -> [(start: Int, end: Int, type: Int)] {
        var spans: [(start: Int, end: Int, type: Int)] = []
        var open: (start: Int, type: Int)?
        for (index, label) in labels.enumerated() {
            guard let part = part(label) else {
                open = nil
                continue
            }
            let type = typeIndex(label)
            if let current = open, current.type == type, part == .inside || part == .last {
                if part == .last {
                    spans.append((current.start, index + 1, type))
                    open = nil
                }
                continue
            }
            switch part {
            case .unit, .last: spans.append((index, index + 1, type)); open = nil
            case .begin, .inside: open = (index, type)
            }
        }
        return spans
    }

    /// BIO tags of a class sequence (valid BIO whatever the input), without suppressed types.
    func decode(_ labels: [Int]) -> [EntityTag?] {
        var tags: [EntityTag?] = Array(repeating: nil, count: labels.count)
        var openType: Int?
        for (index, label) in labels.enumerated() {
            guard let part = part(label), types[typeIndex(label)] != Self.suppressedType else {
                openType = nil
                continue
            }
            let type = typeIndex(label)
            let continues = (part == .inside || part == .last) && openType == type
            tags[index] = EntityTag(continues ? .inside : .begin, types[type])
            openType = (part == .begin || part == .inside) ? type : nil
        }
        return tags
    }
}
