import Foundation
import RDFModel

/// One test of a W3C manifest (`mf:entries`).
public struct W3CTestEntry: Sendable, Hashable {
    /// The test IRI, e.g. `https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/manifest.ttl#IRI_subject`.
    public var id: String
    /// `mf:name`.
    public var name: String
    /// The `rdf:type` IRI, e.g. `http://www.w3.org/ns/rdftest#TestTurtleEval`.
    public var type: String
    /// The local path of `mf:action`.
    public var actionPath: String
    /// The local path of `mf:result`, for evaluation tests.
    public var resultPath: String?
    /// The base IRI to parse the action with: `mf:assumedTestBase` (or the suite's canonical base)
    /// followed by the action's file name.
    public var baseIRI: String

    /// The local name of the type: `TestTurtleEval`, `TestNTriplesNegativeSyntax`, …
    public var typeName: String { String(type.split(separator: "#").last ?? Substring(type)) }
    /// The fragment of the test IRI (the test's short id).
    public var shortID: String { String(id.split(separator: "#").last ?? Substring(id)) }
}

/// The W3C RDF 1.1 suites of the Turtle family, under `shared/conformance/rdf-tests/`.
public enum W3CSuite: String, Sendable, CaseIterable {
    case turtle = "rdf-turtle"
    case nTriples = "rdf-n-triples"
    case nQuads = "rdf-n-quads"
    case trig = "rdf-trig"

    /// The number of entries the manifest lists.
    public var expectedEntryCount: Int {
        switch self {
        case .turtle: 313
        case .nTriples: 70
        case .nQuads: 87
        case .trig: 356
        }
    }

    /// The syntax of the suite's actions.
    public var syntax: TurtleFamilySyntax {
        switch self {
        case .turtle: .turtle
        case .nTriples: .nTriples
        case .nQuads: .nQuads
        case .trig: .trig
        }
    }

    /// The syntax of the suite's expected results (N-Triples, or N-Quads for datasets).
    public var resultSyntax: TurtleFamilySyntax { self == .trig || self == .nQuads ? .nQuads : .nTriples }

    /// Where the suite is published; the manifest's own IRI is this plus `manifest.ttl`.
    public var canonicalBase: String { "https://w3c.github.io/rdf-tests/rdf/rdf11/\(rawValue)/" }

    /// The local directory, if the shared data is there.
    public var directory: URL? { SharedData.url("conformance/rdf-tests/\(rawValue)") }

    /// The manifest's entries, read with our own Turtle parser.
    public func loadEntries() throws -> [W3CTestEntry] {
        guard let directory else { throw W3CManifestError("shared data not found: \(SharedData.skipMessage)") }
        return try W3CManifest.entries(
            manifestPath: directory.appendingPathComponent("manifest.ttl").path, canonicalBase: canonicalBase)
    }

    /// The entries, or none when the shared data is missing or the manifest cannot be read (a
    /// separate test checks ``expectedEntryCount``).
    public var entriesOrEmpty: [W3CTestEntry] { (try? loadEntries()) ?? [] }
}

public struct W3CManifestError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Reads a W3C test manifest (the `mf:` vocabulary) with ``TurtleParser`` and walks `mf:entries`.
public enum W3CManifest {
    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"

    /// The entries of the manifest at `manifestPath`, whose canonical location is
    /// `canonicalBase + "manifest.ttl"` (the base its relative IRIs are resolved against).
    public static func entries(manifestPath: String, canonicalBase: String) throws -> [W3CTestEntry] {
        let bytes = try SharedData.bytes(atPath: manifestPath)
        let manifestIRI = canonicalBase + "manifest.ttl"
        let outcome = parse(bytes, as: .turtle, baseIRI: manifestIRI)
        if let error = outcome.error { throw W3CManifestError("\(manifestPath):\(error)") }
        let dataset = outcome.dataset
        let directory = URL(fileURLWithPath: manifestPath).deletingLastPathComponent()

        func object(_ subject: Term, _ predicate: String) -> Term? {
            dataset.quads(subject: subject, predicate: IRI(unchecked: predicate)).first?.object
        }
        func localPath(_ term: Term?) throws -> String? {
            guard case .iri(let iri)? = term else { return nil }
            guard iri.string.hasPrefix(canonicalBase) else {
                throw W3CManifestError("\(iri) is not under \(canonicalBase)")
            }
            return directory.appendingPathComponent(String(iri.string.dropFirst(canonicalBase.count))).path
        }

        let manifest = Term.iri(IRI(unchecked: manifestIRI))
        var testBase = canonicalBase
        if case .iri(let assumed)? = object(manifest, mf + "assumedTestBase") { testBase = assumed.string }
        guard var node = object(manifest, mf + "entries") else {
            throw W3CManifestError("\(manifestPath): no mf:entries on <\(manifestIRI)>")
        }
        var entries: [W3CTestEntry] = []
        while node != .iri(RDF.nil_) {
            guard let test = object(node, RDF.first.string), let next = object(node, RDF.rest.string) else {
                throw W3CManifestError("\(manifestPath): broken mf:entries list at \(node)")
            }
            guard case .iri(let id) = test, case .iri(let type)? = object(test, RDF.type.string),
                let actionPath = try localPath(object(test, mf + "action"))
            else { throw W3CManifestError("\(manifestPath): incomplete entry \(test)") }
            var name = id.string
            if case .literal(let literal)? = object(test, mf + "name") { name = literal.lexicalForm }
            let fileName = URL(fileURLWithPath: actionPath).lastPathComponent
            entries.append(
                W3CTestEntry(
                    id: id.string, name: name, type: type.string, actionPath: actionPath,
                    resultPath: try localPath(object(test, mf + "result")), baseIRI: testBase + fileName))
            node = next
        }
        return entries
    }
}
