import NLPCore
import Testing

@testable import EntityRecognition

@Suite("Entity span scorer")
struct EntityScoreTests {
    static func tags(_ text: String) -> [EntityTag?] {
        text.split(separator: " ").map { EntityTag(iob2: String($0)) }
    }

    @Test func spansFollowConlleval() {
        let spans = EntitySpan.spans(Self.tags("B-PER I-PER O I-LOC B-LOC I-ORG I-ORG"))
        #expect(
            spans == [
                EntitySpan(start: 0, end: 2, type: "PER"), EntitySpan(start: 3, end: 4, type: "LOC"),
                EntitySpan(start: 4, end: 5, type: "LOC"), EntitySpan(start: 5, end: 7, type: "ORG"),
            ])
    }

    @Test func exactSpansOnly() {
        var score = EntityScore()
        // Gold: PER(0-2), LOC(3). Predicted: PER(0-1) (boundary error), LOC(3) (right).
        score.add(gold: Self.tags("B-PER I-PER O B-LOC"), predicted: Self.tags("B-PER O O B-LOC"))
        #expect(score.overall == EntityScore.Counts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(score.byType["LOC"] == EntityScore.Counts(truePositives: 1))
        #expect(score.byType["PER"] == EntityScore.Counts(falsePositives: 1, falseNegatives: 1))
        #expect(abs(score.overall.f1 - 50) < 1e-9)
    }

    @Test func typeMismatchIsBothFalsePositiveAndFalseNegative() {
        var score = EntityScore()
        score.add(gold: Self.tags("B-ORG I-ORG O"), predicted: Self.tags("B-LOC I-LOC O"))
        #expect(score.overall == EntityScore.Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(score.byType["ORG"]?.falseNegatives == 1)
        #expect(score.byType["LOC"]?.falsePositives == 1)
        #expect(score.overall.precision == 0 && score.overall.recall == 0 && score.overall.f1 == 0)
    }

    @Test func scoresSentencesAndReports() {
        let gold = [Sentence(words: [Token(form: "Ann", entity: EntityTag(.begin, "PER")), Token(form: "ran")])]
        let predicted = [Sentence(words: [Token(form: "Ann", entity: EntityTag(.begin, "PER")), Token(form: "ran")])]
        let score = EntityScore(gold: gold, predicted: predicted)
        #expect(score.overall == EntityScore.Counts(truePositives: 1))
        #expect(score.report.contains("overall  P 100.00  R 100.00  F1 100.00"))
        // A missing predicted sentence counts its gold entities as missed.
        #expect(EntityScore(gold: gold, predicted: []).overall.falseNegatives == 1)
    }
}
