import RDFModel

/// The sorted, distinct lines of the ``CanonicalLines`` pieces of one document, as groups of lines
/// sharing a subject, in order. Ranges of groups can be sized and written apart, so two threads
/// can each write half of a large document at its place in the file. Nothing changes after
/// `init`, so threads may share it (its arenas are only read).
package struct CanonicalDocument: @unchecked Sendable {
    private var pieces: [CanonicalLines]
    private var runOrder: [CanonicalLines.RunReference]
    /// Where each group starts in `runOrder`, and its end.
    private var groupStarts: [Int] = []

    package init(_ pieces: [CanonicalLines]) {
        var pieces = pieces
        for index in pieces.indices { pieces[index].sortLastRun() }
        self.pieces = pieces
        runOrder = CanonicalLines.sortedRuns(pieces)
        // Runs with the same subject (the subject came back later in the input) are one group.
        var index = 0
        while index < runOrder.count {
            groupStarts.append(index)
            let first = subject(runOrder[index])
            index += 1
            while index < runOrder.count, bytesEqual(subject(runOrder[index]), first) { index += 1 }
        }
        groupStarts.append(runOrder.count)
    }

    /// The number of subjects.
    package var groupCount: Int { groupStarts.count - 1 }

    /// The number of bytes ``write(groups:into:)`` writes for `groups`.
    package func byteCount(groups: Range<Int>) -> Int {
        var count = 0
        forEachLine(groups) { subject, tail in count += subject.count + tail.count }
        return count
    }

    /// Writes the lines of `groups` into `writer`.
    package func write(groups: Range<Int>, into writer: inout ByteWriter) throws {
        try forEachLine(groups) { subject, tail in
            writer.append(subject)
            writer.append(tail)
            try writer.flushIfNeeded()
        }
    }

    /// Calls `body` with each distinct line of `groups`, in order, as its subject and its tail.
    private func forEachLine(
        _ groups: Range<Int>, _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var tails: [CanonicalLines.LineReference] = []
        for group in groups {
            let runs = runOrder[groupStarts[group]..<groupStarts[group + 1]]
            guard let firstRun = runs.first else { continue }
            let subject = subject(firstRun)
            tails.removeAll(keepingCapacity: true)
            for reference in runs {
                let piece = pieces[reference.piece]
                let run = piece.runs[reference.run]
                for tail in piece.order[run.firstTail..<(run.firstTail + run.tailCount)] {
                    tails.append(CanonicalLines.LineReference(piece: reference.piece, tail: tail))
                }
            }
            if runs.count > 1 {
                tails.sort { CanonicalLines.precedes(tail($0), tail($1)) }
            }
            var previous: UnsafeRawBufferPointer?
            for reference in tails {
                let bytes = tail(reference)
                if let previous, bytesEqual(previous, bytes) { continue }
                try body(subject, bytes)
                previous = bytes
            }
        }
    }

    private func subject(_ run: CanonicalLines.RunReference) -> UnsafeRawBufferPointer {
        pieces[run.piece].subject(pieces[run.piece].runs[run.run])
    }

    private func tail(_ line: CanonicalLines.LineReference) -> UnsafeRawBufferPointer {
        pieces[line.piece].tail(line.tail)
    }
}
