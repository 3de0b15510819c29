import Extraction
import NLPCore
import NLPEvaluation
import NLPPipeline
import NewsgraphTestSupport
import Testing

/// The extractor on CaRB dev through the shipped pipeline, as `newsgraph extract --carb` runs it.
@Suite("CaRB dev floor")
struct CaRBFloorTests {
    /// Floors just under what the extractor measures today (F1 0.570, CaRB(1-1) 0.470, AUC 0.415,
    /// with the rules' own confidences; it measured 0.558 and 0.456, and before that 0.519 and
    /// 0.421); the bars are 0.57 and 0.49.
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func carbDev() throws {
        let inputURL = try #require(SharedData.url("benchmarks/carb/dev/dev.txt"), "shared test data not found")
        let goldURL = try #require(SharedData.url("benchmarks/carb/dev/dev_gold.tsv"), "shared test data not found")
        let lines = String(decoding: try SharedData.bytes(atPath: inputURL.path), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        var sentences = lines.map(CaRBFormat.sentence)
        try Pipeline.load().annotate(&sentences)
        let extractor = ClauseExtractor()
        let output = zip(lines, sentences).map { CaRBFormat.lines($0, extractor.relations(in: $1)) }.joined()
        let gold = CaRB.readGold(String(decoding: try SharedData.bytes(atPath: goldURL.path), as: UTF8.self))
        let predicted = try CaRB.readPredictions(output)
        let result = CaRB.evaluate(gold: gold, predicted: predicted)
        let single = CaRB.evaluate(gold: gold, predicted: predicted, singleMatch: true)
        print("CaRB dev: F1 \(result.f1) AUC \(result.auc); CaRB(1-1) F1 \(single.f1)")
        #expect(result.f1 >= 0.565)
        #expect(single.f1 >= 0.465)
    }
}
