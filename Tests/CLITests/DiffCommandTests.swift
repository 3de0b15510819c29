import Foundation
import Testing

@Suite("newsgraph diff and patch")
struct DiffCommandTests {
    static let a = "@prefix e: <http://e/> .\ne:s e:p [ e:name \"Ann\" ] .\n"
    static let sameAsA = "_:q <http://e/name> \"Ann\" .\n<http://e/s> <http://e/p> _:q .\n"
    static let b = "@prefix e: <http://e/> .\ne:s e:p [ e:name \"Anne\" ] ; e:q e:o .\n"

    static func folder() throws -> URL {
        let dir = try CLIRunner.makeTemporaryDirectory()
        try Data(a.utf8).write(to: dir.appendingPathComponent("a.ttl"))
        try Data(sameAsA.utf8).write(to: dir.appendingPathComponent("same.nt"))
        try Data(b.utf8).write(to: dir.appendingPathComponent("b.ttl"))
        return dir
    }

    @Test func exitStatusIsZeroWhenEqualOneWhenDifferentTwoOnError() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let equal = try CLIRunner.run(["diff", "a.ttl", "same.nt"], in: dir)
        #expect(equal.status == 0, "\(equal.stderr)")
        #expect(equal.stdout.contains("removed 0, added 0"))
        let different = try CLIRunner.run(["diff", "a.ttl", "b.ttl"], in: dir)
        #expect(different.status == 1)
        #expect(different.stdout.contains("removed 1, added 2"))
        #expect(try CLIRunner.run(["diff", "a.ttl", "missing.ttl"], in: dir).status == 2)
        #expect(try CLIRunner.run(["diff", "a.ttl", "b.ttl", "--format", "xml"], in: dir).status == 2)
    }

    @Test func applyingThePatchGivesB() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["diff", "a.ttl", "b.ttl", "--format", "patch", "-o", "ab.rdfp"], in: dir).status == 1)
        let patched = try CLIRunner.run(["patch", "a.ttl", "ab.rdfp", "-o", "b2.nt"], in: dir)
        #expect(patched.status == 0, "\(patched.stderr)")
        #expect(try CLIRunner.run(["diff", "b.ttl", "b2.nt"], in: dir).status == 0)
        try Data("TX .\nZ nonsense\n".utf8).write(to: dir.appendingPathComponent("bad.rdfp"))
        let bad = try CLIRunner.run(["patch", "a.ttl", "bad.rdfp", "-o", "never.nt"], in: dir)
        #expect(bad.status == 1 && bad.stderr.hasPrefix("bad.rdfp:2:1: error:"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("never.nt").path))
    }

    @Test func theDiffImageColoursAddedAndRemovedEdges() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["diff", "a.ttl", "b.ttl", "--format", "dot"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("color=\"#2b8a3e\""))  // e:s e:q e:o, added
        #expect(try CLIRunner.run(["diff", "a.ttl", "b.ttl", "--format", "svg", "-o", "d.svg"], in: dir).status == 1)
        #expect(try Data(contentsOf: dir.appendingPathComponent("d.svg")).count > 500)
    }
}
