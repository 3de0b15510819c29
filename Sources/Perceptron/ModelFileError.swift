/// Why a model file could not be read.
package enum ModelFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not a Newsgraph model, or is truncated or damaged.
    case corrupt(String, String)
    /// The file was written by another format version.
    case version(String, found: Int, expected: Int)
    /// The file is a model of another kind, or its feature templates differ from the code's.
    case mismatch(String, String)

    package var description: String {
        switch self {
        case .corrupt(let path, let message): "\(path): error: not a valid model file: \(message)"
        case .version(let path, let found, let expected):
            "\(path): error: model format version \(found), this build reads version \(expected); retrain the model"
        case .mismatch(let path, let message): "\(path): error: \(message); retrain the model"
        }
    }
}
