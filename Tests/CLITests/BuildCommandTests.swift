import Foundation
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
