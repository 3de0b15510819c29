import NLPCore
import NewsgraphTestSupport
import Perceptron
import Testing

@testable import EntityRecognition

@Suite("Entity recognizer")
struct EntityRecognizerTests {
    /// A tiny hand-built training set: names after "met", places after "in", firms before "hired".
    static let training: [Sentence] = {
        let people = [["Anna", "Berg"], ["Tom"], ["Lisa", "Marie", "Kahn"], ["Omar"], ["Jens", "Holt"]]
        let places = [["Oslo"], ["New", "Delhi"], ["Lima"], ["Cape", "Town"], ["Riga"]]
        let firms = [["Acme", "Corp"], ["Zeta"], ["Blue", "Sky", "Ltd"], ["Norsk", "Data"], ["Vega"]]
        var sentences: [Sentence] = []
        for round in 0..<3 {
            for index in 0..<5 {
                let person = people[(index + round) % 5]
                let place = places[(index + 2 * round) % 5]
                let firm = firms[(index + round + 1) % 5]
                var words: [Token] = []
                func add(_ forms: [String], _ type: String?) {
                    for (offset, form) in forms.enumerated() {
                        words.append(Token(form: form, entity: type.map { EntityTag(offset == 0 ? .begin : .inside, $0) }))
                    }
                }
                add(["We", "met"], nil)
                add(person, "PER")
                add(["in"], nil)
                add(place, "LOC")
                add([".", "Then"], nil)
                add(firm, "ORG")
                add(["hired", "her", "."], nil)
                sentences.append(
                    Sentence(comments: index == 0 ? ["# newdoc id = d\(round)"] : [], words: words))
            }
        }
        return sentences
    }()

    static func options() -> EntityTrainingOptions {
        var options = EntityTrainingOptions()
        options.epochs = 6
        options.folds = 2
        options.lexicon = Lexicon(
            entries: [Lexicon.Entry(category: .place, text: "Cape Town"), Lexicon.Entry(category: .firstName, text: "anna")],
            provenance: ["test list, public domain"])
        return options
    }

    static let trained = EntityRecognizer.train(train: training, dev: training, options: options()) { _ in }

    static func stripped(_ sentences: [Sentence]) -> [Sentence] {
        sentences.map { sentence in
            var sentence = sentence
            for index in sentence.words.indices { sentence.words[index].entity = nil }
            return sentence
        }
    }

    @Test func learnsTheTrainingSet() {
        var predicted = Self.stripped(Self.training)
        Self.trained.apply(toDocuments: &predicted)
        #expect(EntityScore(gold: Self.training, predicted: predicted).overall.f1 == 100)
    }

    @Test func generalisesToNewNamesInTheSameFrames() {
        var sentence = Sentence(words: ["We", "met", "Karl", "in", "Bonn", ".", "Then", "Omega", "hired", "her", "."].map {
            Token(form: $0)
        })
        Self.trained.apply(to: &sentence)
        let tags = sentence.words.map { $0.entity?.description ?? "O" }
        #expect(tags == ["O", "O", "B-PER", "O", "B-LOC", "O", "O", "B-ORG", "O", "O", "O"])
    }

    @Test func trainingIsDeterministic() {
        let again = EntityRecognizer.train(train: Self.training, dev: Self.training, options: Self.options()) { _ in }
        #expect(again.modelBytes() == Self.trained.modelBytes())
    }

    @Test func saveAndLoadRoundTrip() throws {
        let bytes = Self.trained.modelBytes()
        let loaded = try EntityRecognizer(modelBytes: bytes, path: "ner.model")
        #expect(loaded.modelBytes() == bytes)
        #expect(loaded.types == ["PER", "ORG", "LOC"])
        let header = try ModelFile(bytes: bytes, path: "ner.model")
        #expect(header.kind == "ner")
        #expect(header.headerValues("lexicon") == ["test list, public domain"])
        #expect(header.headerValues("licence").first?.hasPrefix("CC BY-SA 4.0") == true)
        var expected = Self.stripped(Self.training)
        var actual = expected
        Self.trained.apply(toDocuments: &expected)
        loaded.apply(toDocuments: &actual)
        #expect(actual == expected)
    }

    @Test func twoPassModelLearnsAndRoundTrips() throws {
        var options = Self.options()
        options.twoPass = true
        options.ensemble = 1
        let recognizer = EntityRecognizer.train(train: Self.training, dev: Self.training, options: options) { _ in }
        let bytes = recognizer.modelBytes()
        let loaded = try EntityRecognizer(modelBytes: bytes, path: "ner.model")
        #expect(loaded.modelBytes() == bytes)
        var predicted = Self.stripped(Self.training)
        loaded.apply(toDocuments: &predicted)
        #expect(EntityScore(gold: Self.training, predicted: predicted).overall.f1 == 100)
    }

