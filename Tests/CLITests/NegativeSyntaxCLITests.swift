import Foundation
import NewsgraphTestSupport
import Testing

/// `convert` on every negative syntax (and negative eval) test of the W3C suites prints exactly one
/// `file:line:column: error:` line, exits with status 1 and leaves no output file.
@Suite("convert rejects every W3C negative test", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
struct NegativeSyntaxCLITests {
    struct Case: Sendable, CustomTestStringConvertible {
        var entry: W3CTestEntry
        var format: String
        var testDescription: String { "\(format) \(entry.shortID)" }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        let suites: [(String, String)] = [
            ("rdf-turtle", "ttl"), ("rdf-n-triples", "nt"), ("rdf-n-quads", "nq"), ("rdf-trig", "trig"),
            ("rdf-xml", "rdfxml"),
        ]
        for (directory, format) in suites {
            guard let folder = SharedData.url("conformance/rdf-tests/\(directory)") else { continue }
            let base = "https://w3c.github.io/rdf-tests/rdf/rdf11/\(directory)/"
            let entries =
                (try? W3CManifest.entries(
                    manifestPath: folder.appendingPathComponent("manifest.ttl").path, canonicalBase: base)) ?? []
            for var entry in entries where entry.typeName.hasSuffix("NegativeSyntax") || entry.typeName.hasSuffix("NegativeEval") {
                entry.baseIRI = base + entry.actionPath.dropFirst(folder.path.count + 1)
                cases.append(Case(entry: entry, format: format))
            }
        }
        return cases
    }()

    @Test func everyNegativeTestIsListed() {
        #expect(Self.cases.count == 94 + 29 + 34 + 115 + 40, "turtle + nt + nq + trig + rdf/xml")
    }

    @Test(arguments: cases)
    func convertRejects(_ test: Case) throws {
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("out.nq").path
        let result = try CLIRunner.run([
            "convert", "--from", test.format, "--to", "nq", "--base", test.entry.baseIRI, test.entry.actionPath,
            "-o", output,
        ])
        #expect(result.status == 1, "exit status \(result.status)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "\(result.stderr)")
        let prefix = test.entry.actionPath + ":"
        if let line = lines.first, line.hasPrefix(prefix) {
            let parts = line.dropFirst(prefix.count).split(separator: ":", maxSplits: 3)
            #expect(parts.count == 4 && Int(parts[0]) != nil && Int(parts[1]) != nil, "\(line)")
            #expect(parts.count == 4 && parts[2] == " error", "\(line)")
            #expect(parts.count == 4 && parts[3].count > 2, "\(line)")
        } else {
            Issue.record("diagnostic does not start with the path: \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "output left behind")
    }
}
