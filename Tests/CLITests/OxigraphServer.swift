import Foundation
import Glibc

/// A real Oxigraph server (the `oxigraph` CLI from PyPI, in the test venv) on a free port of
/// 127.0.0.1 with its own temporary store, stopped when the test is done.
final class OxigraphServer: @unchecked Sendable {
    let url: String
    let port: Int
    private let process: Process
    private let directory: URL

    /// `NEWSGRAPH_OXIGRAPH`, or the venv's CLI that `Tests/Interop/setup.sh` installs.
    static var binary: String? {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_OXIGRAPH"] { return path }
        let path = CLIRunner.packageRoot.appendingPathComponent(".build-venv/bin/oxigraph").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Whether the live-store tests run: with the CLI installed, or when CI requires them (then a
    /// missing CLI fails them instead of skipping).
    static var shouldRun: Bool { binary != nil || ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_PEERS"] == "1" }
    static let skipMessage = "no oxigraph CLI in .build-venv (Tests/Interop/setup.sh installs it; make test runs it)"

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        guard let binary = Self.binary else { throw Unavailable(description: Self.skipMessage) }
        port = try FreePort.find()
        url = "http://127.0.0.1:\(port)"
        directory = try CLIRunner.makeTemporaryDirectory()
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--location", directory.appendingPathComponent("store").path, "--bind", "127.0.0.1:\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while !FreePort.accepts(port) {
            guard Date() < deadline, process.isRunning else {
                stop()
                throw Unavailable(description: "oxigraph serve did not start on port \(port)")
            }
            usleep(50_000)
        }
    }

    /// Kills the server (as a crash would) and waits for it.
    func kill() {
        guard process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Stops the server (SIGKILL: `oxigraph serve` does not stop on SIGTERM; its store is
    /// temporary anyway) and removes its store.
    func stop() {
        kill()
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { stop() }

    /// The answer to a SPARQL query as CSV lines (header first).
    func query(_ sparql: String) throws -> [String] {
        let encoded = sparql.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let text = try HTTP.get(url + "/query?query=" + encoded, accept: "text/csv")
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }

    /// The number of triples in all graphs.
    func count(graph: String? = nil) throws -> Int {
        let pattern = graph.map { "GRAPH <\($0)> { ?s ?p ?o }" } ?? "GRAPH ?g { ?s ?p ?o }"
        let lines = try query("SELECT (COUNT(*) AS ?n) WHERE { \(pattern) }")
        return lines.count > 1 ? Int(lines[1].trimmingCharacters(in: .whitespaces)) ?? -1 : -1
    }

    /// Every quad in the store as sorted N-Quads lines.
    func quads() throws -> [String] {
        let text = try HTTP.get(url + "/store", accept: "application/n-quads")
        return text.split(separator: "\n").map(String.init).sorted()
    }

    /// One graph as sorted N-Triples lines.
    func triples(graph: String) throws -> [String] {
        let encoded = graph.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let text = try HTTP.get(url + "/store?graph=" + encoded, accept: "application/n-triples")
        return text.split(separator: "\n").map(String.init).sorted()
    }
}

/// Free ports and a minimal blocking HTTP GET for the tests (curl is not assumed).
enum FreePort {
    /// A port nothing listens on now (bound to port 0, then released).
    static func find() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw OxigraphServer.Unavailable(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(_ port: Int) -> Bool {
        guard let fd = connected(port) else { return false }
        close(fd)
        return true
    }

    /// A socket connected to 127.0.0.1:`port`, or nil.
    static func connected(_ port: Int) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        if ok { return fd }
        close(fd)
        return nil
    }
}

enum HTTP {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// GET `url` (http://127.0.0.1:PORT/…) and return the body; any status but 200 is an error.
    static func get(_ url: String, accept: String) throws -> String {
        guard let parsed = URL(string: url), let port = parsed.port else { throw Failure(description: "bad URL \(url)") }
        guard let fd = FreePort.connected(port) else { throw Failure(description: "cannot connect to \(url)") }
        defer { close(fd) }
        let target = parsed.path + (parsed.query.map { "?" + $0 } ?? "")
        let request = "GET \(target.isEmpty ? "/" : target) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: \(accept)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no answer from \(url)") }
        let head = String(text[..<split.lowerBound])
        guard head.hasPrefix("HTTP/1.1 200") else { throw Failure(description: "\(url): \(head.prefix(40))") }
        var body = String(text[split.upperBound...])
        if head.lowercased().contains("transfer-encoding: chunked") { body = dechunk(body) }
        return body
    }

    static func dechunk(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let line = rest.range(of: "\r\n") {
            guard let size = Int(rest[..<line.lowerBound].split(separator: ";")[0], radix: 16), size > 0 else { break }
            let start = line.upperBound
            let bytes = Array(rest[start...].utf8)
            out += String(decoding: bytes.prefix(size), as: UTF8.self)
            rest = Substring(String(decoding: bytes.dropFirst(size + 2), as: UTF8.self))
        }
        return out
    }
}
