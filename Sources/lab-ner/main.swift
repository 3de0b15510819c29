import EntityRecognition
import Foundation
import NLPCore

func bytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
    return [UInt8](data)
}
let env = ProcessInfo.processInfo.environment
let data = "/work/shared/data/"
let trainPath = data + "uner-english-ewt/en_ewt-ud-train.early-draft.iob2"
let devPath = data + "uner-english-ewt/en_ewt-ud-dev.iob2"
let testPath = data + "uner-english-ewt/en_ewt-ud-test.iob2"
let pudPath = data + "uner-english-pud/en_pud-ud-test.iob2"
do {
    let train = try IOB2.read(utf8: bytes(trainPath), path: trainPath, other: env["MISC"] == "0" ? .outside : .misc)
    let dev = try IOB2.read(utf8: bytes(devPath), path: devPath)
    var options = EntityTrainingOptions()
    if let e = env["EPOCHS"], let v = Int(e) { options.epochs = v }
    if let e = env["BEAM"], let v = Int(e) { options.beamWidth = v }
    if let e = env["PRUNE"], let v = Float(e) { options.pruneThreshold = v }
    if let lexicon = env["LEXICON"] { options.lexicon = try Lexicon(utf8: bytes(lexicon), path: lexicon) }
    let start = Date()
    let recognizer = EntityRecognizer.train(train: train, dev: dev, options: options) { print($0) }
    print("training time \(Date().timeIntervalSince(start)) s")
    let modelBytes = recognizer.modelBytes()
    let out = env["OUT"] ?? ".build/ner.model"
    try Data(modelBytes).write(to: URL(fileURLWithPath: out))
    print("model \(modelBytes.count) bytes")
    let loadStart = Date()
    let loaded = try EntityRecognizer(modelBytes: bytes(out), path: out)
    print("load \(Date().timeIntervalSince(loadStart) * 1000) ms")
    for path in [devPath, testPath, pudPath] {
        let gold = try IOB2.read(utf8: bytes(path), path: path)
        var predicted = gold
        for s in predicted.indices { for w in predicted[s].words.indices { predicted[s].words[w].entity = nil } }
        let words = gold.reduce(0) { $0 + $1.words.count }
        let t0 = Date()
        loaded.apply(toDocuments: &predicted)
        let seconds = Date().timeIntervalSince(t0)
        print("== \(path.split(separator: "/").last ?? "")  \(Int(Double(words) / seconds)) words/s")
        print(EntityScore(gold: gold, predicted: predicted).report)
        if let dump = env["DUMP"] {
            let name = dump + "." + (path.split(separator: "/").last.map(String.init) ?? "x")
            try Data(IOB2.write(predicted).utf8).write(to: URL(fileURLWithPath: name))
        }
    }
} catch {
    print("error: \(error)")
    exit(1)
}
