import NLPCore

/// One entity: words `start..<end` of a sentence, of type `type`.
package struct EntitySpan: Sendable, Hashable {
    package var start: Int
    package var end: Int
    package var type: String

    package init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }

    /// The entities of a tag sequence, read as conlleval does: an entity starts at `B-X`, or at
    /// an `I-X` that does not continue an `X` entity, and runs over the `I-X` that follow.
    package static func spans(_ tags: [EntityTag?]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var open: EntitySpan?
        for (index, tag) in tags.enumerated() {
            if let current = open, tag?.type == current.type, tag?.position == .inside {
                open?.end = index + 1
                continue
            }
            if let current = open { spans.append(current) }
            open = tag.map { EntitySpan(start: index, end: index + 1, type: $0.type) }
        }
        if let current = open { spans.append(current) }
        return spans
    }
}

/// Exact-span entity scores, CoNLL style: a predicted entity counts only when its words and type
/// both match a gold entity, so a type error is one false positive and one false negative.
package struct EntityScore: Sendable, Equatable {
    package struct Counts: Sendable, Equatable {
        package var truePositives = 0
        package var falsePositives = 0
        package var falseNegatives = 0

        package init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        package var gold: Int { truePositives + falseNegatives }
        package var predicted: Int { truePositives + falsePositives }
        /// Percentages; 0 when undefined.
        package var precision: Double { predicted == 0 ? 0 : 100 * Double(truePositives) / Double(predicted) }
        package var recall: Double { gold == 0 ? 0 : 100 * Double(truePositives) / Double(gold) }
        package var f1: Double {
            gold + predicted == 0 ? 0 : 100 * 2 * Double(truePositives) / Double(gold + predicted)
        }
    }

    package internal(set) var overall = Counts()
    package internal(set) var byType: [String: Counts] = [:]

    /// Predicted sentences no gold sentence was paired with (``init(gold:alignedPredictions:)``).
    package var unpaired = 0

    package init() {}

    /// Scores sentence `i` of `predicted` against sentence `i` of `gold` (extra sentences on either
    /// side count all their entities as missed or spurious).
    package init(gold: [Sentence], predicted: [Sentence]) {
        for index in 0..<max(gold.count, predicted.count) {
            add(
                gold: index < gold.count ? gold[index].words.map(\.entity) : [],
                predicted: index < predicted.count ? predicted[index].words.map(\.entity) : [])
        }
    }

    /// Adds one sentence's tags.
    package mutating func add(gold: [EntityTag?], predicted: [EntityTag?]) {
        add(goldSpans: Set(EntitySpan.spans(gold)), predictedSpans: Set(EntitySpan.spans(predicted)))
    }

    /// A conlleval-like table: one line per type (sorted) and one for all.
    package var report: String {
        func line(_ name: String, _ counts: Counts) -> String {
            func pct(_ value: Double) -> String {
                let tenths = Int((value * 100).rounded())
                return "\(tenths / 100).\(String(tenths % 100).count == 1 ? "0" : "")\(tenths % 100)"
            }
            let padded = name.count < 8 ? name + String(repeating: " ", count: 8 - name.count) : name
            return "\(padded) P \(pct(counts.precision))  R \(pct(counts.recall))  F1 \(pct(counts.f1))"
                + "  (gold \(counts.gold), predicted \(counts.predicted), correct \(counts.truePositives))"
        }
        return (byType.keys.sorted().map { line($0, byType[$0] ?? Counts()) } + [line("overall", overall)])
            .joined(separator: "\n")
    }
}
