import RDFModel
import NewsgraphTestSupport
import Testing

/// A pair of fixtures (see ``dataset(_:)``) and whether they are isomorphic.
struct IsomorphismCase: CustomTestStringConvertible, Sendable {
    let name: String
    let left: String
    let right: String
    let isomorphic: Bool
    var testDescription: String { name }
}

/// An undirected graph as symmetric `<http://ex/e>` triples between blank nodes `_:n<i>`.
func undirected(_ edges: [(Int, Int)], labels: String = "n") -> String {
    edges.map { "_:\(labels)\($0.0) <http://ex/e> _:\(labels)\($0.1) . _:\(labels)\($0.1) <http://ex/e> _:\(labels)\($0.0) ." }
        .joined(separator: "\n")
}

/// A directed cycle of `length` blank nodes starting at `_:<prefix>0`.
func cycle(_ length: Int, prefix: String) -> String {
    (0..<length).map { "_:\(prefix)\($0) <http://ex/p> _:\(prefix)\(($0 + 1) % length) ." }.joined(separator: "\n")
}

let isomorphismCases: [IsomorphismCase] = [
    IsomorphismCase(name: "empty", left: "", right: "", isomorphic: true),
    IsomorphismCase(
        name: "ground equal", left: "<http://a> <http://p> \"x\" .", right: "<http://a> <http://p> \"x\" .",
        isomorphic: true),
    IsomorphismCase(
        name: "ground differs", left: "<http://a> <http://p> \"x\" .", right: "<http://a> <http://p> \"y\" .",
        isomorphic: false),
    IsomorphismCase(
        name: "datatype differs", left: "<http://a> <http://p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
        right: "<http://a> <http://p> \"1\" .", isomorphic: false),
    IsomorphismCase(
        name: "language tag case", left: "<http://a> <http://p> \"x\"@EN-gb .",
        right: "<http://a> <http://p> \"x\"@en-GB .", isomorphic: true),
    IsomorphismCase(
        name: "language differs", left: "<http://a> <http://p> \"x\"@en .", right: "<http://a> <http://p> \"x\"@de .",
        isomorphic: false),
    IsomorphismCase(
        name: "relabelled blank", left: "_:a <http://p> _:b . _:b <http://q> \"x\" .",
        right: "_:y <http://p> _:x . _:x <http://q> \"x\" .", isomorphic: true),
    IsomorphismCase(
        name: "blank vs IRI", left: "_:a <http://p> <http://o> .", right: "<http://s> <http://p> <http://o> .",
        isomorphic: false),
    IsomorphismCase(
        name: "two blanks vs one", left: "_:a <http://p> <http://o> . _:b <http://p> <http://o> .",
        right: "_:a <http://p> <http://o> . _:a <http://q> <http://o> .", isomorphic: false),
    IsomorphismCase(
        name: "swap vs self loops", left: "_:a <http://p> _:b . _:b <http://p> _:a .",
        right: "_:a <http://p> _:a . _:b <http://p> _:b .", isomorphic: false),
    IsomorphismCase(
        name: "same-colour twins", left: "_:a <http://p> <http://o> . _:b <http://p> <http://o> . _:a <http://q> _:b .",
        right: "_:x <http://q> _:y . _:y <http://p> <http://o> . _:x <http://p> <http://o> .", isomorphic: true),
    IsomorphismCase(
        name: "twins with direction", left: "_:a <http://q> _:b . _:a <http://r> <http://o> .",
        right: "_:a <http://q> _:b . _:b <http://r> <http://o> .", isomorphic: false),
    IsomorphismCase(name: "6-cycle relabelled", left: cycle(6, prefix: "a"), right: cycle(6, prefix: "b"), isomorphic: true),
    IsomorphismCase(
        name: "6-cycle vs two 3-cycles", left: cycle(6, prefix: "a"),
        right: cycle(3, prefix: "b") + "\n" + cycle(3, prefix: "c"), isomorphic: false),
    IsomorphismCase(
        name: "two 3-cycles vs two 3-cycles", left: cycle(3, prefix: "a") + "\n" + cycle(3, prefix: "b"),
        right: cycle(3, prefix: "c") + "\n" + cycle(3, prefix: "d"), isomorphic: true),
    IsomorphismCase(
        name: "4-cycle vs two 2-cycles", left: cycle(4, prefix: "a"),
        right: cycle(2, prefix: "b") + "\n" + cycle(2, prefix: "c"), isomorphic: false),
    // K3,3 and the triangular prism are both 3-regular on 6 nodes: colour refinement cannot tell
    // them apart, only the search can.
    IsomorphismCase(
        name: "K3,3 vs prism", left: undirected([(0, 3), (0, 4), (0, 5), (1, 3), (1, 4), (1, 5), (2, 3), (2, 4), (2, 5)]),
        right: undirected([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (0, 3), (1, 4), (2, 5)]), isomorphic: false),
    IsomorphismCase(
        name: "prism relabelled", left: undirected([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (0, 3), (1, 4), (2, 5)]),
        right: undirected([(5, 2), (2, 0), (0, 5), (4, 1), (1, 3), (3, 4), (5, 4), (2, 1), (0, 3)], labels: "m"),
        isomorphic: true),
    IsomorphismCase(
        name: "Petersen relabelled",
        left: undirected([
            (0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 7), (7, 9), (9, 6),
            (6, 8), (8, 5),
        ]),
        // The Petersen graph as the Kneser graph K(5,2): 2-subsets, adjacent when disjoint.
        right: undirected(kneserEdges(), labels: "k"), isomorphic: true),
    IsomorphismCase(
        name: "blank graph name", left: "<http://s> <http://p> _:o _:g . _:g <http://p> <http://o> .",
        right: "<http://s> <http://p> _:x _:y . _:y <http://p> <http://o> .", isomorphic: true),
    IsomorphismCase(
        name: "graph name differs", left: "<http://s> <http://p> _:o _:g .",
        right: "<http://s> <http://p> _:o <http://g> .", isomorphic: false),
    IsomorphismCase(
        name: "default vs named graph", left: "<http://s> <http://p> _:o .",
        right: "<http://s> <http://p> _:o <http://g> .", isomorphic: false),
]

