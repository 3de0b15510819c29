import NewsgraphTestSupport
import RDFModel
import Testing

extension W3CTestEntry: CustomTestStringConvertible {
    public var testDescription: String { shortID }
}

/// The W3C RDF 1.1 suites for Turtle, N-Triples, N-Quads and TriG, read from their manifests with
/// our own Turtle parser; every entry is a test case named by its id.
///
/// - Positive syntax: parses without error.
/// - Negative syntax and negative evaluation: must fail, at a position inside the file that
///   agrees with a naive recount of lines and columns.
/// - Evaluation: the action (parsed with the test's base IRI) is isomorphic to `mf:result`
///   (parsed as N-Triples, or N-Quads for TriG).
/// - Every test is parsed again in 1-byte chunks and in seeded random chunks, and must give the
///   same statements, prefixes, bases and errors.
@Suite(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
struct TurtleFamilyConformanceTests {
    /// Tests expected to fail, by test IRI, with the reason. Each one counts against the bar.
    static let knownFailures: [String: String] = [:]

    @Test(arguments: W3CSuite.turtle.entriesOrEmpty)
    func turtle(_ entry: W3CTestEntry) throws { try run(entry, in: .turtle) }

    @Test(arguments: W3CSuite.nTriples.entriesOrEmpty)
    func nTriples(_ entry: W3CTestEntry) throws { try run(entry, in: .nTriples) }

    @Test(arguments: W3CSuite.nQuads.entriesOrEmpty)
    func nQuads(_ entry: W3CTestEntry) throws { try run(entry, in: .nQuads) }

    @Test(arguments: W3CSuite.trig.entriesOrEmpty)
    func trig(_ entry: W3CTestEntry) throws { try run(entry, in: .trig) }

    /// The manifest is read completely (so an empty argument list cannot pass silently) and
    /// every entry has a type the harness knows.
    @Test(arguments: W3CSuite.allCases)
    func manifestListsEveryTest(_ suite: W3CSuite) throws {
        let entries = try suite.loadEntries()
        #expect(entries.count == suite.expectedEntryCount)
        for entry in entries {
            #expect(Self.kind(of: entry) != nil, "unknown test type \(entry.type) for \(entry.id)")
            #expect(!entry.actionPath.isEmpty)
            if Self.kind(of: entry) == .eval { #expect(entry.resultPath != nil, "\(entry.id) has no mf:result") }
        }
    }

    // MARK: - Checks

    enum Kind { case positiveSyntax, negativeSyntax, eval, negativeEval }

    static func kind(of entry: W3CTestEntry) -> Kind? {
        let name = entry.typeName
        guard name.hasPrefix("Test") else { return nil }
        if name.hasSuffix("PositiveSyntax") { return .positiveSyntax }
        if name.hasSuffix("NegativeSyntax") { return .negativeSyntax }
        if name.hasSuffix("NegativeEval") { return .negativeEval }
        if name.hasSuffix("Eval") { return .eval }
        return nil
    }

    func run(_ entry: W3CTestEntry, in suite: W3CSuite) throws {
        if let reason = Self.knownFailures[entry.id] {
            withKnownIssue(Comment(rawValue: reason)) { try check(entry, in: suite) }
        } else {
            try check(entry, in: suite)
        }
    }

    func check(_ entry: W3CTestEntry, in suite: W3CSuite) throws {
        let kind = try #require(Self.kind(of: entry), "unknown test type \(entry.type)")
        let bytes = try SharedData.bytes(atPath: entry.actionPath)
        let baseIRI = suite == .turtle || suite == .trig ? entry.baseIRI : nil
        let outcome = parse(bytes, as: suite.syntax, baseIRI: baseIRI)
        switch kind {
        case .negativeSyntax, .negativeEval:
            let error = try #require(
                outcome.error, "expected a syntax error, got \(outcome.quads.count) statements without error")
            #expect(error.position.offset <= bytes.count, "error offset beyond the file: \(error)")
            #expect(
                error.position == naivePosition(ofOffset: error.position.offset, in: bytes),
                "line/column disagree with the offset: \(error)")
        case .positiveSyntax:
            #expect(outcome.error == nil, "unexpected error: \(String(describing: outcome.error))")
        case .eval:
            #expect(outcome.error == nil, "unexpected error: \(String(describing: outcome.error))")
            let resultPath = try #require(entry.resultPath)
            let expected = parse(try SharedData.bytes(atPath: resultPath), as: suite.resultSyntax)
            try #require(expected.error == nil, "cannot parse the expected result: \(String(describing: expected.error))")
            let actual = outcome.dataset
            let isIsomorphic = actual.isIsomorphic(to: expected.dataset)
            #expect(
                isIsomorphic,
                "not isomorphic to the expected result\n--- actual\n\(Self.listing(actual))\n--- expected\n\(Self.listing(expected.dataset))"
            )
        }
        for chunking in [Chunking.fixed(1), .random(seed: 0x5EED, maxSize: 48)] {
            let chunked = parse(bytes, as: suite.syntax, baseIRI: baseIRI, chunking: chunking)
            #expect(chunked == outcome, "different result with \(chunking)")
        }
    }

    static func listing(_ dataset: Dataset) -> String {
        dataset.sorted().map(\.description).joined(separator: "\n")
    }
}
