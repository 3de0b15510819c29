/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) over a sentence of
/// `n` words numbered `1...n`, with the artificial root `0` at the bottom of the stack.
///
/// Moves: SHIFT pushes the buffer front `b0`; LEFT-ARC(l) makes `b0` the head of the stack top
/// `s0` and pops it; RIGHT-ARC(l) makes the word below the top, `s1`, the head of `s0` and pops it.
/// RIGHT-ARC onto the root is only allowed when the buffer is empty and the root word is the last
/// one on the stack, so every parse is a single-rooted tree that covers every word.
enum Move: Equatable, Hashable, Sendable {
    case shift
    case left(label: Int)
    case right(label: Int)

    /// The move's class number: SHIFT is 0, LEFT(l) is `1 + 2l`, RIGHT(l) is `2 + 2l`.
    var classIndex: Int {
        switch self {
        case .shift: 0
        case .left(let label): 1 + 2 * label
        case .right(let label): 2 + 2 * label
        }
    }

    init(classIndex: Int) {
        if classIndex == 0 {
            self = .shift
        } else if classIndex % 2 == 1 {
            self = .left(label: (classIndex - 1) / 2)
        } else {
            self = .right(label: (classIndex - 2) / 2)
        }
    }

    static func classCount(labels: Int) -> Int { 1 + 2 * labels }

    /// The move kind, ignoring the label: 0 SHIFT, 1 LEFT, 2 RIGHT.
    var kind: Int {
        switch self {
        case .shift: 0
        case .left: 1
        case .right: 2
        }
    }
}

/// A parser state: the stack, the buffer (a position, since arc-hybrid only ever takes the buffer
/// front), and the arcs built so far, with the child bookkeeping the features read.
struct Configuration: Sendable {
    /// Word count (without the root).
    let count: Int
    /// The stack of word numbers, root (`0`) first.
    private(set) var stack: [Int32]
    /// The buffer front; the buffer is `front...count`, empty when `front > count`.
    private(set) var front: Int
    /// Per word `0...count`: the head (`-1` when none yet) and the label (`-1` when none).
    private(set) var heads: [Int32]
    private(set) var labels: [Int32]
    /// Per word: the two leftmost and two rightmost children so far (`-1` when missing),
    /// the number of left and right children, and bit sets of their labels (label mod 64).
    private(set) var leftmost: [Int32]
    private(set) var leftmost2: [Int32]
    private(set) var rightmost: [Int32]
    private(set) var rightmost2: [Int32]
    private(set) var leftCount: [Int32]
    private(set) var rightCount: [Int32]
    private(set) var leftLabels: [UInt64]
    private(set) var rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        stack = [0]
        stack.reserveCapacity(count + 1)
        front = 1
        let none = [Int32](repeating: -1, count: count + 1)
        heads = none
        labels = none
        leftmost = none
        leftmost2 = none
        rightmost = none
        rightmost2 = none
        leftCount = [Int32](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
    }

    var isTerminal: Bool { front > count && stack.count == 1 }
    var isBufferEmpty: Bool { front > count }

    /// The stack element `depth` from the top (0 = top), or `-1`.
    @inline(__always)
    func stackItem(_ depth: Int) -> Int {
        let index = stack.count - 1 - depth
        return index >= 0 ? Int(stack[index]) : -1
    }

    /// The buffer element `offset` after the front, or `-1`.
    @inline(__always)
    func bufferItem(_ offset: Int) -> Int {
        let word = front + offset
        return word <= count ? word : -1
    }

    func isValid(_ move: Move) -> Bool { isValid(kind: move.kind) }

    /// Whether moves of kind 0 SHIFT, 1 LEFT, 2 RIGHT are allowed here.
    @inline(__always)
    func isValid(kind: Int) -> Bool {
        switch kind {
        case 0:
            return front <= count
        case 1:
            return front <= count && stack.count > 1
        default:
            guard stack.count > 1 else { return false }
            // RIGHT onto the root only as the very last move.
            return stack.count > 2 || front > count
        }
    }

    mutating func apply(_ move: Move) {
        switch move {
        case .shift:
            stack.append(Int32(front))
            front += 1
        case .left(let label):
            let dependent = Int(stack.removeLast())
            attach(dependent, to: front, label: label)
        case .right(let label):
            let dependent = Int(stack.removeLast())
            attach(dependent, to: Int(stack[stack.count - 1]), label: label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = Int32(head)
        labels[dependent] = Int32(label)
        let bit = UInt64(1) << UInt64(label & 63)
        let d = Int32(dependent)
        if dependent < head {
            leftCount[head] += 1
            leftLabels[head] |= bit
            // Keep the two smallest (and below, the two largest) indices whatever the order.
            if leftmost[head] < 0 || d < leftmost[head] {
                leftmost2[head] = leftmost[head]
                leftmost[head] = d
            } else if leftmost2[head] < 0 || d < leftmost2[head] {
                leftmost2[head] = d
            }
        } else {
            rightCount[head] += 1
            rightLabels[head] |= bit
            if rightmost[head] < 0 || d > rightmost[head] {
                rightmost2[head] = rightmost[head]
                rightmost[head] = d
            } else if rightmost2[head] < 0 || d > rightmost2[head] {
                rightmost2[head] = d
            }
        }
    }
}
