import Foundation

/// The trained English models shipped with Newsgraph, as package resources (`Models/`):
/// `tagger.model`, `parser.model` and `ner.model`, under CC BY-SA 4.0 (see `Models/LICENSE.md`).
/// `make models` retrains them from the treebanks.
package enum EnglishModels {
    /// The model file names, without directory.
    package static let tagger = "tagger.model"
    package static let parser = "parser.model"
    package static let recognizer = "ner.model"

    /// The directory holding the shipped models: `$NEWSGRAPH_MODELS` if set, otherwise the
    /// package's resource bundle (next to the executable).
    package static var directory: String? {
        if let override = ProcessInfo.processInfo.environment["NEWSGRAPH_MODELS"], !override.isEmpty {
            return override
        }
        return Bundle.module.resourceURL?.appendingPathComponent("Models").path
    }
}
