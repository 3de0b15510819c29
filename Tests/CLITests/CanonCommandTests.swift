import Foundation
import Testing

@Suite("newsgraph canon")
struct CanonCommandTests {
    @Test func isomorphicInputsGiveTheSameCanonicalForm() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("_:x <http://e/p> _:y .\n_:y <http://e/q> \"v\" .\n".utf8).write(to: dir.appendingPathComponent("a.nq"))
        try Data("@prefix e: <http://e/> .\n[ e:p [ e:q \"v\" ] ] .\n".utf8).write(to: dir.appendingPathComponent("b.ttl"))
        let a = try CLIRunner.run(["canon", "a.nq"], in: dir)
        let b = try CLIRunner.run(["canon", "b.ttl"], in: dir)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        #expect(a.stdout == b.stdout)
        // As pyoxigraph 0.4's RDFC-1.0 writes it.
        #expect(a.stdout == "_:c14n0 <http://e/p> _:c14n1 .\n_:c14n1 <http://e/q> \"v\" .\n")
        let map = try CLIRunner.run(["canon", "a.nq", "--map"], in: dir)
        #expect(map.status == 0)
        #expect(map.stdout == "{\n  \"x\": \"c14n0\",\n  \"y\": \"c14n1\"\n}\n")
        #expect(try CLIRunner.run(["canon", "a.nq", "--hash", "sha384"], in: dir).status == 0)
    }

    @Test func badInputIsAnErrorWithItsPosition() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("<http://e/s> <http://e/p> .\n".utf8).write(to: dir.appendingPathComponent("bad.nq"))
        let result = try CLIRunner.run(["canon", "bad.nq", "-o", "out.nq"], in: dir)
        #expect(result.status == 1 && result.stderr.hasPrefix("bad.nq:1:"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.nq").path))
        #expect(try CLIRunner.run(["canon", "bad.nq", "--hash", "md5"], in: dir).status == 2)
    }
}
