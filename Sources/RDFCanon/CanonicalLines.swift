import Glibc
import RDFModel

/// Canonical N-Quads lines gathered from a parser and written sorted and distinct: the whole of
/// RDFC-1.0 for a dataset without blank nodes (which it leaves as it is, only sorted), and the
/// last step for one with them.
///
/// Statements arrive as borrowed ``QuadRef``s and are written straight into one byte arena in
/// their canonical form; there is no `Term`, `String` or hash table per statement. A run of
/// statements with the same subject (how N-Triples and Turtle writers lay data out) stores the
/// subject once; runs are sorted by subject, then each run's line tails (` P O [G] .\n`) are sorted
/// on their own. Sorting by subject, then tail, is sorting whole lines: a subject that is a prefix
/// of another is followed by a space, which sorts before any byte that can continue a term. Input
/// in any order gives the same output; grouped input is only faster.
package struct CanonicalLines: RDFSink {
    /// Thrown from ``consume(_:)`` at the first blank node when they are not allowed.
    package struct BlankNodeFound: Error {}

    /// A run of statements sharing a subject: the subject's bytes and the run's tails.
    struct Run {
        var subjectStart: Int
        var subjectEnd: Int
        var firstTail: Int
        var tailCount: Int
    }

    private let allowsBlankNodes: Bool
    private var arena = ByteWriter(output: MemoryOutput())
    var runs: [Run] = []
    /// Per statement, where its tail starts and ends in the arena.
    private var tailStarts: [Int] = []
    private var tailEnds: [Int] = []
    /// Statement indices, each run's range sorted by tail when the run ends (while its bytes are
    /// still in cache).
    var order: [Int] = []
    /// The length of the prefix every subject shares with the first one.
    private var subjectCommonPrefix = Int.max

    /// - Parameter allowsBlankNodes: when `false`, ``consume(_:)`` throws ``BlankNodeFound`` at
    ///   the first blank node, so a caller can switch to the full algorithm.
    package init(allowsBlankNodes: Bool) {
        self.allowsBlankNodes = allowsBlankNodes
    }

    /// Makes room for the statements of an N-Quads document of about `inputBytes` bytes.
    package mutating func reserve(inputBytes: Int) {
        arena.reserve(inputBytes + inputBytes / 8)
        Self.adviseHugePages(UnsafeMutableRawPointer(arena.base), count: arena.capacity)
        tailStarts.reserveCapacity(inputBytes / 64)
        tailEnds.reserveCapacity(inputBytes / 64)
        order.reserveCapacity(inputBytes / 64)
    }

    /// Asks the kernel to back a large buffer with huge pages: filling 100 MB of fresh 4 KiB
    /// pages costs more in page faults than writing the bytes.
    static func adviseHugePages(_ start: UnsafeMutableRawPointer, count: Int) {
        let huge = 1 << 21
        let first = (Int(bitPattern: start) + huge - 1) & ~(huge - 1)
        let last = (Int(bitPattern: start) + count) & ~(huge - 1)
        guard last > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(aligned, last - first, MADV_HUGEPAGE)
    }

    /// The number of statements received (duplicates included).
    package var statementCount: Int { tailStarts.count }

    package mutating func consume(_ quad: QuadRef) throws {
        if !allowsBlankNodes,
            quad.subject.kind == .blankNode || quad.object.kind == .blankNode || quad.graph.kind == .blankNode
        {
            throw BlankNodeFound()
        }
        let subjectStart = arena.count
        arena.appendNTriplesTerm(quad.subject)
        if let last = runs.last, bytesEqual(subject(last), bytes(subjectStart, arena.count)) {
            arena.count = subjectStart
        } else {
            sortLastRun()
            if let first = runs.first {
                subjectCommonPrefix = min(subjectCommonPrefix, Self.commonPrefix(subject(first), bytes(subjectStart, arena.count)))
            }
            runs.append(Run(subjectStart: subjectStart, subjectEnd: arena.count, firstTail: tailStarts.count, tailCount: 0))
        }
        tailStarts.append(arena.count)
        arena.append(UInt8(ascii: " "))
        arena.appendNTriplesTerm(quad.predicate)
        arena.append(UInt8(ascii: " "))
        arena.appendNTriplesTerm(quad.object)
        if quad.graph.kind != .defaultGraph {
            arena.append(UInt8(ascii: " "))
            arena.appendNTriplesTerm(quad.graph)
        }
        arena.append(UInt8(ascii: " "), UInt8(ascii: "."))
        arena.append(UInt8(ascii: "\n"))
        tailEnds.append(arena.count)
        order.append(order.count)
        runs[runs.count - 1].tailCount += 1
    }

    /// Sorts the tails of the last run, unless they are in order already.
    mutating func sortLastRun() {
        guard let run = runs.last, run.tailCount > 1 else { return }
        let range = run.firstTail..<(run.firstTail + run.tailCount)
        var sorted = true
        for index in range.dropFirst() where !Self.precedes(tail(index - 1), tail(index)) {
            sorted = false
            break
        }
        if sorted { return }
        var slice = Array(order[range])
        sortTails(&slice)
        order.replaceSubrange(range, with: slice)
    }

    /// Adds `quad` (blank nodes as they are labelled).
    package mutating func add(_ quad: Quad) {
        quad.withRef { try? consume($0) }
    }

    /// Writes the distinct lines, sorted by their bytes (code point order), into `writer`.
    package mutating func write(into writer: inout ByteWriter) throws {
        try Self.write([self], into: &writer)
    }

    /// Writes the distinct lines of all `pieces` (a document parsed in pieces), sorted, into `writer`.
    package static func write(_ pieces: [CanonicalLines], into writer: inout ByteWriter) throws {
        let document = CanonicalDocument(pieces)
        try document.write(groups: 0..<document.groupCount, into: &writer)
    }

    /// The canonical N-Quads document.
    package mutating func string() -> String {
        let output = MemoryOutput()
        var writer = ByteWriter(output: output)
        try? write(into: &writer)  // a MemoryOutput never fails
        try? writer.flush()
        return String(decoding: output.bytes, as: UTF8.self)
    }

    // MARK: - Sorting

    struct RunReference {
        var piece: Int
        var run: Int
    }

    struct LineReference {
        var piece: Int
        var tail: Int
    }

    /// The runs of all pieces in subject order: an eight-byte key taken past the prefix all
    /// subjects share decides most comparisons; equal keys compare the whole subjects.
    static func sortedRuns(_ pieces: [CanonicalLines]) -> [RunReference] {
        var offset = pieces.map(\.subjectCommonPrefix).min() ?? 0
        if let first = pieces.first?.runs.first.map({ pieces[0].subject($0) }) {
            for piece in pieces.dropFirst() {
                guard let other = piece.runs.first.map({ piece.subject($0) }) else { continue }
                offset = min(offset, commonPrefix(first, other))
            }
        }
        if offset == .max { offset = 0 }
        var keyed: [(key: UInt64, run: RunReference)] = []
        keyed.reserveCapacity(pieces.reduce(0) { $0 + $1.runs.count })
        for (index, piece) in pieces.enumerated() {
            for (run, value) in piece.runs.enumerated() {
                keyed.append((Self.key(piece.subject(value), from: offset), RunReference(piece: index, run: run)))
            }
        }
        keyed.sort { a, b in
            if a.key != b.key { return a.key < b.key }
            let x = pieces[a.run.piece].subject(pieces[a.run.piece].runs[a.run.run])
            let y = pieces[b.run.piece].subject(pieces[b.run.piece].runs[b.run.run])
            if precedes(x, y) { return true }
            if precedes(y, x) { return false }
            return (a.run.piece, a.run.run) < (b.run.piece, b.run.run)
        }
        return keyed.map(\.run)
    }

    private func sortTails(_ tails: inout [Int]) {
        if tails.count < 2 { return }
        if tails.count <= 16 {
            // Insertion sort: runs are short and often nearly in order.
            for i in 1..<tails.count {
                let moving = tails[i]
                var j = i
                while j > 0, Self.precedes(tail(moving), tail(tails[j - 1])) {
                    tails[j] = tails[j - 1]
                    j -= 1
                }
                tails[j] = moving
            }
        } else {
            tails.sort { Self.precedes(tail($0), tail($1)) }
        }
    }

    /// The big-endian value of up to eight bytes of `bytes` from `offset` (zero-padded): a
    /// smaller key means smaller bytes, and equal keys need a full comparison.
    private static func key(_ bytes: UnsafeRawBufferPointer, from offset: Int) -> UInt64 {
        var key: UInt64 = 0
        for index in offset..<(offset + 8) {
            key <<= 8
            if index < bytes.count { key |= UInt64(bytes[index]) }
        }
        return key
    }

    private static func commonPrefix(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let limit = min(a.count, b.count)
        var length = 0
        while length < limit, a[length] == b[length] { length += 1 }
        return length
    }

    // MARK: - Arena access

    private func bytes(_ start: Int, _ end: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: arena.base + start, count: end - start)
    }

    func tail(_ index: Int) -> UnsafeRawBufferPointer { bytes(tailStarts[index], tailEnds[index]) }

    func subject(_ run: Run) -> UnsafeRawBufferPointer { bytes(run.subjectStart, run.subjectEnd) }

    /// Whether `a` sorts before `b` byte by byte, eight bytes a step.
    static func precedes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let n = min(a.count, b.count)
        guard n > 0, let p = a.baseAddress, let q = b.baseAddress else { return a.count < b.count }
        var i = 0
        while i &+ 8 <= n {
            let x = UInt64(bigEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let y = UInt64(bigEndian: q.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if x != y { return x < y }
            i &+= 8
        }
        while i < n {
            let x = p.load(fromByteOffset: i, as: UInt8.self)
            let y = q.load(fromByteOffset: i, as: UInt8.self)
            if x != y { return x < y }
            i &+= 1
        }
        return a.count < b.count
    }
}
