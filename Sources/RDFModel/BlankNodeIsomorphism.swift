/// Decides whether two datasets are equal up to a bijective renaming of blank nodes.
///
/// Ground quads (without blank nodes) are compared as sets. Blank nodes are coloured by
/// iterative colour refinement (the colour of a node is hashed with the quads it occurs in, where
/// the other blank nodes stand for their current colour) until the partition is stable; ties are
/// then broken by individualizing one node on each side and backtracking over the candidates
/// (the scheme of nauty-style canonical labelling). Every complete candidate mapping is checked
/// against the quads, so hash collisions can slow the search but never make it wrong.
///
/// Language tags are compared case-insensitively, as BCP 47 tags are.
struct BlankNodeIsomorphism {
    /// One dataset's quads in a form shared with the other dataset.
    struct Side {
        var ground: Set<Slots> = []
        var blankQuads: [Slots] = []
        var blankQuadSet: Set<Slots> = []
        /// For each blank node, the indices of the blank quads it occurs in (once per quad).
        var incidence: [[Int32]] = []
    }

    /// A quad whose positions are ground term ids, or ``blankFlag`` | blank node index.
    struct Slots: Hashable {
        var values: (UInt64, UInt64, UInt64, UInt64)

        static func == (a: Slots, b: Slots) -> Bool { a.values == b.values }

        func hash(into hasher: inout Hasher) {
            hasher.combine(values.0)
            hasher.combine(values.1)
            hasher.combine(values.2)
            hasher.combine(values.3)
        }

        subscript(i: Int) -> UInt64 {
            switch i {
            case 0: values.0
            case 1: values.1
            case 2: values.2
            default: values.3
            }
        }

        func mapped(_ mapping: [Int]) -> Slots {
            func map(_ v: UInt64) -> UInt64 {
                v & blankFlag == 0 ? v : blankFlag | UInt64(mapping[Int(v & ~blankFlag)])
            }
            return Slots(values: (map(values.0), map(values.1), map(values.2), map(values.3)))
        }

        var hasBlank: Bool {
            (values.0 | values.1 | values.2 | values.3) & blankFlag != 0
        }
    }

    static let blankFlag: UInt64 = 1 << 63

    /// Ground terms of both sides, by exact bytes (language tags lower-cased).
    var groundIDs = TermInterner()
    var a = Side()
    var b = Side()

    // MARK: - Public API

    static func areIsomorphic(_ x: Dataset, _ y: Dataset) -> Bool {
        guard x.count == y.count else { return false }
        var checker = BlankNodeIsomorphism()
        checker.a = checker.side(of: x)
        checker.b = checker.side(of: y)
        return checker.run()
    }

    // MARK: - Building the sides

    private mutating func side(of dataset: Dataset) -> Side {
        var side = Side()
        // Dataset id → slot value, computed once per term.
        var slotOf = [UInt64](repeating: 0, count: dataset.terms.count + 1)
        var blankCount = 0
        for (i, term) in dataset.terms.enumerated() {
            if case .blankNode = term {
                slotOf[i + 1] = Self.blankFlag | UInt64(blankCount)
                blankCount += 1
            } else {
                // 0 is the default graph; ground ids start at 1.
                slotOf[i + 1] = UInt64(TermKey.of(term, lowercasingLanguage: true).withUnsafeBytes { groundIDs.intern($0).id })
            }
        }
        side.incidence = Array(repeating: [], count: blankCount)
        for quad in dataset.storage {
            let slots = Slots(
                values: (slotOf[Int(quad.subject)], slotOf[Int(quad.predicate)], slotOf[Int(quad.object)],
                    slotOf[Int(quad.graph)]))
            if slots.hasBlank {
                let index = Int32(side.blankQuads.count)
                side.blankQuads.append(slots)
                side.blankQuadSet.insert(slots)
                var seen: [UInt64] = []
                for i in 0..<4 where slots[i] & Self.blankFlag != 0 && !seen.contains(slots[i]) {
                    seen.append(slots[i])
                    side.incidence[Int(slots[i] & ~Self.blankFlag)].append(index)
                }
            } else {
                side.ground.insert(slots)
            }
        }
        return side
    }

    // MARK: - Search

