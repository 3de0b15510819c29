/// The CaRB open-IE benchmark's scoring (Bhardwaj, Aggarwal & Mausam 2019), written from its
/// description (`../shared/benchmarks/carb/dev/README.md`): the default lenient matcher with the
/// n-ary → (arg1, rel, rest) collapse, many-to-one recall (one-to-one with `singleMatch`, which
/// OpenIE6 reports as CaRB(1-1)), one-to-one greedy precision, micro-averaged over sentences at
/// every confidence threshold; the best F1 and the area under the PR curve.
package enum CaRB {
    /// One extraction: its confidence (predictions only), relation and arguments as tokens.
    package struct Extraction: Sendable, Equatable {
        package var confidence: Double
        package var relation: [String]
        package var arguments: [[String]]
    }

    /// Extractions by normalized sentence.
    package typealias Extractions = [String: [Extraction]]

    /// Reads gold lines `sentence TAB relation TAB arg1 TAB arg2 …` (stripped, so a trailing empty
    /// argument disappears); `C: ` arguments are dropped.
    package static func readGold(_ text: String) -> Extractions {
        var result: Extractions = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = strip(String(line)).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { continue }
            let arguments = fields.dropFirst(2).filter { !$0.hasPrefix("C: ") }.map(tokens)
            result[normalize(fields[0]), default: []].append(
                Extraction(confidence: 1, relation: tokens(fields[1]), arguments: Array(arguments)))
        }
        return result
    }

    /// Reads system lines `sentence TAB confidence TAB relation TAB arg1 …` (lines stripped, so a
    /// trailing empty argument disappears).
    /// - Throws: the 1-based line number and a message for a line without a numeric confidence.
    package static func readPredictions(_ text: String) throws(CaRBError) -> Extractions {
        var result: Extractions = [:]
        for (number, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = strip(String(rawLine))
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let confidence = Double(strip(fields[1])) else {
                throw CaRBError(line: number + 1, message: "expected sentence<TAB>confidence<TAB>relation<TAB>arguments…")
            }
            result[normalize(fields[0]), default: []].append(
                Extraction(confidence: confidence, relation: tokens(fields[2]), arguments: fields.dropFirst(3).map(tokens)))
        }
        return result
    }

    static func tokens(_ text: String) -> [String] { text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }

    static func strip(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// PTB brackets unescaped, then spaces and ASCII punctuation removed.
    static func normalize(_ sentence: String) -> String {
        var text = sentence
        for (escaped, bracket) in [
            ("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"),
        ] {
            text = text.split(separator: escaped, omittingEmptySubsequences: false).joined(separator: bracket)
        }
        return String(text.unicodeScalars.filter { !($0.isASCII && ($0 == " " || Self.isPunctuation($0))) }.map(Character.init))
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    /// How many tokens of `predicted` occur in `gold`, each gold token used once.
    static func overlap(_ predicted: [String], _ gold: [String]) -> Int {
        var remaining: [String: Int] = [:]
        for token in gold { remaining[token, default: 0] += 1 }
        var count = 0
        for token in predicted where (remaining[token] ?? 0) > 0 {
            remaining[token, default: 0] -= 1
            count += 1
        }
        return count
    }

    static let beForms: Set<String> = ["is", "am", "are", "was", "were", "been", "being"]

    /// The lenient (precision, recall) of `predicted` against `gold`.
    static func score(_ predicted: Extraction, _ gold: Extraction) -> (Double, Double) {
        let direct = pairScore(predicted.relation, predicted.arguments, gold)
        let relation = gold.relation.joined(separator: " ")
        guard ["said", "told", "added", "adds", "says"].contains(where: { relation.contains($0) }),
            predicted.arguments.count >= 2
        else { return direct }
        var swapped = predicted.arguments
        swapped.swapAt(0, 1)
        let other = pairScore(predicted.relation, swapped, gold)
        return other > direct ? other : direct
    }

    static func pairScore(_ relation: [String], _ arguments: [[String]], _ gold: Extraction) -> (Double, Double) {
        if arguments.count < 2 && gold.arguments.count >= 2 { return (0, 0) }
        var matched = overlap(relation, gold.relation)
        if matched == 0, relation.contains("be"), gold.relation.contains(where: beForms.contains) { matched = 1 }
        guard matched > 0 else { return (0, 0) }
        var precision = (matched, relation.count)
        var recall = (matched, gold.relation.count)
        let predictedParts = [arguments.first ?? [], Array(arguments.dropFirst().joined())]
        let goldParts = [gold.arguments.first ?? [], Array(gold.arguments.dropFirst().joined())]
        for index in 0..<(gold.arguments.count >= 2 ? 2 : 1) {
            let shared = overlap(predictedParts[index], goldParts[index])
            precision.0 += shared
            precision.1 += predictedParts[index].count
            recall.0 += shared
            recall.1 += goldParts[index].count
        }
        return (
            precision.1 == 0 ? 0 : Double(precision.0) / Double(precision.1),
            recall.1 == 0 ? 0 : Double(recall.0) / Double(recall.1)
        )
    }

    /// The scores of a system against the gold.
    package struct Result: Sendable, Equatable {
        package var precision: Double
        package var recall: Double
        package var f1: Double
        package var threshold: Double
        package var auc: Double
    }

    package static func evaluate(gold: Extractions, predicted: Extractions, singleMatch: Bool = false) -> Result {
        // Per gold sentence, the pair scores of every prediction, computed once.
        struct Sentence {
            var goldCount: Int
            var confidences: [Double]
            var scores: [[(Double, Double)]]  // [gold][prediction]
        }
        var sentences: [Sentence] = []
        for key in gold.keys.sorted() {
            guard let golds = gold[key] else { continue }
            let predictions = predicted[key] ?? []
            sentences.append(
                Sentence(
                    goldCount: golds.count, confidences: predictions.map(\.confidence),
                    scores: golds.map { g in predictions.map { score($0, g) } }))
        }
        let thresholds = Set(predicted.values.flatMap { $0.map(\.confidence) }).sorted(by: >)
        var points: [(recall: Double, precision: Double, threshold: Double)] = []
        for threshold in thresholds {
            var precisionSum = 0.0
            var predictionCount = 0
            var recallSum = 0.0
            var goldCount = 0
            for sentence in sentences {
                goldCount += sentence.goldCount
                let kept = sentence.confidences.indices.filter { sentence.confidences[$0] >= threshold }
                predictionCount += kept.count
                guard !kept.isEmpty else { continue }
                precisionSum += greedy(sentence.scores, kept, value: { $0.0 }).reduce(0) { $0 + $1.0 }
                if singleMatch {
                    recallSum += greedy(sentence.scores, kept, value: { $0.1 }).reduce(0) { $0 + $1.1 }
                } else {
                    for row in sentence.scores { recallSum += kept.map { row[$0].1 }.max() ?? 0 }
                }
            }
            let precision = predictionCount == 0 ? 1 : precisionSum / Double(predictionCount)
            let recall = goldCount == 0 ? 0 : recallSum / Double(goldCount)
            points.append((recall, precision, threshold))
        }
        var best = Result(precision: 0, recall: 0, f1: 0, threshold: 0, auc: 0)
        for point in points {
            let f1 = point.precision + point.recall == 0 ? 0 : 2 * point.precision * point.recall / (point.precision + point.recall)
            if f1 > best.f1 { best = Result(precision: point.precision, recall: point.recall, f1: f1, threshold: point.threshold, auc: 0) }
        }
        // Trapezoids over (R, P) from the added point (0, 1), thresholds descending (recall rising).
        let recalls = [0.0] + points.map(\.recall)
        let precisions = [1.0] + points.map(\.precision)
        var area = 0.0
        for index in recalls.indices.dropFirst() {
            area += (recalls[index] - recalls[index - 1]) * (precisions[index] + precisions[index - 1]) / 2
        }
        best.auc = area
        return best
    }

    /// Greedy one-to-one matching of golds and the `kept` predictions by descending `value`:
    /// min(#gold, #kept) pairs; returns the matched pairs' scores.
    static func greedy(
        _ scores: [[(Double, Double)]], _ kept: [Int], value: ((Double, Double)) -> Double
    ) -> [(Double, Double)] {
        var cells: [(gold: Int, prediction: Int, score: (Double, Double))] = []
        for (g, row) in scores.enumerated() { for p in kept { cells.append((g, p, row[p])) } }
        // As repeated argmax over the gold × prediction matrix: ties go to the first cell in
        // row-major order.
        cells.sort { (value($0.score), -$0.gold, -$0.prediction) > (value($1.score), -$1.gold, -$1.prediction) }
        var usedGold = Set<Int>()
        var usedPrediction = Set<Int>()
        var result: [(Double, Double)] = []
        for cell in cells where !usedGold.contains(cell.gold) && !usedPrediction.contains(cell.prediction) {
            usedGold.insert(cell.gold)
            usedPrediction.insert(cell.prediction)
            result.append(cell.score)
            if result.count == min(scores.count, kept.count) { break }
        }
        return result
    }
}

/// A malformed line in a CaRB system output.
package struct CaRBError: Error, Sendable, Equatable {
    package var line: Int
    package var message: String
}
