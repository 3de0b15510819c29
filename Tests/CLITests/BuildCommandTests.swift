import Foundation
import RDFIO
import RDFModel
import Testing

@Suite("newsgraph build")
struct BuildCommandTests {
    static let sample = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/Articles/harbor-accord.txt").path
    static let formats = ["ttl", "nt", "rdf", "trig", "nq", "dot", "svg"]

    /// `Output/` holds what `make run` writes for the sample article; this fails when it is stale.
    @Test func outputFolderIsUpToDate() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["build", Self.sample, "-o", dir.path, "--formats", Self.formats.joined(separator: ",")])
        #expect(result.status == 0, "\(result.stderr)")
        for format in Self.formats {
            let built = try Data(contentsOf: dir.appendingPathComponent("harbor-accord.\(format)"))
            let committed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Output/harbor-accord.\(format)"))
            #expect(built == committed, "Output/harbor-accord.\(format) is stale: run `make run` and commit Output/")
        }
    }

    @Test func rebuildingGivesTheSameBytes() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["build", Self.sample, "-o", "a", "-q"], in: dir).status == 0)
        #expect(try CLIRunner.run(["build", Self.sample, "-o", "b", "-q"], in: dir).status == 0)
        for format in ["ttl", "nt", "rdf", "trig", "dot", "svg"] {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/harbor-accord.\(format)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("b/harbor-accord.\(format)"))
            #expect(a == b && !a.isEmpty, "\(format)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("a/harbor-accord.nq").path))
    }

    @Test func theBaseNamesEveryMintedIRI() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["build", Self.sample, "-o", ".", "--formats", "nt", "--base", "http://example.org/kg/"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let nt = try String(contentsOf: dir.appendingPathComponent("harbor-accord.nt"), encoding: .utf8)
        #expect(nt.contains("<http://example.org/kg/entity/ingrid-halvorsen>"))
        #expect(!nt.contains("newsgraph.dev/id/"))
        #expect(!nt.contains("_:"))
    }

    @Test func aMissingArticleIsReportedAndTheOthersStillBuild() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x41, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("bad.txt"))
        let result = try CLIRunner.run(["build", "missing.txt", "bad.txt", Self.sample, "-o", "out", "--formats", "ttl"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.txt: error:"))
        #expect(result.stderr.contains("bad.txt:1:2: error: invalid UTF-8"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/harbor-accord.ttl").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/bad.ttl").path))
    }

    @Test(arguments: [["--formats", "ttl,jpg"], ["--base", "not an iri"], ["--formats", ""]])
    func badOptionsAreUsageErrors(_ options: [String]) throws {
        let result = try CLIRunner.run(["build", Self.sample, "-o", "/tmp/never"] + options)
        #expect(result.status == 2)
        #expect(result.stderr.lowercased().contains("error"))
    }
}

