import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix

/// HTTP to a triple store through AsyncHTTPClient: timeouts on connecting, reading and writing,
/// credentials in a header (never in a message), and retries with exponential backoff for
/// idempotent requests only.
///
/// AsyncHTTPClient rather than FoundationNetworking's URLSession: request bodies stream from files
/// with a known length, timeouts are per phase (a stalled store is noticed while a large body is
/// still being sent), errors say which phase failed, and it links statically with no libcurl.
package final class StoreClient: Sendable {
    private let http: HTTPClient
    private let authorization: String?
    private let timeoutSeconds: Int
    private let retries: Int
    /// Seconds before the first retry; doubled for each next one.
    private let backoff: Double

    /// - Parameters:
    ///   - timeoutSeconds: the longest wait to connect, for an answer, or for the store to take
    ///     more of the request body.
    ///   - retries: how many times an idempotent request is tried again after a transient failure.
    ///   - authorization: the `Authorization` header's value, if any.
    package init(timeoutSeconds: Int, retries: Int, authorization: String?, backoff: Double = 0.5) {
        var configuration = HTTPClient.Configuration()
        let timeout = TimeAmount.seconds(Int64(timeoutSeconds))
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: timeout, read: timeout, write: timeout)
        configuration.redirectConfiguration = .disallow
        // Our own retries decide what is tried again (idempotent requests only), and a refused
        // connection is reported at once rather than after the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.authorization = authorization
        self.timeoutSeconds = timeoutSeconds
        self.retries = retries
        self.backoff = backoff
    }

    package func shutdown() async {
        try? await http.shutdown()
    }

    /// Sends `request` until it succeeds (a 2xx status), retrying transient failures of idempotent
    /// requests. `bodyLimit` bytes of the answer are kept.
    package func send(_ request: StoreRequest, bodyLimit: Int = 1 << 16) async throws(LoadError) -> StoreResponse {
        var attempt = 0
        while true {
            do {
                return try await sendOnce(request, bodyLimit: bodyLimit)
            } catch {
                guard error.isTransient, request.isIdempotent, attempt < retries else {
                    if attempt > 0 { throw LoadError(error.kind, error.message + " (after \(attempt + 1) attempts)") }
                    throw error
                }
                let delay = backoff * Double(1 << min(attempt, 10))
                attempt += 1
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            }
        }
    }

    private func sendOnce(_ request: StoreRequest, bodyLimit: Int) async throws(LoadError) -> StoreResponse {
        let shownURL = StoreEndpoints.redacted(request.url)
        var http = HTTPClientRequest(url: request.url)
        http.method = HTTPMethod(rawValue: request.method.rawValue)
        http.headers.add(name: "User-Agent", value: "newsgraph")
        if let contentType = request.contentType { http.headers.add(name: "Content-Type", value: contentType) }
        if let accept = request.accept { http.headers.add(name: "Accept", value: accept) }
        if let authorization { http.headers.add(name: "Authorization", value: authorization) }
        switch request.body {
        case .none:
            if request.method == .put || request.method == .post { http.body = .bytes(ByteBuffer()) }
        case .bytes(let bytes):
            http.body = .bytes(ByteBuffer(bytes: bytes))
        case .file(let path, let size):
            http.body = .stream(FileChunks(path: path), length: .known(Int64(size)))
        }
        do {
            let response = try await self.http.execute(http, deadline: .distantFuture)
            let body = try await response.body.collect(upTo: Int.max)
            var bytes = Array(body.readableBytesView)
            let status = Int(response.status.code)
            guard (200..<300).contains(status) else {
                if bytes.count > 500 { bytes = Array(bytes.prefix(500)) }
                let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
                throw LoadError(
                    .status(status),
                    "\(request.purpose): HTTP \(status) \(response.status.reasonPhrase) from \(request.method.rawValue) \(shownURL)"
                        + (text.isEmpty ? "" : ": \(text)"))
            }
            if bytes.count > bodyLimit { bytes = Array(bytes.prefix(bodyLimit)) }
            return StoreResponse(status: status, body: bytes)
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(.transport, "\(request.purpose): \(Self.describe(error, timeout: timeoutSeconds)) (\(request.method.rawValue) \(shownURL))")
        }
    }

    /// A transport failure in words.
    static func describe(_ error: any Error, timeout: Int) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .readTimeout: return "no answer from the store within \(timeout) s"
            case .writeTimeout: return "the store stopped taking the request for \(timeout) s"
            case .connectTimeout: return "could not connect within \(timeout) s"
            case .remoteConnectionClosed: return "the store closed the connection before answering"
            case .deadlineExceeded: return "no answer from the store in time"
            default: break
            }
        }
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return "cannot resolve host '\(error.host)'"
            }
            if error.connectionErrors.contains(where: { "\($0.error)".contains("refused") }) {
                return "connection refused by \(error.host):\(error.port) (is the store running there?)"
            }
            return "cannot connect to \(error.host):\(error.port): \(error.connectionErrors.map { "\($0.error)" }.joined(separator: "; "))"
        }
        let text = "\(error)"
        if text.contains("refused") { return "connection refused (is the store running there?)" }
        if text.contains("dnsA") || text.contains("NXDOMAIN") || text.contains("not known") { return "cannot resolve the store's host name" }
        return text
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
