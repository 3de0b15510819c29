import Foundation
import Glibc

/// A small HTTP server of the tests' own on 127.0.0.1 that misbehaves on purpose: answers with an
/// error status, stalls, or drops the connection, optionally only for the first requests.
final class FaultServer: @unchecked Sendable {
    enum Behaviour: Sendable {
        /// Answer with `status` and `body`.
        case status(Int, String)
        /// Read the request, never answer.
        case stall
        /// Read the request headers and part of the body, then close the connection.
        case drop
        /// Answer with the request's headers as the body, with `status` (a server that echoes
        /// what it got: credentials must still not be printed).
        case echo(Int)
    }

    let port: Int
    var url: String { "http://127.0.0.1:\(port)" }
    private let listener: Int32
    private let lock = NSLock()
    private var requests: [String] = []
    private var stopped = false
    /// Signalled when the accepting thread has returned, so the listener is closed only after.
    private let acceptorDone = DispatchSemaphore(value: 0)
    /// The behaviour for request n (0-based); the last one holds for all later requests.
    private let behaviours: [Behaviour]

    init(_ behaviours: [Behaviour]) throws {
        self.behaviours = behaviours
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 && listen(fd, 16) == 0
            }
        }
        guard ok else {
            close(fd)
            throw OxigraphServer.Unavailable(description: "fault server cannot listen")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// The request lines and headers received so far, one string per request.
    var received: [String] {
        lock.lock()
        defer { lock.unlock() }
        return requests
    }

    /// Stops accepting, once: shut the listener down (a blocked accept returns), wait for the
    /// accepting thread, and only then close it, so its descriptor number cannot have been reused
    /// by anyone else (a pipe of another test) while this server still uses it.
    func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        acceptorDone.wait()
        close(listener)
    }

    deinit { stop() }

    private func serve() {
        defer { acceptorDone.signal() }
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { return }
            lock.lock()
            let index = requests.count
            let done = stopped
            lock.unlock()
            if done {
                close(client)
                return
            }
            let behaviour = behaviours[min(index, behaviours.count - 1)]
            Thread { [self] in handle(client, behaviour) }.start()
        }
    }

    private func handle(_ client: Int32, _ behaviour: Behaviour) {
        defer { close(client) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        while headerEnd == nil {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return }
            data += buffer[0..<n]
            headerEnd = Self.find(data, Array("\r\n\r\n".utf8))
        }
        guard let headerEnd else { return }
        let head = String(decoding: data[..<headerEnd], as: UTF8.self)
        lock.lock()
        requests.append(head)
        lock.unlock()
        if case .drop = behaviour { return }
        // Read the body as announced.
        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
        var bodyRead = data.count - headerEnd - 4
        while bodyRead < length {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return }
            bodyRead += n
        }
        switch behaviour {
        case .status(let status, let body):
            respond(client, status, body)
        case .echo(let status):
            respond(client, status, head)
        case .stall:
            // Hold the connection until the client gives up.
            while recv(client, &buffer, buffer.count, 0) > 0 {}
        case .drop:
            return
        }
    }

    private func respond(_ client: Int32, _ status: Int, _ body: String) {
        let bytes = Array(body.utf8)
        let text = "HTTP/1.1 \(status) Status\r\nContent-Type: text/plain\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
        let all = Array(text.utf8) + bytes
        _ = all.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    private static func find(_ data: [UInt8], _ pattern: [UInt8]) -> Int? {
        guard data.count >= pattern.count else { return nil }
        for start in 0...(data.count - pattern.count) where data[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start
        }
        return nil
    }
}