/// Corpus builds: several articles at once, and re-runs that skip what has not changed.
@Suite("newsgraph build: jobs and cache")
struct BuildJobsTests {
    /// Five files: the sample, a copy of it (the same article), and three edits of it under new
    /// headlines (other articles, a sentence added to each).
    static func corpus() throws -> URL {
        let dir = try CLIRunner.makeTemporaryDirectory()
        let news = dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: BuildCommandTests.sample, encoding: .utf8)
        try text.write(to: news.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        // The same text under another name is another article.
        try text.write(to: news.appendingPathComponent("copy.txt"), atomically: true, encoding: .utf8)
        for (index, extra) in ["The mayor visited Lisbon.", "The council met in Porto.", "Maria Silva praised the accord."].enumerated() {
            // Another headline: another article.
            try ("Update \(index + 1): " + text + "\n" + extra + "\n").write(
                to: news.appendingPathComponent("b\(index).txt"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func twoJobsGiveTheBytesOfOne() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["build", "news", "-o", "one", "--jobs", "1", "-q"], in: dir).status == 0)
        #expect(try CLIRunner.run(["build", "news", "-o", "two", "--jobs", "2", "-q"], in: dir).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("one").path).sorted()
        #expect(names.filter { $0.hasSuffix(".ttl") && $0 != "corpus.ttl" }.count == 5)
        for name in names where !name.hasPrefix(".") {
            let a = try Data(contentsOf: dir.appendingPathComponent("one/" + name))
            let b = try Data(contentsOf: dir.appendingPathComponent("two/" + name))
            #expect(a == b, "\(name)")
        }
    }

    @Test func aRebuildSkipsWhatHasNotChanged() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLIRunner.run(["build", "news", "-o", "out"], in: dir)
        #expect(first.status == 0)
        #expect(!first.stderr.contains("unchanged"))
        let built = try Data(contentsOf: dir.appendingPathComponent("out/b1.ttl"))
        let second = try CLIRunner.run(["build", "news", "-o", "out"], in: dir)
        #expect(second.stderr.contains("built 5 of 5 articles") && second.stderr.contains("(5 unchanged, not rebuilt)"), "\(second.stderr)")
        // The counts of skipped articles are still in the summary.
        #expect(first.stderr.split(separator: ":")[1].split(separator: " in ")[0] == second.stderr.split(separator: ":")[1].split(separator: " in ")[0])
        // One article edited, one output removed: those two are built again.
        try "A new article about Lisbon.\n".write(to: dir.appendingPathComponent("news/b0.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("out/b2.svg"))
        let third = try CLIRunner.run(["build", "news", "-o", "out"], in: dir)
        #expect(third.stderr.contains("(3 unchanged, not rebuilt)"), "\(third.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/b2.svg").path))
        #expect(try Data(contentsOf: dir.appendingPathComponent("out/b1.ttl")) == built)
        // Other formats are another build.
        let fourth = try CLIRunner.run(["build", "news", "-o", "out", "--formats", "ttl"], in: dir)
        #expect(!fourth.stderr.contains("unchanged"), "\(fourth.stderr)")
    }

    @Test func badJobsAreAUsageError() throws {
        #expect(try CLIRunner.run(["build", BuildCommandTests.sample, "--jobs", "0"]).status == 2)
    }
}

@Suite("newsgraph build: corpus files")
struct BuildCorpusTests {
    /// corpus.nq and corpus.trig hold each article's triples in a graph named by the article's
    /// IRI; corpus.ttl is their union (shared entities once); all the same after a cached re-run.
    @Test func theCorpusFilesHoldEveryArticle() throws {
        let dir = try BuildJobsTests.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["build", "news", "-o", "out", "-q"], in: dir).status == 0)
        let out = dir.appendingPathComponent("out")
        func dataset(_ name: String, _ format: RDFFormat) throws -> Dataset {
            try RDFParser.parse(Array(try Data(contentsOf: out.appendingPathComponent(name))), format: format)
        }
        let quads = try dataset("corpus.nq", .nQuads)
        let trig = try dataset("corpus.trig", .trig)
        let merged = try dataset("corpus.ttl", .turtle)
        #expect(quads == trig)
        var expected = Set<Quad>()
        var union = Set<Quad>()
        for name in ["a", "copy", "b0", "b1", "b2"] {
            for quad in try dataset(name + ".trig", .trig) {
                expected.insert(quad)
                union.insert(Quad(quad.subject, quad.predicate, quad.object))
            }
        }
        #expect(Set(Array(quads)) == expected)
        #expect(Set(quads.compactMap(\.graph)).count == 4)  // the copy is the same article
        #expect(Set(Array(merged)) == union)
        #expect(merged.count < expected.count)  // the articles share entities
        let before = try Data(contentsOf: out.appendingPathComponent("corpus.ttl"))
        #expect(try CLIRunner.run(["build", "news", "-o", "out", "-q"], in: dir).status == 0)
        #expect(try Data(contentsOf: out.appendingPathComponent("corpus.ttl")) == before)
    }
}