    @Test func meanOfModelsAveragesWeights() {
        let a = PerceptronModel(classCount: 2, keys: [7, 9], offsets: [0, 1, 2], labels: [0, 1], weights: [2, 4])
        let b = PerceptronModel(classCount: 2, keys: [9], offsets: [0, 1], labels: [1], weights: [2])
        let mean = PassTrainer.mean([a, b])
        var scores: [Float] = [0, 0]
        mean.score([7], into: &scores)
        #expect(scores == [1, 0])
        scores = [0, 0]
        mean.score([9], into: &scores)
        #expect(scores == [0, 3])
    }

    @Test func rejectsOtherModels() {
        let tagger = ModelFileWriter(kind: "tagger", templates: []).bytes
        #expect(throws: ModelFileError.self) { try EntityRecognizer(modelBytes: tagger, path: "x") }
        let truncated = Array(Self.trained.modelBytes().dropLast(10))
        #expect(throws: ModelFileError.self) { try EntityRecognizer(modelBytes: truncated, path: "x") }
    }

    /// Whatever the input, the output is valid BIO: an I-X only after B-X or I-X.
    @Test(arguments: [
        "Mr . Smith of New York Stock Exchange met Dr. Who",
        "THE UNITED NATIONS AND BOSTON",
        "Tom Tom Tom Acme Corp Cape Town Anna Berg in in in",
        "",
        ". , ; Then hired her met in",
    ])
    func outputIsValidBIO(text: String) {
        var sentence = Sentence(words: text.split(separator: " ").map { Token(form: String($0)) })
        Self.trained.apply(to: &sentence)
        var previous: EntityTag?
        for word in sentence.words {
            if let tag = word.entity {
                #expect(["PER", "ORG", "LOC"].contains(tag.type))
                if tag.position == .inside { #expect(previous?.type == tag.type, "\(text)") }
            }
            previous = word.entity
        }
    }

    @Test func bilouLabelsRoundTripThroughBIO() {
        let labels = EntityLabels(types: ["PER", "ORG", "LOC", "MISC"])
        let tags: [EntityTag?] = [
            EntityTag(.begin, "PER"), EntityTag(.inside, "PER"), nil, EntityTag(.begin, "LOC"),
            EntityTag(.begin, "LOC"), EntityTag(.inside, "LOC"), EntityTag(.inside, "LOC"), EntityTag(.begin, "ORG"),
        ]
        #expect(labels.decode(labels.encode(tags)) == tags)
        let misc: [EntityTag?] = [EntityTag(.begin, "MISC"), EntityTag(.begin, "PER")]
        #expect(labels.decode(labels.encode(misc)) == [nil, EntityTag(.begin, "PER")])
    }

    @Test func readsLexiconFiles() throws {
        let text = "# US Census names, public domain\nLOC\tNew York\nPER.first\tmary\n"
        let lexicon = try Lexicon(utf8: Array(text.utf8), path: "lex.tsv")
        #expect(lexicon.provenance == ["US Census names, public domain"])
        #expect(lexicon.entries == [.init(category: .place, text: "New York"), .init(category: .firstName, text: "mary")])
        #expect(Lexicon.words(of: "Winston-Salem") == [Array("Winston".utf8), [UInt8(ascii: "-")], Array("Salem".utf8)])
        #expect(throws: IOB2Error(path: "lex.tsv", line: 2, message: "expected LOC, PER.first or PER.last, a tab and an entry")) {
            try Lexicon(utf8: Array("LOC\tA\nORG\tB\n".utf8), path: "lex.tsv")
        }
    }

    @Test(
        .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)),
        arguments: [
            ("data/uner-english-ewt/en_ewt-ud-dev.iob2", 2001, [343, 224, 399]),
            ("data/uner-english-ewt/en_ewt-ud-test.iob2", 2077, [449, 322, 317]),
            ("data/uner-english-pud/en_pud-ud-test.iob2", 1000, [414, 235, 426]),
        ])
    func readsTheUNERFiles(path: String, sentences: Int, entities: [Int]) throws {
        let url = try #require(SharedData.url(path))
        let read = try IOB2.read(utf8: SharedData.bytes(atPath: url.path), path: url.path)
        #expect(read.count == sentences)
        var counts: [String: Int] = [:]
        for sentence in read {
            for span in EntitySpan.spans(sentence.words.map(\.entity)) { counts[span.type, default: 0] += 1 }
        }
        #expect([counts["PER"], counts["ORG"], counts["LOC"]] == entities.map { Optional($0) })
    }
}
