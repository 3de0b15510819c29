import Foundation
import NewsgraphTestSupport
import RDFIO
import RDFModel
import Testing

/// Every W3C eval test (and every positive N-Triples / N-Quads syntax test) is written in every
/// format that can hold it, streaming and pretty, and read back: the graph must be isomorphic.
@Suite("Round trips through every format", .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
struct RoundTripTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var suite: String
        var entry: W3CTestEntry
        var format: RDFFormat
        var testDescription: String { "\(suite) \(entry.shortID)" }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        let picks: [(W3CSuite, RDFFormat, String)] = [
            (.turtle, .turtle, "Eval"), (.trig, .trig, "Eval"),
            (.nTriples, .nTriples, "PositiveSyntax"), (.nQuads, .nQuads, "PositiveSyntax"),
        ]
        for (suite, format, suffix) in picks {
            for entry in suite.entriesOrEmpty where entry.typeName.hasSuffix(suffix) && !entry.typeName.hasSuffix("NegativeEval") {
                cases.append(Case(suite: suite.rawValue, entry: entry, format: format))
            }
        }
        for entry in rdfXMLEntries() where entry.typeName == "TestXMLEval" {
            cases.append(Case(suite: "rdf-xml", entry: entry, format: .rdfXML))
        }
        return cases
    }()

    /// The RDF/XML suite's entries; its actions sit in subfolders, which the base IRI keeps.
    static func rdfXMLEntries() -> [W3CTestEntry] {
        guard let directory = SharedData.url("conformance/rdf-tests/rdf-xml") else { return [] }
        let canonical = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-xml/"
        let entries =
            (try? W3CManifest.entries(
                manifestPath: directory.appendingPathComponent("manifest.ttl").path, canonicalBase: canonical)) ?? []
        return entries.map { entry in
            var entry = entry
            entry.baseIRI = canonical + entry.actionPath.dropFirst(directory.path.count + 1)
            return entry
        }
    }

    @Test func everySuiteContributesCases() {
        let counts = Dictionary(grouping: Self.cases, by: \.suite).mapValues(\.count)
        #expect(counts["rdf-turtle"] == 145)
        #expect(counts["rdf-trig"] == 143)
        #expect(counts["rdf-xml"] == 126)
        #expect(counts["rdf-n-triples"] == 41)
        #expect(counts["rdf-n-quads"] == 53)
    }

    @Test(arguments: cases)
    func roundTrip(_ test: Case) throws {
        let input = try SharedData.bytes(atPath: test.entry.actionPath)
        let original = try RDFParser.parse(input, format: test.format, baseIRI: test.entry.baseIRI)
        let hasNamedGraphs = original.contains { $0.graph != nil }
        let targets = RDFFormat.allCases.filter { !hasNamedGraphs || $0.supportsDatasets }
        for format in targets {
            for pretty in [false, true] {
                let label = "\(format)\(pretty ? " pretty" : "")"
                let bytes: [UInt8]
                do {
                    bytes = try RDFWriter.serialize(original, format: format, pretty: pretty)
                } catch let error as RDFSerializationError {
                    #expect(
                        format == .rdfXML && !Self.isRepresentableInRDFXML(original),
                        "\(label): \(error.message)")
                    continue
                }
                do {
                    let back = try RDFParser.parse(bytes, format: format)
                    #expect(
                        back.isIsomorphic(to: original),
                        "\(label): not isomorphic\n\(String(decoding: bytes, as: UTF8.self))")
                } catch {
                    Issue.record("\(label): cannot read our own output: \(error)\n\(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
    }

    @Test func streamingWritersAreDeterministic() throws {
        for test in Self.cases.prefix(40) {
            let input = try SharedData.bytes(atPath: test.entry.actionPath)
            let dataset = try RDFParser.parse(input, format: test.format, baseIRI: test.entry.baseIRI)
            for format in RDFFormat.allCases where format.supportsDatasets || !dataset.contains(where: { $0.graph != nil }) {
                for pretty in [false, true] {
                    let a = try? RDFWriter.serialize(dataset, format: format, pretty: pretty)
                    let b = try? RDFWriter.serialize(dataset, format: format, pretty: pretty)
                    #expect(a == b, "\(test.testDescription) \(format)")
                }
            }
        }
    }

    /// Whether RDF/XML can carry the graph: every predicate splits into a namespace and an
    /// NCName local part, and no literal holds a character XML 1.0 forbids.
    static func isRepresentableInRDFXML(_ dataset: Dataset) -> Bool {
        for quad in dataset {
            guard let last = quad.predicate.string.unicodeScalars.last, isNCNameChar(last) else { return false }
            let local = quad.predicate.string.unicodeScalars.reversed().prefix { isNCNameChar($0) }
            guard local.reversed().contains(where: { isNCNameStart($0) }) else { return false }
            if case .literal(let literal) = quad.object,
                literal.lexicalForm.unicodeScalars.contains(where: { $0.value < 0x20 && ![0x9, 0xA, 0xD].contains($0.value) })
            {
                return false
            }
        }
        return true
    }

    static func isNCNameStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("A"..."Z").contains(c) || ("a"..."z").contains(c) || c.value >= 0xC0
    }

    static func isNCNameChar(_ c: Unicode.Scalar) -> Bool {
        isNCNameStart(c) || c == "-" || c == "." || ("0"..."9").contains(c) || c.value == 0xB7
    }
}
