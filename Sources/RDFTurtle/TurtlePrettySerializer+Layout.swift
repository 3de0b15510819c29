import RDFModel

/// Plans and writes the pretty layout of a dataset, one graph at a time.
///
/// A blank node is a *candidate* for inlining when it is the object of exactly one quad, occurs
/// in only one graph and names no graph. Starting from the subjects that are not candidates
/// (sorted), candidates are reached through the objects; a reached candidate is written where it
/// is referenced, as `( … )` when it heads a well-formed collection whose nodes are all
/// candidates, as `[ … ]` otherwise. Candidates left unreached sit on cycles: the first of them
/// (in term order) becomes a labelled top-level subject, and so on until all are reached. Nesting
/// deeper than ``maxDepth`` is cut the same way, so writing never recurses without bound.
struct PrettyRenderer {
    enum Shape {
        case inline
        case list([UInt32])
    }

    static let maxDepth = 48
    static let noGraph = UInt32.max
    static let manyGraphs = UInt32.max - 1

    let dataset: Dataset
    let terms: TurtleTermWriter
    let format: TurtleFormat
    /// Per term id: the term's position in ``RDFModel/Term`` order.
    var rank: [Int32]
    /// Per term id: how many quads have the term as object.
    var objectCount: [Int32]
    /// Per term id: the graph the term occurs in as subject or object, or a marker.
    var homeGraph: [UInt32]
    var isGraphName: [Bool]
    /// Per term id: whether the term is a blank node.
    var isBlank: [Bool]
    let typeID: UInt32?
    let firstID: UInt32?
    let restID: UInt32?
    let nilID: UInt32?

    // Per graph:
    /// The graph's quads by subject rank, then rdf:type first, predicate rank, object rank.
    var sortedQuads: [EncodedQuad] = []
    /// Per subject: its quads in ``sortedQuads``.
    var ranges: [UInt32: Range<Int>] = [:]
    var shape: [UInt32: Shape] = [:]
    var reached: Set<UInt32> = []
    var forcedRoots: Set<UInt32> = []
    var queue: [UInt32] = []
    var graph: UInt32 = 0
    /// Per object referenced once in the graph: the subject referencing it.
    var referrer: [UInt32: UInt32] = [:]

    init(dataset: Dataset, terms: TurtleTermWriter, format: TurtleFormat) {
        self.dataset = dataset
        self.terms = terms
        self.format = format
        let termCount = dataset.terms.count + 1
        rank = Array(repeating: 0, count: termCount)
        for (position, index) in dataset.terms.indices.sorted(by: { dataset.terms[$0] < dataset.terms[$1] }).enumerated() {
            rank[index + 1] = Int32(position)
        }
        objectCount = Array(repeating: 0, count: termCount)
        homeGraph = Array(repeating: Self.noGraph, count: termCount)
        isGraphName = Array(repeating: false, count: termCount)
        isBlank = [false] + dataset.terms.map(\.isBlankNode)
        for quad in dataset.storage {
            objectCount[Int(quad.object)] += 1
            for node in [quad.subject, quad.object] {
                let home = homeGraph[Int(node)]
                homeGraph[Int(node)] = home == Self.noGraph || home == quad.graph ? quad.graph : Self.manyGraphs
            }
            isGraphName[Int(quad.graph)] = quad.graph != Dataset.defaultGraphID
        }
        typeID = dataset.id(of: .iri(RDF.type))
        firstID = dataset.id(of: .iri(RDF.first))
        restID = dataset.id(of: .iri(RDF.rest))
        nilID = dataset.id(of: .iri(RDF.nil_))
    }

    // MARK: - Planning

