/// Precision, recall and F1 from match counts.
package struct Score: Sendable, Equatable {
    package var correct: Int
    package var predicted: Int
    package var gold: Int

    package init(correct: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.correct = correct
        self.predicted = predicted
        self.gold = gold
    }

    package var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    package var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    package var f1: Double {
        predicted + gold == 0 ? 0 : 2 * Double(correct) / Double(predicted + gold)
    }
}
