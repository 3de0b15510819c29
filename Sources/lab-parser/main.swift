import DependencyParsing
import Foundation
import NLPCore
import Tagging

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

func save(_ sentences: [Sentence], _ path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(CoNLLU.write(sentences).utf8))
}
func tagAccuracy(_ gold: [Sentence], _ tagged: [Sentence]) -> String {
    var words = 0, upos = 0, xpos = 0
    for (g, t) in zip(gold, tagged) {
        for (a, b) in zip(g.words, t.words) {
            words += 1
            if a.upos == b.upos { upos += 1 }
            if a.xpos == b.xpos { xpos += 1 }
        }
    }
    return "UPOS \(Double(upos * 10000 / words) / 100) XPOS \(Double(xpos * 10000 / words) / 100)"
}
if arguments.contains("--tag-only") {
    guard let bytes = FileManager.default.contents(atPath: "Sources/EnglishModels/Models/tagger.model")
    else { fatalError("no tagger") }
    let tagger: Tagger
    do { tagger = try Tagger(modelBytes: [UInt8](bytes), path: "tagger") } catch { fatalError("\(error)") }
    for (name, gold) in [("dev", dev), ("test", test)] {
        var tagged = gold
        for index in tagged.indices { tagger.apply(to: &tagged[index]) }
        print("\(name) tagged: \(tagAccuracy(gold, tagged))")
        save(tagged, "/tmp/ewt-\(name)-tagged2.conllu")
    }
    exit(0)
}
if arguments.contains("--jackknife") {
    let folds = value("--folds").flatMap(Int.init) ?? 5
    var options = TaggerTrainingOptions()
    if let epochs = value("--tagger-epochs").flatMap(Int.init) { options.epochs = epochs }
    let start = Date()
    let jackknifed = Tagger.jackknife(train, dev: dev, folds: folds, options: options) { line in
        print(line, "[\(Int(Date().timeIntervalSince(start)))s]")
        fflush(nil)
    }
    print("train jackknifed: \(tagAccuracy(train, jackknifed))")
    save(jackknifed, value("--out") ?? "/tmp/ewt-train-jk.conllu")
    guard let bytes = FileManager.default.contents(atPath: value("--tagger") ?? "Sources/EnglishModels/Models/tagger.model")
    else { fatalError("no tagger") }
    let tagger: Tagger
    do { tagger = try Tagger(modelBytes: [UInt8](bytes), path: "tagger") } catch { fatalError("\(error)") }
    for (name, gold) in [("dev", dev), ("test", test)] {
        var tagged = gold
        for index in tagged.indices { tagger.apply(to: &tagged[index]) }
        print("\(name) tagged: \(tagAccuracy(gold, tagged))")
        save(tagged, "/tmp/ewt-\(name)-tagged.conllu")
    }
    exit(0)
}

var parser: DependencyParser
if arguments.contains("--load") {
    guard let bytes = FileManager.default.contents(atPath: modelPath) else { fatalError("no model") }
    let loadStart = Date()
    do { parser = try DependencyParser(modelBytes: [UInt8](bytes), path: modelPath) } catch { fatalError("\(error)") }
    print("loaded in \(Int(Date().timeIntervalSince(loadStart) * 1000)) ms")
} else {
    var options = DependencyParserTrainingOptions()
    if let epochs = value("--epochs").flatMap(Int.init) { options.epochs = epochs }
    if let prune = value("--prune").flatMap(Float.init) { options.pruneThreshold = prune }
    if let count = value("--min-word").flatMap(Int.init) { options.minimumWordCount = count }
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
    var seconds = Double.infinity
    var copy = parsed
    for _ in 0..<repeats {
        copy = parsed
        let start = Date()
        parser.apply(to: &copy)
        seconds = min(seconds, Date().timeIntervalSince(start))
    }
    parsed = copy
    let words = gold.reduce(0) { $0 + $1.words.count }
    let score = AttachmentScore(gold: gold, predicted: parsed)
    print("\(name): \(score.summary) uLAS \(score.universalLAS), \(Int(Double(words) / seconds)) words/s")
}

if let taggerPath = value("--pipeline") {
    guard let bytes = FileManager.default.contents(atPath: taggerPath) else { fatalError("no tagger") }
    let tagger: Tagger
    do { tagger = try Tagger(modelBytes: [UInt8](bytes), path: taggerPath) } catch { fatalError("\(error)") }
    var bare = test
    for index in bare.indices {
        for word in bare[index].words.indices {
            bare[index].words[word] = Token(form: bare[index].words[word].form)
        }
    }
    let words = bare.reduce(0) { $0 + $1.words.count }
    var best = (tagger: 0.0, both: 0.0)
    var output = bare
    for _ in 0..<repeats {
        var copy = bare
        let start = Date()
        for index in copy.indices { tagger.apply(to: &copy[index]) }
        let tagged = Date()
        parser.apply(to: &copy)
        let end = Date()
        best.tagger = max(best.tagger, Double(words) / tagged.timeIntervalSince(start))
        best.both = max(best.both, Double(words) / end.timeIntervalSince(start))
        output = copy
    }
    print("test tagger+parser: \(AttachmentScore(gold: test, predicted: output).summary), "
        + "tagger \(Int(best.tagger)) words/s, tagger+parser \(Int(best.both)) words/s")
}