    /// Lays out graph `g` and returns its top-level subjects, sorted.
    mutating func plan(graph g: UInt32) -> [UInt32] {
        graph = g
        referrer = [:]
        shape = [:]
        reached = []
        forcedRoots = []
        queue = []
        let typeID = self.typeID
        let rank = self.rank
        func predicateKey(_ p: UInt32) -> Int32 { p == typeID ? -1 : rank[Int(p)] }
        sortedQuads = (dataset.byGraph[g] ?? []).sorted { a, b in
            if a.subject != b.subject { return rank[Int(a.subject)] < rank[Int(b.subject)] }
            if a.predicate != b.predicate { return predicateKey(a.predicate) < predicateKey(b.predicate) }
            return rank[Int(a.object)] < rank[Int(b.object)]
        }
        ranges = [:]
        var subjects: [UInt32] = []
        var start = 0
        for (i, quad) in sortedQuads.enumerated() {
            if objectCount[Int(quad.object)] == 1 { referrer[quad.object] = quad.subject }
            if i + 1 == sortedQuads.count || sortedQuads[i + 1].subject != quad.subject {
                ranges[quad.subject] = start..<(i + 1)
                subjects.append(quad.subject)
                start = i + 1
            }
        }
        var roots = subjects.filter { !isCandidate($0) }
        queue = roots
        drainQueue()
        for subject in subjects where isCandidate(subject) && !reached.contains(subject) {
            // Unreached: its referrers lead round a cycle of candidates; cut it at its first node.
            let root = firstNodeOfCycle(above: subject)
            forcedRoots.insert(root)
            queue.append(root)
            drainQueue()
        }
        roots = subjects.filter { !isCandidate($0) }
        return roots
    }

    /// Follows the referrers of an unreached candidate to the cycle they must enter, and returns
    /// the cycle's first node in term order.
    private func firstNodeOfCycle(above start: UInt32) -> UInt32 {
        var path: [UInt32] = []
        var onPath: Set<UInt32> = []
        var node = start
        while onPath.insert(node).inserted {
            path.append(node)
            guard let next = referrer[node], isCandidate(next), !reached.contains(next) else { return start }
            node = next
        }
        let cycle = path[(path.firstIndex(of: node) ?? 0)...]
        return cycle.min { rank[Int($0)] < rank[Int($1)] } ?? start
    }

    /// The quads whose subject is `id`, sorted.
    func properties(of id: UInt32) -> ArraySlice<EncodedQuad> {
        guard let range = ranges[id] else { return [] }
        return sortedQuads[range]
    }

    /// Whether blank node `id` may be written where it is referenced.
    func isCandidate(_ id: UInt32) -> Bool {
        let i = Int(id)
        return isBlank[i] && objectCount[i] == 1 && homeGraph[i] == graph && !isGraphName[i] && !forcedRoots.contains(id)
    }

    /// Whether a top-level blank subject can be written as `[ … ] .`: nothing references it.
    func isAnonymousRoot(_ id: UInt32) -> Bool {
        let i = Int(id)
        return isBlank[i] && objectCount[i] == 0 && homeGraph[i] == graph && !isGraphName[i]
    }

    private mutating func drainQueue() {
        while let root = queue.popLast() {
            for quad in properties(of: root) { visit(quad.object, depth: 0) }
        }
    }

    private mutating func visit(_ id: UInt32, depth: Int) {
        guard isCandidate(id), !reached.contains(id) else { return }
        if depth >= Self.maxDepth {
            forcedRoots.insert(id)
            queue.append(id)
            return
        }
        reached.insert(id)
        if let (nodes, items) = collection(startingAt: id) {
            reached.formUnion(nodes)
            shape[id] = .list(items)
            for item in items { visit(item, depth: depth + 1) }
        } else {
            shape[id] = .inline
            for quad in properties(of: id) { visit(quad.object, depth: depth + 1) }
        }
    }

    /// The nodes and items of the well-formed collection headed by `head`: every node a candidate
    /// with exactly one rdf:first and one rdf:rest, the last rest rdf:nil.
    private func collection(startingAt head: UInt32) -> (nodes: [UInt32], items: [UInt32])? {
        guard let firstID, let restID, let nilID else { return nil }
        var nodes: [UInt32] = []
        var seen: Set<UInt32> = []
        var items: [UInt32] = []
        var node = head
        while true {
            guard isCandidate(node), node == head || !reached.contains(node), seen.insert(node).inserted,
                ranges[node]?.count == 2
            else { return nil }
            var first: UInt32?
            var rest: UInt32?
            for quad in properties(of: node) {
                if quad.predicate == firstID { first = quad.object } else if quad.predicate == restID { rest = quad.object }
            }
            guard let first, let rest else { return nil }
            nodes.append(node)
            items.append(first)
            if rest == nilID { return (nodes, items) }
            node = rest
        }
    }
}
