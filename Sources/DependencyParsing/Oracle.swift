/// A gold dependency tree over words `1...n`: `heads[i]` and `labels[i]` for `i` in `1...n`
/// (index 0, the root, holds `-1`). Labels are indices into the parser's label list.
struct GoldTree: Sendable, Equatable {
    var heads: [Int]
    var labels: [Int]

    var count: Int { heads.count - 1 }
}

/// The static oracle of the arc-hybrid system: the canonical move sequence that builds a
/// projective gold tree (LEFT as soon as possible, RIGHT once `s0` has all its dependents).
struct StaticOracle {
    let gold: GoldTree

    /// The next canonical move, or `nil` when the configuration cannot reach the gold tree this way.
    func move(in config: Configuration) -> Move? {
        let s0 = config.stackItem(0)
        let b0 = config.bufferItem(0)
        if s0 > 0, b0 > 0, gold.heads[s0] == b0 {
            return .left(label: gold.labels[s0])
        }
        let s1 = config.stackItem(1)
        if s0 > 0, s1 >= 0, gold.heads[s0] == s1, config.isValid(kind: 2),
            !hasGoldDependent(s0, inBufferOf: config)
        {
            return .right(label: gold.labels[s0])
        }
        return config.isValid(kind: 0) ? .shift : nil
    }

    private func hasGoldDependent(_ word: Int, inBufferOf config: Configuration) -> Bool {
        var index = config.front
        while index <= config.count {
            if gold.heads[index] == word { return true }
            index += 1
        }
        return false
    }
}

/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): for any configuration,
/// the number of gold arcs each move makes unreachable. The system is arc-decomposable, so a move
/// of cost zero keeps the best tree still reachable reachable; costs are exact for projective
/// gold trees. Labeled moves add one when they build a gold arc with the wrong label.
struct DynamicOracle {
    let gold: GoldTree

    /// Costs of the move kinds SHIFT, LEFT, RIGHT (unlabeled), or `nil` where invalid.
    func kindCosts(in config: Configuration) -> (shift: Int?, left: Int?, right: Int?) {
        let s0 = config.stackItem(0)
        let s1 = config.stackItem(1)
        let b0 = config.bufferItem(0)
        var shift: Int?
        var left: Int?
        var right: Int?
        if config.isValid(kind: 0) {
            // b0 loses its dependents on the stack, and its head if that is below s0.
            var cost = 0
            for depth in 0..<config.stack.count {
                let item = Int(config.stack[depth])
                if item > 0, gold.heads[item] == b0 { cost += 1 }
                if depth < config.stack.count - 1, gold.heads[b0] == item { cost += 1 }
            }
            shift = cost
        }
        if config.isValid(kind: 1) || config.isValid(kind: 2) {
            let head = gold.heads[s0]
            let dependentsInBuffer = dependents(of: s0, from: config.front, in: config)
            if config.isValid(kind: 1) {
                // s0 gets b0 as head: it loses its buffer dependents, and its gold head if that
                // is s1 or deeper in the buffer.
                left = dependentsInBuffer + (head != b0 && (head == s1 || head > b0) ? 1 : 0)
            }
            if config.isValid(kind: 2) {
                right = dependentsInBuffer + (head >= config.front && config.front <= config.count ? 1 : 0)
            }
        }
        return (shift, left, right)
    }

    /// The cost of a labeled move given the kind costs (`nil` where invalid).
    func cost(of move: Move, kindCosts: (shift: Int?, left: Int?, right: Int?), in config: Configuration) -> Int? {
        switch move {
        case .shift:
            return kindCosts.shift
        case .left(let label):
            guard let cost = kindCosts.left else { return nil }
            let s0 = config.stackItem(0)
            return cost + (gold.heads[s0] == config.bufferItem(0) && gold.labels[s0] != label ? 1 : 0)
        case .right(let label):
            guard let cost = kindCosts.right else { return nil }
            let s0 = config.stackItem(0)
            return cost + (gold.heads[s0] == config.stackItem(1) && gold.labels[s0] != label ? 1 : 0)
        }
    }

    private func dependents(of word: Int, from start: Int, in config: Configuration) -> Int {
        var total = 0
        var index = start
        while index <= config.count {
            if gold.heads[index] == word { total += 1 }
            index += 1
        }
        return total
    }
}