    private func run() -> Bool {
        guard a.ground == b.ground, a.blankQuads.count == b.blankQuads.count,
            a.incidence.count == b.incidence.count
        else { return false }
        if a.incidence.isEmpty { return true }
        let start = [UInt64](repeating: 0, count: a.incidence.count)
        return search(start, start)
    }

    /// Refines both colourings in lockstep to a stable partition, then backtracks over ties.
    private func search(_ startA: [UInt64], _ startB: [UInt64]) -> Bool {
        var colourA = startA
        var colourB = startB
        guard stabilize(&colourA, &colourB) else { return false }
        let classesA = Self.classes(colourA)
        let classesB = Self.classes(colourB)
        var chosen: (colour: UInt64, size: Int)?
        for (colour, members) in classesA where members.count > 1 {
            if let current = chosen,
                current.size < members.count || (current.size == members.count && current.colour < colour)
            {
                continue
            }
            chosen = (colour, members.count)
        }
        guard let chosen else {
            // Every colour is unique on both sides: the colours define the only candidate bijection.
            var mapping = [Int](repeating: 0, count: colourA.count)
            for (node, colour) in colourA.enumerated() {
                guard let image = classesB[colour]?.first else { return false }
                mapping[node] = image
            }
            return a.blankQuads.allSatisfy { b.blankQuadSet.contains($0.mapped(mapping)) }
        }
        guard let node = classesA[chosen.colour]?.first, let candidates = classesB[chosen.colour] else {
            return false
        }
        let individual = Self.mix(chosen.colour ^ 0x5851_F42D_4C95_7F2D)
        for candidate in candidates {
            var nextA = colourA
            var nextB = colourB
            nextA[node] = individual
            nextB[candidate] = individual
            if search(nextA, nextB) { return true }
        }
        return false
    }

    /// Refines until the number of colour classes stops growing; `false` when the sides' colour
    /// multisets differ at some round (then no isomorphism exists).
    private func stabilize(_ colourA: inout [UInt64], _ colourB: inout [UInt64]) -> Bool {
        guard colourA.sorted() == colourB.sorted() else { return false }
        var classCount = Set(colourA).count
        while true {
            colourA = refine(colourA, a)
            colourB = refine(colourB, b)
            let sortedA = colourA.sorted()
            guard sortedA == colourB.sorted() else { return false }
            var distinct = sortedA.isEmpty ? 0 : 1
            for i in sortedA.indices.dropFirst() where sortedA[i] != sortedA[i - 1] { distinct += 1 }
            if distinct == classCount { return true }
            classCount = distinct
        }
    }

    private func refine(_ colours: [UInt64], _ side: Side) -> [UInt64] {
        var next = colours
        for node in colours.indices {
            var sum: UInt64 = 0
            for q in side.incidence[node] {
                sum &+= quadHash(side.blankQuads[Int(q)], node: node, colours)
            }
            next[node] = Self.mix(colours[node] &+ Self.mix(sum))
        }
        return next
    }

    /// A hash of `quad` seen from `node`: `node` itself is a marker, other blank nodes their colour.
    private func quadHash(_ quad: Slots, node: Int, _ colours: [UInt64]) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<4 {
            let slot = quad[i]
            let value: UInt64
            if slot & Self.blankFlag == 0 {
                value = slot &* 0x2545_F491_4F6C_DD1D
            } else {
                let other = Int(slot & ~Self.blankFlag)
                value = other == node ? 0xD6E8_FEB8_6659_FD93 : Self.mix(colours[other] ^ 0xA076_1D64_78BD_642F)
            }
            h = Self.mix((h ^ value) &+ UInt64(i))
        }
        return h
    }

    private static func classes(_ colours: [UInt64]) -> [UInt64: [Int]] {
        var result: [UInt64: [Int]] = [:]
        for (node, colour) in colours.enumerated() { result[colour, default: []].append(node) }
        return result
    }

    /// The SplitMix64 finalizer.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Dataset {
    /// Whether the datasets are equal up to a bijective renaming of blank nodes
    /// ([isomorphism](https://www.w3.org/TR/rdf11-concepts/#section-dataset-isomorphism)),
    /// comparing language tags case-insensitively.
    ///
    /// - Warning: The worst case is exponential in the number of blank nodes (highly regular
    ///   blank-node structures); typical data is refined to unique colours in a few rounds.
    public func isIsomorphic(to other: Dataset) -> Bool {
        BlankNodeIsomorphism.areIsomorphic(self, other)
    }
}
