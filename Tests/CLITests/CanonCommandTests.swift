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

    /// Past 8 MB an N-Triples file is parsed in two halves and written in two halves at once: the
    /// bytes are those of the one-piece path (standard input), duplicates and repeated subjects
    /// included; a blank node in the second half sends it the full way.
    @Test func aLargeFileGivesTheSameBytesInPieces() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = ""
        for index in 0..<120_000 {
            let subject = (index * 7919) % 30_000
            text += "<http://example.org/s/\(subject)> <http://example.org/p/\(index % 7)> \"value \(index % 50_000) é\"@en .\n"
        }
        #expect(text.utf8.count > 1 << 23)
        let path = dir.appendingPathComponent("big.nt")
        try Data(text.utf8).write(to: path)
        let whole = try CLIRunner.run(["canon", "big.nt", "-o", "out.nq"], in: dir)
        #expect(whole.status == 0, "\(whole.stderr)")
        let piped = try CLIRunner.run(["canon", "--from", "nt", "-"], stdin: Data(text.utf8), in: dir)
        #expect(piped.status == 0)
        let written = try String(contentsOf: dir.appendingPathComponent("out.nq"), encoding: .utf8)
        #expect(written == piped.stdout)
        #expect(written.split(separator: "\n").count == Set(text.split(separator: "\n")).count)

        try Data((text + "_:b <http://example.org/p/0> \"x\" .\n").utf8).write(to: path)
        let blank = try CLIRunner.run(["canon", "big.nt"], in: dir)
        #expect(blank.status == 0)
        #expect(blank.stdout.hasSuffix("_:c14n0 <http://example.org/p/0> \"x\" .\n") || blank.stdout.contains("_:c14n0 <http://example.org/p/0> \"x\" .\n"))
        #expect(blank.stdout.split(separator: "\n").count == Set(text.split(separator: "\n")).count + 1)
    }

    /// A syntax error in the second half is reported at its line in the whole file.
    @Test func anErrorInALargeFileHasItsLine() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = ""
        for index in 0..<90_000 { text += "<http://example.org/s/\(index)> <http://example.org/p> \"a longer value to pass eight megabytes\" .\n" }
        text += "<http://example.org/s> <http://example.org/p> .\n"
        #expect(text.utf8.count > 1 << 23)
        try Data(text.utf8).write(to: dir.appendingPathComponent("bad.nt"))
        let result = try CLIRunner.run(["canon", "bad.nt", "-o", "out.nq"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("bad.nt:90001:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.nq").path))
    }
}
