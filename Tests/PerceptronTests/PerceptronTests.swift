import Testing

@testable import Perceptron

@Suite("Averaged perceptron")
struct PerceptronTests {
    /// Features for a toy problem: the class is the first letter's position in "abc".
    static func features(_ word: String) -> [UInt64] {
        var first = FeatureHash(template: 0)
        first.mix(String(word.prefix(1)))
        var whole = FeatureHash(template: 1)
        whole.mix(word)
        return [first.key, whole.key]
    }

    static let data: [(String, Int)] = [("apple", 0), ("banana", 1), ("cherry", 2), ("avocado", 0), ("blueberry", 1)]

    static func trained() -> PerceptronModel {
        var model = AveragedPerceptron(classCount: 3)
        for _ in 0..<5 {
            for (word, label) in data {
                var scores = [Float](repeating: 0, count: 3)
                model.score(features(word), into: &scores)
                let guess = scores.indices.max { (scores[$0], -$0) < (scores[$1], -$1) } ?? 0
                model.update(truth: label, guess: guess, features: features(word))
                model.tick()
            }
        }
        return model.averaged()
    }

    @Test func learnsSeparableData() {
        let model = Self.trained()
        for (word, label) in Self.data + [("apricot", 0), ("cranberry", 2)] {
            var scores = [Float](repeating: 0, count: 3)
            model.score(Self.features(word), into: &scores)
            #expect(scores.indices.max { scores[$0] < scores[$1] } == label, "\(word)")
        }
    }

    @Test func hashesAreStableAndDistinguishBoundaries() {
        var a = FeatureHash(template: 3)
        a.mix("ab")
        a.mix("c")
        var b = FeatureHash(template: 3)
        b.mix("a")
        b.mix("bc")
        #expect(a.key != b.key)
        var c = FeatureHash(template: 0)
        c.mix("the")
        // Pinned: model files store these keys, so the hash function must never change silently.
        #expect(c.key == FeatureHash.pinnedTheKey)
    }

    @Test func featureTableNumbersKeysInOrder() {
        var table = FeatureTable(minimumCapacity: 2)
        let keys: [UInt64] = (1...1000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (index, key) in keys.enumerated() { #expect(table.insert(key) == index) }
        #expect(table.orderedKeys == keys)
        #expect(table.index(of: 12345) == nil)
        #expect(FeatureTable(orderedKeys: keys).index(of: keys[500]) == 500)
    }

    @Test func modelFileRoundTrips() throws {
        let model = Self.trained()
        var writer = ModelFileWriter(kind: "toy", templates: ["first-letter", "word"])
        writer.addHeader("licence", "CC BY-SA 4.0")
        writer.addStrings("labels", ["a", "b", "ünïcode"])
        model.write(to: &writer, prefix: "model")
        let file = try ModelFile(bytes: writer.bytes, path: "toy.bin")
        try file.expect(kind: "toy", templates: ["first-letter", "word"])
        #expect(file.headerValues("licence") == ["CC BY-SA 4.0"])
        #expect(try file.strings("labels") == ["a", "b", "ünïcode"])
        let read = try PerceptronModel(from: file, prefix: "model")
        #expect(read.keys == model.keys && read.offsets == model.offsets)
        #expect(read.labels == model.labels)
        #expect(read.weights == model.weights.map { Float(Float16($0)) })
        #expect(throws: ModelFileError.self) { try file.expect(kind: "toy", templates: ["word"]) }
        #expect(throws: ModelFileError.self) { try file.expect(kind: "parser", templates: ["first-letter", "word"]) }
    }

    @Test(arguments: [0, 5, 16, 40, 60, 100])
    func truncatedFilesAreRejected(length: Int) throws {
        var writer = ModelFileWriter(kind: "toy", templates: ["t"])
        Self.trained().write(to: &writer, prefix: "model")
        let bytes = writer.bytes
        #expect(length < bytes.count)
        let cut = Array(bytes.prefix(length))
        #expect(throws: ModelFileError.self) {
            let file = try ModelFile(bytes: cut, path: "cut.bin")
            _ = try PerceptronModel(from: file, prefix: "model")
        }
    }

    @Test func otherVersionsAreRejected() {
        let bytes = Array("newsgraph-model\nversion 99\nkind toy\n\n".utf8)
        #expect(throws: ModelFileError.version("m.bin", found: 99, expected: ModelFile.formatVersion)) {
            try ModelFile(bytes: bytes, path: "m.bin")
        }
    }
}

extension FeatureHash {
    /// FNV-1a over the template byte stream then a murmur finaliser, computed by hand for "the".
    static let pinnedTheKey: UInt64 = {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for byte in [1, 0, 0, 0, 0, 0, 0, 0] as [UInt8] { mix(byte) }
        for byte in Array("the".utf8) + [0xff] { mix(byte) }
        var x = value
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x
    }()
}