/// The edges of the Kneser graph K(5,2), which is the Petersen graph.
func kneserEdges() -> [(Int, Int)] {
    var subsets: [(Int, Int)] = []
    for i in 0..<5 { for j in (i + 1)..<5 { subsets.append((i, j)) } }
    var edges: [(Int, Int)] = []
    for x in subsets.indices {
        for y in subsets.indices where x < y {
            let s = subsets[x]
            let t = subsets[y]
            if s.0 != t.0 && s.0 != t.1 && s.1 != t.0 && s.1 != t.1 { edges.append((x, y)) }
        }
    }
    return edges
}

@Suite struct IsomorphismTests {
    @Test(arguments: isomorphismCases)
    func datasetIsomorphism(_ testCase: IsomorphismCase) {
        let left = dataset(testCase.left)
        let right = dataset(testCase.right)
        #expect(left.isIsomorphic(to: right) == testCase.isomorphic)
        #expect(right.isIsomorphic(to: left) == testCase.isomorphic)
        #expect(left.isIsomorphic(to: left))
    }

    @Test func graphIsomorphism() {
        let left = Graph(dataset(cycle(5, prefix: "a")).map(\.triple))
        let right = Graph(dataset(cycle(5, prefix: "b")).map(\.triple))
        #expect(left.isIsomorphic(to: right))
        #expect(!left.isIsomorphic(to: Graph(dataset(cycle(4, prefix: "b")).map(\.triple))))
    }

    /// Random datasets with many blank nodes stay isomorphic under random relabelling and
    /// reordering, and stop being so when one quad changes.
    @Test(arguments: 0..<20)
    func randomRelabellingIsIsomorphic(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let nodeCount = Int.random(in: 1...30, using: &random)
        let predicates = (0..<3).map { IRI(unchecked: "http://ex/p\($0)") }
        func node(_ i: Int, _ labels: [String]) -> Term {
            i < nodeCount ? .blankNode(BlankNode(labels[i])) : .iri(IRI(unchecked: "http://ex/i\(i - nodeCount)"))
        }
        var edges: Set<[Int]> = []
        for _ in 0..<Int.random(in: 1...80, using: &random) {
            edges.insert([
                Int.random(in: 0..<(nodeCount + 3), using: &random), Int.random(in: 0..<3, using: &random),
                Int.random(in: 0..<(nodeCount + 3), using: &random), Int.random(in: -1..<2, using: &random),
            ])
        }
        let labels = (0..<nodeCount).map { "b\($0)" }
        let relabelled = (0..<nodeCount).map { "r\($0)" }.shuffled(using: &random)
        func build(_ labels: [String], _ edges: [[Int]]) -> Dataset {
            Dataset(
                edges.map {
                    Quad(
                        node($0[0], labels), predicates[$0[1]], node($0[2], labels),
                        graph: $0[3] < 0 ? nil : node($0[3], labels))
                })
        }
        let original = build(labels, Array(edges))
        let shuffled = build(relabelled, Array(edges).shuffled(using: &random))
        #expect(original.isIsomorphic(to: shuffled))
        #expect(original != shuffled || nodeCount == 0 || !original.contains { $0.subject.isBlankNode || $0.object.isBlankNode || ($0.graph?.isBlankNode ?? false) })

        // Change one quad's predicate to a fresh one.
        var changed = shuffled
        let victim = try #require(changed.sorted().first)
        changed.remove(victim)
        changed.insert(Quad(victim.subject, IRI(unchecked: "http://ex/other"), victim.object, graph: victim.graph))
        #expect(!original.isIsomorphic(to: changed))
    }
}
