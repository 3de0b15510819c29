import Foundation
import NewsgraphTestSupport
import RDFModel
import RDFXML
import Testing

/// The W3C RDF 1.1 RDF/XML suite (`rdf-tests/rdf-xml/manifest.ttl`, 166 tests): eval tests must
/// give a graph isomorphic to the expected N-Triples, negative syntax tests must throw, and the
/// result (statements or error) must not depend on how the input is chunked.
///
/// The manifest is read with the shared harness (our own Turtle parser), the expected results
/// with our own N-Triples parser.
@Suite("W3C RDF/XML suite", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
struct RDFXMLConformanceTests {
    /// Tests that are expected to fail, with the reason. Empty: all 166 pass.
    static let knownFailures: [String: String] = [:]

    static let canonicalBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-xml/"
    static let directory = SharedData.url("conformance/rdf-tests/rdf-xml")

    static let entries: [W3CTestEntry] = {
        guard let directory else { return [] }
        return (try? W3CManifest.entries(
            manifestPath: directory.appendingPathComponent("manifest.ttl").path, canonicalBase: canonicalBase)) ?? []
    }()

    static let evalType = "http://www.w3.org/ns/rdftest#TestXMLEval"
    static let negativeType = "http://www.w3.org/ns/rdftest#TestXMLNegativeSyntax"

    @Test("the manifest lists 166 tests: 126 eval, 40 negative syntax")
    func manifestIsComplete() throws {
        let directory = try #require(Self.directory, "shared test data not found")
        let entries = try W3CManifest.entries(
            manifestPath: directory.appendingPathComponent("manifest.ttl").path, canonicalBase: Self.canonicalBase)
        #expect(entries.count == 166)
        #expect(entries.filter { $0.type == Self.evalType }.count == 126)
        #expect(entries.filter { $0.type == Self.negativeType }.count == 40)
    }

    @Test("W3C test", arguments: entries)
    func w3cTest(_ test: W3CTestEntry) throws {
        let input = try SharedData.bytes(atPath: test.actionPath)
        let outcome = parseRDFXML(input, test: test, chunking: .whole)
        let known = Self.knownFailures[test.name]
        switch test.type {
        case Self.evalType:
            let resultPath = try #require(test.resultPath)
            let expected = parse(try SharedData.bytes(atPath: resultPath), as: .nTriples)
            try #require(expected.error == nil, "cannot read \(resultPath): \(String(describing: expected.error))")
            if let error = outcome.error {
                if known == nil { Issue.record("unexpected error: \(error)") }
                return
            }
            let passed = outcome.dataset.isIsomorphic(to: expected.dataset)
            if let known {
                withKnownIssue(Comment(rawValue: known)) { #expect(passed) }
            } else {
                #expect(passed, "not isomorphic: got \(outcome.dataset), expected \(expected.dataset)")
            }
        case Self.negativeType:
            if outcome.error == nil, known == nil {
                Issue.record("no error; parsed \(outcome.quads.count) statements")
            }
        default:
            Issue.record("unknown test type \(test.type)")
        }
    }

    @Test("1-byte and random chunks give the same statements or error", arguments: entries)
    func chunkingInvariance(_ test: W3CTestEntry) throws {
        let input = try SharedData.bytes(atPath: test.actionPath)
        let whole = parseRDFXML(input, test: test, chunking: .whole)
        for chunking in [Chunking.fixed(1), .random(seed: UInt64(truncatingIfNeeded: test.name.hashValue), maxSize: 23)] {
            let chunked = parseRDFXML(input, test: test, chunking: chunking)
            #expect(chunked.quads == whole.quads, "\(chunking)")
            #expect(chunked.error == whole.error, "\(chunking)")
        }
    }

    /// Parses a test's action with the base IRI the suite assumes: its path under the canonical
    /// location (the shared harness's `baseIRI` keeps only the file name, but RDF/XML actions
    /// live in subdirectories).
    private func parseRDFXML(_ input: [UInt8], test: W3CTestEntry, chunking: Chunking) -> ParseOutcome {
        var parser = RDFXMLParser(baseIRI: Self.baseIRI(of: test))
        return feed(input, to: &parser, chunking: chunking)
    }

    static func baseIRI(of test: W3CTestEntry) -> String {
        guard let directory, test.actionPath.hasPrefix(directory.path + "/") else { return test.baseIRI }
        return canonicalBase + test.actionPath.dropFirst(directory.path.count + 1)
    }
}
