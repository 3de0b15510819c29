/// How ``EntityRecognizer/train(train:dev:options:progress:)`` trains.
package struct EntityTrainingOptions: Sendable {
    /// Passes over the training data; the epoch with the best dev F1 is kept.
    package var epochs = 10
    /// Hypotheses kept by the beam, in training and in the saved model.
    package var beamWidth = 4
    /// Seeds the shuffle of the training sentences before each epoch.
    package var seed: UInt64 = 1
    /// Models trained with seeds `seed`, `seed + 1`, … whose weights are averaged.
    package var ensemble = 3
    /// Word features seen fewer times than this in the training data are not learned.
    package var minimumFeatureCount = 3
    /// Averaged weights smaller than this are dropped from the model.
    package var pruneThreshold: Float = 0.02
    /// Whether to train a second pass that reads the first pass's entities in the document
    /// (about +0.7 dev F1 on UNER EWT, but half the prediction speed, so off by default).
    package var twoPass = false
    /// Folds of the jackknife that gives the second pass first-pass labels of the training data.
    package var folds = 4
    /// Name and place lists for gazetteer features (see ``Lexicon``); empty for none.
    package var lexicon = Lexicon()
    /// The licence/provenance line of the model header.
    package var licence =
        "CC BY-SA 4.0; trained on Universal Dependencies English Web Treebank (© 2013–2021 The Board of Trustees"
        + " of the Leland Stanford Junior University; CC BY-SA 4.0; Silveira et al. 2014) and Universal NER"
        + " English-EWT (Mayhew et al. 2024; CC BY-SA 4.0; early-draft train split, OTH spans as MISC)"

    package init() {}
}
