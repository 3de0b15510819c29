import Foundation
import NewsgraphTestSupport
import RDFIO
import RDFModel
import Testing

@testable import RDFCanon

/// One test of the W3C RDFC-1.0 suite.
struct CanonTest: Sendable, CustomStringConvertible {
    var name: String
    var type: String
    var action: URL
    var result: URL?
    var algorithm: HashAlgorithm
    var description: String { "\(name) (\(type))" }

    static let directory = SharedData.url("conformance/rdf-canon")

    /// The manifest's entries, read with our own Turtle parser (none when ../shared is absent).
    static let all: [CanonTest] = {
        guard let directory, let bytes = try? Data(contentsOf: directory.appendingPathComponent("manifest.ttl")),
            let dataset = try? RDFParser.parse(Array(bytes), format: .turtle, baseIRI: "https://w3c.github.io/rdf-canon/tests/manifest.ttl")
        else { return [] }
        let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
        let rdfc = "https://w3c.github.io/rdf-canon/tests/vocab#"
        var bySubject: [Term: [IRI: Term]] = [:]
        for quad in dataset { bySubject[quad.subject, default: [:]][quad.predicate] = quad.object }
        func local(_ term: Term?) -> URL? {
            guard case .iri(let iri)? = term, let name = iri.string.split(separator: "/").last else { return nil }
            return directory.appendingPathComponent("rdfc10").appendingPathComponent(String(name))
        }
        return bySubject.compactMap { subject, fields -> CanonTest? in
            guard let action = local(fields[IRI(unchecked: mf + "action")]),
                case .iri(let type)? = fields[RDF.type], case .iri(let id) = subject
            else { return nil }
            var algorithm = HashAlgorithm.sha256
            if case .literal(let name)? = fields[IRI(unchecked: rdfc + "hashAlgorithm")], name.lexicalForm == "SHA384" {
                algorithm = .sha384
            }
            return CanonTest(
                name: String(id.string.split(separator: "#").last ?? ""), type: String(type.string.split(separator: "#").last ?? ""),
                action: action, result: local(fields[IRI(unchecked: mf + "result")]), algorithm: algorithm)
        }.sorted { $0.name < $1.name }
    }()

    func inputQuads() throws -> [Quad] {
        Array(try RDFParser.parse(Array(try Data(contentsOf: action)), format: .nQuads))
    }
}

@Suite("RDFC-1.0 conformance")
struct CanonConformanceTests {
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theSuiteHasItsEightySixTests() {
        #expect(CanonTest.all.count == 86)
        #expect(CanonTest.all.filter { $0.type == "RDFC10EvalTest" }.count == 64)
        #expect(CanonTest.all.filter { $0.type == "RDFC10MapTest" }.count == 21)
        #expect(CanonTest.all.filter { $0.type == "RDFC10NegativeEvalTest" }.count == 1)
    }

    @Test(arguments: CanonTest.all)
    func conformance(_ test: CanonTest) throws {
        let canonicalizer = Canonicalizer(algorithm: test.algorithm)
        let quads = try test.inputQuads()
        switch test.type {
        case "RDFC10EvalTest":
            let expected = String(decoding: try Data(contentsOf: try #require(test.result)), as: UTF8.self)
            #expect(try canonicalizer.canonicalize(quads).nQuads == expected)
        case "RDFC10MapTest":
            let data = try Data(contentsOf: try #require(test.result))
            let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
            #expect(try canonicalizer.canonicalize(quads).issued == expected)
        case "RDFC10NegativeEvalTest":
            #expect(throws: CanonicalizationError.self) { try canonicalizer.canonicalize(quads) }
        default:
            Issue.record("unknown test type \(test.type)")
        }
    }
}

@Suite("SHA-2")
struct SHA2Tests {
    @Test(arguments: [
        (HashAlgorithm.sha256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (.sha256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (.sha256, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (.sha384, "abc",
         "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
        (.sha384, "",
         "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"),
    ])
    func knownDigests(_ algorithm: HashAlgorithm, _ text: String, _ digest: String) {
        #expect(algorithm.hexDigest(Array(text.utf8)) == digest)
    }

    @Test func longInputsCrossBlockBoundaries() {
        // One million 'a's: the FIPS 180-2 long-message vector.
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(HashAlgorithm.sha256.hexDigest(input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite("RDFC-1.0 limits")
struct CanonLimitTests {
    /// A chain of indistinguishable blank nodes longer than the recursion bound: an error, not a crash.
    @Test func aLongBlankChainIsRefusedNotACrash() {
        let next = IRI(unchecked: "http://e/next")
        let chain = (0..<3_000).map { Quad(.blankNode(BlankNode("b\($0)")), next, .blankNode(BlankNode("b\($0 + 1)"))) }
        #expect(throws: CanonicalizationError.self) { try Canonicalizer().canonicalize(chain) }
    }

    /// A bare binary tree of blank nodes: RDFC-1.0 hashes each node's whole tree, quadratic work;
    /// refused at the work bound.
    @Test func aBareTreeIsRefusedAtTheWorkBound() {
        let child = IRI(unchecked: "http://e/child")
        let tree = (1..<3_000).map { Quad(.blankNode(BlankNode("t\(($0 - 1) / 2)")), child, .blankNode(BlankNode("t\($0)"))) }
        #expect {
            try Canonicalizer().canonicalize(tree)
        } throws: { error in
            (error as? CanonicalizationError)?.message.contains("steps of blank-node hashing") == true
        }
    }

    @Test func aShortChainIsCanonical() throws {
        let next = IRI(unchecked: "http://e/next")
        let chain = (0..<50).map { Quad(.blankNode(BlankNode("b\($0)")), next, .blankNode(BlankNode("b\($0 + 1)"))) }
        let relabelled = (0..<50).map { Quad(.blankNode(BlankNode("x\(99 - $0)")), next, .blankNode(BlankNode("x\(98 - $0)"))) }
        let a = try Canonicalizer().canonicalize(chain)
        #expect(a.nQuads == (try Canonicalizer().canonicalize(relabelled)).nQuads)
        #expect(a.nQuads.split(separator: "\n").count == 50)
    }
}
