import Foundation
import Glibc
import Testing

@Suite("newsgraph convert")
struct ConvertCommandTests {
    let sample = """
        @prefix ex: <http://example.org/> .
        ex:a ex:knows ex:b ; ex:name "Zoë \\"Z\\""@en .
        ex:b ex:age 42 .

        """

    @Test func convertsTurtleToNTriplesOnStandardOutput() throws {
        let result = try CLIRunner.run(["convert", "--from", "ttl", "--to", "nt", "-"], stdin: Data(sample.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init).sorted()
        #expect(
            lines == [
                "<http://example.org/a> <http://example.org/knows> <http://example.org/b> .",
                "<http://example.org/a> <http://example.org/name> \"Zo\u{eb} \\\"Z\\\"\"@en .",
                "<http://example.org/b> <http://example.org/age> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            ])
    }

    @Test func countPrintsTheNumberOfStatements() throws {
        let result = try CLIRunner.run(["convert", "--from", "ttl", "--count"], stdin: Data(sample.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "3\n")
    }

    /// Writing to a device opens it in place: renaming a temporary file over `/dev/null` would
    /// replace the device with a regular file.
    @Test func devicesAreWrittenInPlace() throws {
        let result = try CLIRunner.run(["convert", "--from", "ttl", "-o", "/dev/null", "--to", "nt", "-"], stdin: Data(sample.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func formatsComeFromFileExtensions() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(sample.utf8).write(to: dir.appendingPathComponent("in.ttl"))
        for ext in ["nt", "nq", "ttl", "trig", "rdf"] {
            let result = try CLIRunner.run(["convert", "in.ttl", "-o", "out.\(ext)"], in: dir)
            #expect(result.status == 0, "\(ext): \(result.stderr)")
            let back = try CLIRunner.run(["convert", "out.\(ext)", "--count"], in: dir)
            #expect(back.stdout == "3\n", "\(ext)")
        }
    }

    @Test func syntaxErrorReportsPositionAndLeavesNoOutput() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = "<http://a> <http://b> <http://c> .\n<http://a> <http://b> \"unterminated .\n"
        try Data(bad.utf8).write(to: dir.appendingPathComponent("bad.nt"))
        let result = try CLIRunner.run(["convert", "bad.nt", "-o", "out.ttl"], in: dir)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.hasPrefix("bad.nt:2:"), "\(result.stderr)")
        #expect(result.stderr.contains(": error: "))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == ["bad.nt"])
    }

    @Test func syntaxErrorOnStandardInputNamesStdin() throws {
        let result = try CLIRunner.run(["convert", "--from", "nt"], stdin: Data("<http://a> <b> <c> .\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:1:"), "\(result.stderr)")
    }

    @Test func lenientSkipsBadStatementsAndGoesOn() throws {
        let input = "<http://a> <http://b> <http://c> .\nnonsense here\n<http://a> <http://b> <http://d> .\n"
        let result = try CLIRunner.run(["convert", "--from", "nt", "--lenient"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.contains("<stdin>:2:"))
    }

    @Test func failedConversionKeepsAnExistingOutputFile() throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("old\n".utf8).write(to: dir.appendingPathComponent("out.nt"))
        try Data("@prefix : <http://e/> .\n:a :b .\n".utf8).write(to: dir.appendingPathComponent("in.ttl"))
        let result = try CLIRunner.run(["convert", "in.ttl", "-o", "out.nt"], in: dir)
        #expect(result.status == 1)
        #expect(try String(contentsOf: dir.appendingPathComponent("out.nt"), encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["in.ttl", "out.nt"])
    }

    @Test(arguments: [
        ["convert", "--from", "json"],
        ["convert", "--to", "yaml", "x.nt"],
        ["convert", "input.unknown"],
        ["convert", "-"],
        ["convert", "--no-such-flag"],
    ])
    func badUsageExitsWithTwo(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments, stdin: Data())
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingInputFileIsAnError() throws {
        let result = try CLIRunner.run(["convert", "/nonexistent/file.nt"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("/nonexistent/file.nt: error: "), "\(result.stderr)")
    }

    @Test func sameInputGivesByteIdenticalPrettyOutput() throws {
        let first = try CLIRunner.run(["convert", "--from", "ttl", "--to", "ttl", "--pretty"], stdin: Data(sample.utf8))
        let second = try CLIRunner.run(["convert", "--from", "ttl", "--to", "ttl", "--pretty"], stdin: Data(sample.utf8))
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("@prefix"))
    }
}
