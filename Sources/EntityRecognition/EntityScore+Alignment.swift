import NLPCore

extension EntityScore {
    /// Scores predictions made on another tokenization of the same sentences (such as the UD
    /// files the UNER annotations were made on, which later UD releases retokenized in places):
    /// sentences are paired by their text without whitespace, and entities compared by the
    /// characters they cover. A gold sentence with no predicted counterpart counts its entities
    /// as missed; an unpaired predicted sentence is ignored but counted in `unpaired`.
    package init(gold: [Sentence], alignedPredictions predicted: [Sentence]) {
        self.init()
        var byText: [String: [Int]] = [:]
        for (index, sentence) in predicted.enumerated() { byText[Self.key(sentence), default: []].append(index) }
        var used = Set<Int>()
        for sentence in gold {
            let key = Self.key(sentence)
            let match = byText[key]?.first { !used.contains($0) }
            let goldSpans = Self.characterSpans(sentence)
            guard let match else {
                add(goldSpans: goldSpans, predictedSpans: [])
                continue
            }
            used.insert(match)
            add(goldSpans: goldSpans, predictedSpans: Self.characterSpans(predicted[match]))
        }
        unpaired = predicted.count - used.count
    }

    /// The sentence's forms joined without whitespace.
    static func key(_ sentence: Sentence) -> String {
        String(sentence.words.map(\.form).joined().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// Entity spans as (first character, end character, type) in the sentence's joined forms.
    static func characterSpans(_ sentence: Sentence) -> Set<EntitySpan> {
        var starts: [Int] = []
        var offset = 0
        for word in sentence.words {
            starts.append(offset)
            offset += word.form.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        }
        starts.append(offset)
        return Set(
            EntitySpan.spans(sentence.words.map(\.entity)).map {
                EntitySpan(start: starts[$0.start], end: starts[$0.end], type: $0.type)
            })
    }

    mutating func add(goldSpans: Set<EntitySpan>, predictedSpans: Set<EntitySpan>) {
        for span in goldSpans {
            if predictedSpans.contains(span) {
                overall.truePositives += 1
                byType[span.type, default: Counts()].truePositives += 1
            } else {
                overall.falseNegatives += 1
                byType[span.type, default: Counts()].falseNegatives += 1
            }
        }
        for span in predictedSpans where !goldSpans.contains(span) {
            overall.falsePositives += 1
            byType[span.type, default: Counts()].falsePositives += 1
        }
    }
}
