import Foundation
import Testing

@Suite("newsgraph annotate")
struct AnnotateCommandTests {
    static let article = "US Defense Secretary Mark Esper visited Vietnam. He didn't meet the press.\n"

    /// The word lines of CoNLL-U output, split into columns.
    static func wordLines(_ conllu: String) -> [[String]] {
        conllu.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func annotatesRawText() throws {
        let result = try CLIRunner.run(["annotate", "-"], stdin: Data(Self.article.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("# text = US Defense Secretary Mark Esper visited Vietnam."))
        #expect(result.stdout.contains("# text = He didn't meet the press."))
        let lines = Self.wordLines(result.stdout)
        #expect(lines.allSatisfy { $0.count == 10 })
        // `didn't` is a multiword token over `did` and `n't`.
        #expect(lines.contains { $0[0].contains("-") && $0[1] == "didn't" })
        let words = Dictionary(lines.filter { !$0[0].contains("-") }.map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(words["Esper"]?[3] == "PROPN")
        #expect(words["visited"]?[3] == "VERB")
        #expect(words["visited"]?[2] == "visit")
        #expect(words["did"]?[2] == "do")
        #expect(words["."]?[3] == "PUNCT")
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = try CLIRunner.run(["annotate", "-"], stdin: Data(Self.article.utf8))
        let second = try CLIRunner.run(["annotate", "-"], stdin: Data(Self.article.utf8))
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test func conlluInputKeepsWordsAndDropsGivenAnnotations() throws {
        let gold = """
            # sent_id = s1
            # text = Esper visited.
            1\tEsper\tWRONG\tX\tX\t_\t2\tdep\t_\t_
            2\tvisited\tWRONG\tX\tX\t_\t0\troot\t_\tSpaceAfter=No|NER=B-PER
            3\t.\tWRONG\tX\tX\t_\t2\tpunct\t_\t_


            """
        let result = try CLIRunner.run(["annotate", "--input", "conllu", "-"], stdin: Data(gold.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# sent_id = s1\n# text = Esper visited.\n"))
        let lines = Self.wordLines(result.stdout)
        try #require(lines.count == 3 && lines.allSatisfy { $0.count == 10 })
        #expect(lines.map { $0[1] } == ["Esper", "visited", "."])
        #expect(!result.stdout.contains("WRONG"))
        #expect(lines[1][9] == "SpaceAfter=No")
    }

    @Test func invalidUTF8IsAnErrorWithItsPosition() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x4F, 0x6B, 0x0A, 0x61, 0x62, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("bad.txt"))
        let result = try CLIRunner.run(["annotate", "bad.txt", "-o", "out.conllu"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("bad.txt:2:3: error: invalid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.conllu").path))
    }

    @Test func malformedCoNLLUIsAnErrorWithItsLine() throws {
        let result = try CLIRunner.run(["annotate", "--input", "conllu", "-"], stdin: Data("1\tonly\tthree\n\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains(":1:"))
        #expect(result.stderr.contains("error:"))
    }

    @Test func aMissingModelDirectoryIsAClearError() throws {
        let result = try CLIRunner.run(["annotate", "--models", "/nonexistent/models", "-"], stdin: Data("Hi.".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/models/tagger.model: error:"))
    }
}

@Suite("newsgraph eval and train")
struct EvalAndTrainCommandTests {
    static let treebank = """
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_
        3\tbarks\tbark\tVERB\tVBZ\t_\t0\troot\t_\t_

        1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_
        2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_
        3\tsleeps\tsleep\tVERB\tVBZ\t_\t0\troot\t_\t_


        """

    @Test func evalOfAFileAgainstItselfIsPerfect() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.treebank.utf8).write(to: dir.appendingPathComponent("gold.conllu"))
        let result = try CLIRunner.run(["eval", "conllu", "gold.conllu", "gold.conllu"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        for metric in ["UPOS", "XPOS", "Lemmas", "UAS", "LAS"] {
            let line = result.stdout.split(separator: "\n").first { $0.hasPrefix(metric + " ") }
            #expect(line?.hasSuffix("100.00") == true, "\(metric)")
        }
    }

    @Test func trainingIsDeterministicAndTheModelLoads() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.treebank.utf8).write(to: dir.appendingPathComponent("t.conllu"))
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(name), withIntermediateDirectories: true)
            let result = try CLIRunner.run(
                ["train", "tagger", "--train", "t.conllu", "--dev", "t.conllu", "-o", "\(name)/tagger.model", "--epochs", "3"],
                in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("epoch 3"))
        }
        let a = try Data(contentsOf: dir.appendingPathComponent("a/tagger.model"))
        let b = try Data(contentsOf: dir.appendingPathComponent("b/tagger.model"))
        #expect(a == b)
        #expect(a.starts(with: Data("newsgraph-model\nversion 2\nkind tagger\n".utf8)))
        let annotated = try CLIRunner.run(["annotate", "--models", "a", "-"], stdin: Data("The cat barks.".utf8), in: dir)
        #expect(annotated.status == 0, "\(annotated.stderr)")
        #expect(annotated.stdout.contains("\tcat\tcat\tNOUN\tNN\t"))

        // A parser trained on the same sentences (given twice), its dev tagged by that tagger.
        let parser = try CLIRunner.run(
            ["train", "parser", "--train", "t.conllu", "--train", "t.conllu", "--dev", "t.conllu", "--tagger", "a/tagger.model",
             "-o", "a/parser.model", "--epochs", "3", "--prune-threshold", "0"], in: dir)
        #expect(parser.status == 0, "\(parser.stderr)")
        let parsed = try CLIRunner.run(["annotate", "--models", "a", "-"], stdin: Data("The dog sleeps".utf8), in: dir)
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stdout.contains("\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t"))
        #expect(parsed.stdout.contains("\tsleeps\tsleep\tVERB\tVBZ\t"))
        #expect(parsed.stdout.contains("\t0\troot\t"))
    }

    @Test func onlyTheParserTakesSeveralTrainingFiles() throws {
        let result = try CLIRunner.run(["train", "tagger", "--train", "a", "--train", "b", "--dev", "c", "-o", "m"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("only the parser takes more than one --train file"))
    }
}

@Suite("newsgraph eval ner and train ner")
struct NERCommandTests {
    static let gold = """
        # sent_id = 1
        1\tMark\tB-PER\t-\tx
        2\tEsper\tI-PER\t-\tx
        3\tvisited\tO\t-\t-
        4\tHanoi\tB-LOC\t-\tx
        5\t.\tO\t-\t-

        # sent_id = 2
        1\tHe\tO\t-\t-
        2\tleft\tO\t-\t-
        3\tVietnam\tB-LOC\t-\tx
        4\t.\tO\t-\t-


        """

    @Test func evalScoresExactSpansAcrossTokenizations() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.gold.utf8).write(to: dir.appendingPathComponent("gold.iob2"))
        // The second sentence comes first, `Vietnam.` is one token, and `Hanoi` is typed ORG.
        let predicted = """
            1\tHe\t_\t_\t_\t_\t_\t_\t_\t_
            2\tleft\t_\t_\t_\t_\t_\t_\t_\t_
            3\tVietnam.\t_\t_\t_\t_\t_\t_\t_\tNER=B-LOC

            1\tMark\t_\t_\t_\t_\t_\t_\t_\tNER=B-PER
            2\tEsper\t_\t_\t_\t_\t_\t_\t_\tNER=I-PER
            3\tvisited\t_\t_\t_\t_\t_\t_\t_\t_
            4\tHanoi\t_\t_\t_\t_\t_\t_\t_\tNER=B-ORG
            5\t.\t_\t_\t_\t_\t_\t_\t_\t_


            """
        try Data(predicted.utf8).write(to: dir.appendingPathComponent("pred.conllu"))
        let result = try CLIRunner.run(["eval", "ner", "gold.iob2", "pred.conllu"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // Mark Esper is right; Hanoi has the wrong type; `Vietnam.` covers more than `Vietnam`.
        #expect(result.stdout.contains("overall  P 33.33  R 33.33  F1 33.33  (gold 3, predicted 3, correct 1)"))
        #expect(result.stdout.contains("PER      P 100.00  R 100.00  F1 100.00"))
    }

    @Test func badIOB2IsAnErrorWithItsLine() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("1\tMark\n".utf8).write(to: dir.appendingPathComponent("bad.iob2"))
        try Data("".utf8).write(to: dir.appendingPathComponent("pred.conllu"))
        let result = try CLIRunner.run(["eval", "ner", "bad.iob2", "pred.conllu"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("bad.iob2:1:1: error:"))
    }

    @Test func trainsARecognizerFromIOB2() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.gold.utf8).write(to: dir.appendingPathComponent("train.iob2"))
        let result = try CLIRunner.run(
            ["train", "ner", "--train", "train.iob2", "--dev", "train.iob2", "-o", "ner.model", "--epochs", "2"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let model = try Data(contentsOf: dir.appendingPathComponent("ner.model"))
        #expect(model.starts(with: Data("newsgraph-model\nversion 2\nkind ner\n".utf8)))
    }
}
