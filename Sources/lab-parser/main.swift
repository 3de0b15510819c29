import DependencyParsing
import Foundation
import NLPCore

func load(_ path: String) -> [Sentence] {
    guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
    do { return try CoNLLU.read(utf8: [UInt8](data), path: path) } catch { fatalError("\(error)") }
}

let arguments = CommandLine.arguments
func value(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let data = "/work/shared/data/ud-english-ewt/"
let train = load(value("--train") ?? data + "en_ewt-ud-train.conllu")
let dev = load(value("--dev") ?? data + "en_ewt-ud-dev.conllu")
let test = load(value("--test") ?? data + "en_ewt-ud-test.conllu")
let modelPath = value("--model") ?? "/tmp/parser-model.bin"

var parser: DependencyParser
if arguments.contains("--load") {
    guard let bytes = FileManager.default.contents(atPath: modelPath) else { fatalError("no model") }
    do { parser = try DependencyParser(modelBytes: [UInt8](bytes), path: modelPath) } catch { fatalError("\(error)") }
} else {
    var options = DependencyParserTrainingOptions()
    if let epochs = value("--epochs").flatMap(Int.init) { options.epochs = epochs }
    if let prune = value("--prune").flatMap(Float.init) { options.pruneThreshold = prune }
    if let limit = value("--limit").flatMap(Int.init) { _ = limit }
    let slice = value("--limit").flatMap(Int.init).map { Array(train.prefix($0)) } ?? train
    let start = Date()
    parser = DependencyParser.train(train: slice, dev: dev, options: options) { line in
        print(line, "[\(Int(Date().timeIntervalSince(start)))s]")
        fflush(nil)
    }
    print("training took \(Int(Date().timeIntervalSince(start))) s")
    let bytes = parser.modelBytes()
    _ = FileManager.default.createFile(atPath: modelPath, contents: Data(bytes))
    print("model \(modelPath): \(bytes.count) bytes")
}

if let threshold = value("--reprune").flatMap(Float.init) {
    parser = parser.pruned(threshold: threshold)
    let bytes = parser.modelBytes()
    print("pruned at \(threshold): \(parser.size), \(bytes.count) bytes")
    if let out = value("--save") { _ = FileManager.default.createFile(atPath: out, contents: Data(bytes)) }
}
let repeats = value("--repeat").flatMap(Int.init) ?? 1
for (name, gold) in [("dev", dev), ("test", test)] {
    var parsed = gold
    for index in parsed.indices {
        for word in parsed[index].words.indices {
            parsed[index].words[word].head = nil
            parsed[index].words[word].deprel = "_"
        }
    }
    let start = Date()
    var copy = parsed
    for _ in 0..<repeats {
        copy = parsed
        parser.apply(to: &copy)
    }
    parsed = copy
    let seconds = Date().timeIntervalSince(start) / Double(repeats)
    let words = gold.reduce(0) { $0 + $1.words.count }
    let score = AttachmentScore(gold: gold, predicted: parsed)
    print("\(name): \(score.summary), \(Int(Double(words) / seconds)) words/s")
}
