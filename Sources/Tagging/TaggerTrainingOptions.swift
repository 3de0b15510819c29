/// How a tagger is trained.
package struct TaggerTrainingOptions: Sendable {
    /// Passes over the training data; the epoch with the best dev accuracy is kept.
    package var epochs = 12
    /// Seed of the per-epoch shuffles.
    package var seed: UInt64 = 1
    /// Folds used to give the training data realistic inputs: ambiguity classes from the other
    /// folds' words, and first-pass tags from a tagger that did not see the sentence.
    package var folds = 5
    /// Averaged weights below this magnitude are dropped from the model.
    package var pruneThreshold: Float = 0.05
    /// A share a tag needs among a word's occurrences to enter its ambiguity class.
    package var ambiguityShare = 0.05
    /// WordNet's parts of speech and irregular forms, stored in the model (empty: not used).
    package var wordnet = WordNetLexicon.empty
    /// Public name and place lists, stored in the model (empty: not used).
    package var names = NameLexicon.empty

    package init() {}
}
