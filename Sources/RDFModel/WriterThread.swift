import Glibc

/// A sink that hands statements to a serializer running on its own thread, so that parsing and
/// writing overlap on two cores. Statements travel in batches of copied bytes through a bounded
/// queue: memory stays constant and the output is the same, in the same order, as a direct run.
///
/// Call ``finish()`` to complete the document, or ``cancel()`` to stop without completing it.
/// Copies share the one writer thread; use one copy.
public struct WriterThread: RDFSerializer {
    private let worker: Worker
    private var current: QuadBatch
    private let batchSize: Int
    /// The number of statements received.
    public private(set) var count = 0

    /// Starts the writer thread. `batchSize` is the number of bytes collected before a handoff.
    public init(_ writer: any RDFSerializer, batchSize: Int = 1 << 18, queueLength: Int = 4) throws {
        self.batchSize = batchSize
        worker = try Worker(channel: BatchChannel(writer: writer, queueLength: queueLength))
        current = QuadBatch(capacity: batchSize)
    }

    public mutating func consume(_ quad: QuadRef) throws {
        count &+= 1
        current.append(quad)
        if current.byteCount >= batchSize { current = try worker.channel.push(current) }
    }

    public mutating func prefix(_ name: String, iri: String) throws { current.appendPrefix(name, iri: iri) }

    public mutating func base(_ iri: String) throws { current.appendBase(iri) }

    /// Writes what is left, completes the document on the writer thread and waits for it.
    /// - Throws: the first error the writer threw.
    public mutating func finish() throws {
        if !current.isEmpty { current = try worker.channel.push(current) }
        try worker.finish()
    }

    /// Stops the writer thread without completing the document.
    public func cancel() { worker.cancel() }

    /// The thread and its queue; stopping it is idempotent, and dropping it cancels.
    final class Worker {
        let channel: BatchChannel
        private var thread = pthread_t()
        private var isJoined = false

        init(channel: BatchChannel) throws {
            self.channel = channel
            let context = Unmanaged.passRetained(channel).toOpaque()
            let status = pthread_create(
                &thread, nil,
                { context in
                    guard let context else { return nil }
                    Unmanaged<BatchChannel>.fromOpaque(context).takeRetainedValue().run()
                    return nil
                }, context)
            guard status == 0 else {
                Unmanaged<BatchChannel>.fromOpaque(context).release()
                isJoined = true
                throw RDFSerializationError("cannot start the writer thread (error \(status))")
            }
        }

        deinit { cancel() }

        func finish() throws {
            channel.close(completing: true)
            join()
            if let failure = channel.failure { throw failure }
        }

        func cancel() {
            guard !isJoined else { return }
            channel.close(completing: false)
            join()
        }

        private func join() {
            guard !isJoined else { return }
            isJoined = true
            pthread_join(thread, nil)
        }
    }
}

/// The queue between the parsing thread and the writer thread, and the writer itself, which only
/// the writer thread touches once started.
final class BatchChannel: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var queue: [QuadBatch] = []
    private var spare: [QuadBatch] = []
    private let queueLength: Int
    private var isClosed = false
    private var isCompleting = false
    private var writer: any RDFSerializer
    private var storedFailure: (any Error)?

    init(writer: any RDFSerializer, queueLength: Int) {
        self.writer = writer
        self.queueLength = max(1, queueLength)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(mutex)
        changed.deallocate()
        mutex.deallocate()
    }

    var failure: (any Error)? { locked { storedFailure } }

    private func locked<R>(_ body: () throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Queues a full batch (waiting while the queue is full) and returns an empty one to fill.
    func push(_ batch: QuadBatch) throws -> QuadBatch {
        try locked {
            while queue.count >= queueLength && storedFailure == nil { pthread_cond_wait(changed, mutex) }
            if let storedFailure { throw storedFailure }
            queue.append(batch)
            pthread_cond_broadcast(changed)
            return spare.popLast() ?? QuadBatch(capacity: batch.byteCount)
        }
    }

    func close(completing: Bool) {
        locked {
            isClosed = true
            isCompleting = completing
            pthread_cond_broadcast(changed)
        }
    }

    /// The writer thread: replays batches until the queue is closed and empty.
    func run() {
        while var batch = nextBatch() {
            do {
                try batch.replay(into: &writer)
            } catch {
                locked { if storedFailure == nil { storedFailure = error } }
            }
            batch.removeAll()
            locked {
                spare.append(batch)
                pthread_cond_broadcast(changed)
            }
        }
        guard locked({ isCompleting && storedFailure == nil }) else { return }
        do {
            try writer.finish()
        } catch {
            locked { storedFailure = error }
        }
    }

    private func nextBatch() -> QuadBatch? {
        locked {
            while true {
                if storedFailure != nil || (isClosed && !isCompleting) { return nil }
                if !queue.isEmpty { return queue.removeFirst() }
                if isClosed { return nil }
                pthread_cond_wait(changed, mutex)
            }
        }
    }
}
