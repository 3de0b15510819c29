import Foundation
import NewsgraphTestSupport
import Testing

/// `newsgraph load` against a real Oxigraph server started for the test.
@Suite(
    "newsgraph load: a live Oxigraph", .serialized,
    .enabled(if: OxigraphServer.shouldRun, Comment(rawValue: OxigraphServer.skipMessage)))
struct LoadIntoOxigraphTests {
    static let seed = "seeds/000_dbe25a89b6a06857.txt"
    static let corrected = "samples/esper-visit-corrected.txt"

    /// The statement count in `loaded N statements into …`.
    static func sent(_ stderr: String) -> Int? {
        guard let range = stderr.range(of: "loaded ") else { return nil }
        return Int(stderr[range.upperBound...].prefix { $0.isNumber })
    }

    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func theSeedLoadedTwiceLeavesTheSameTriples() throws {
        let server = try OxigraphServer()
        defer { server.stop() }
        let seed = try #require(SharedData.url(Self.seed)).path
        let first = try CLIRunner.run(["load", seed, "--endpoint", server.url])
        #expect(first.status == 0, "\(first.stderr)")
        let once = try server.quads()
        #expect(once.count > 1_000)
        #expect(once.allSatisfy { $0.contains("<https://newsgraph.dev/id/article/") })  // in the article's own graph
        let second = try CLIRunner.run(["load", seed, "--endpoint", server.url])
        #expect(second.status == 0)
        #expect(try server.quads() == once)
    }

    /// Seed, then the corrected edition incrementally: only the changes are sent, and the store
    /// ends equal to a fresh load of the corrected edition.
    @Test(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
    func anIncrementalUpdateSendsOnlyTheChanges() throws {
        let seed = try #require(SharedData.url(Self.seed)).path
        let corrected = try #require(SharedData.url(Self.corrected)).path
        let server = try OxigraphServer()
        defer { server.stop() }
        #expect(try CLIRunner.run(["load", seed, "--endpoint", server.url]).status == 0)
        let total = try server.count()
        let unchanged = try CLIRunner.run(["load", seed, "--endpoint", server.url, "--mode", "incremental"])
        #expect(unchanged.status == 0)
        #expect(Self.sent(unchanged.stderr) == 0)
        let update = try CLIRunner.run(["load", corrected, "--endpoint", server.url, "--mode", "incremental"])
        #expect(update.status == 0, "\(update.stderr)")
        let changes = try #require(Self.sent(update.stderr))
        #expect(changes > 0 && changes < total)
        let incremental = try server.quads()

        let fresh = try OxigraphServer()
        defer { fresh.stop() }
        #expect(try CLIRunner.run(["load", corrected, "--endpoint", fresh.url]).status == 0)
        #expect(try fresh.quads() == incremental)
    }

    /// A file larger than a batch: ground statements in batches, blank-node statements together
    /// (each blank node stays one node), the default graph into --graph.
    @Test func batchesKeepEachBlankNodeWhole() throws {
        let server = try OxigraphServer()
        defer { server.stop() }
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = ""
        for index in 0..<2_500 {
            text += "<http://example.org/s\(index)> <http://example.org/p> \"v\(index)\" .\n"
            text += "<http://example.org/s\(index)> <http://example.org/note> _:n\(index) .\n"
        }
        for index in 0..<2_500 { text += "_:n\(index) <http://example.org/text> \"note \(index)\" .\n" }
        try Data(text.utf8).write(to: dir.appendingPathComponent("data.nt"))
        let graph = "http://example.org/graph"
        let result = try CLIRunner.run(
            ["load", "data.nt", "--endpoint", server.url, "--graph", graph, "--batch-size", "1000"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try server.count(graph: graph) == 7_500)
        let notes = try server.query("SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { GRAPH <\(graph)> { ?s <http://example.org/note> ?n . ?n <http://example.org/text> ?t } }")
        #expect(notes.last == "2500")
        // Replace again: the same 7,500, not more.
        #expect(try CLIRunner.run(["load", "data.nt", "--endpoint", server.url, "--graph", graph, "--batch-size", "1000"], in: dir).status == 0)
        #expect(try server.count(graph: graph) == 7_500)
    }

    @Test func addAppendsAndReplaceReplaces() throws {
        let server = try OxigraphServer()
        defer { server.stop() }
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("<http://e/a> <http://e/p> \"1\" .\n".utf8).write(to: dir.appendingPathComponent("a.nt"))
        try Data("<http://e/b> <http://e/p> \"2\" .\n".utf8).write(to: dir.appendingPathComponent("b.nt"))
        let graph = ["--graph", "http://e/g", "--endpoint", server.url]
        #expect(try CLIRunner.run(["load", "a.nt"] + graph, in: dir).status == 0)
        #expect(try CLIRunner.run(["load", "b.nt", "--mode", "add"] + graph, in: dir).status == 0)
        #expect(try server.count(graph: "http://e/g") == 2)
        #expect(try CLIRunner.run(["load", "b.nt"] + graph, in: dir).status == 0)
        #expect(try server.triples(graph: "http://e/g") == ["<http://e/b> <http://e/p> \"2\" ."])
    }

    /// The server is killed while a large load runs: exit 1, and the message says what the store
    /// had acknowledged; success is never claimed.
    @Test func aServerKilledMidLoadIsAFailure() throws {
        let server = try OxigraphServer()
        defer { server.stop() }
        let dir = try CLIRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = ""
        for index in 0..<200_000 { text += "<http://example.org/s\(index)> <http://example.org/p> \"value \(index)\" .\n" }
        try Data(text.utf8).write(to: dir.appendingPathComponent("big.nt"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["load", "big.nt", "--endpoint", server.url, "--batch-size", "2000", "--timeout", "5", "--retries", "1"]
        process.currentDirectoryURL = dir
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while (try? server.count()) ?? 0 == 0, Date() < deadline { usleep(20_000) }
        server.kill()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("partly loaded") || stderr.contains("nothing was loaded"), "\(stderr)")
        #expect(!stderr.contains("loaded 200000 statements"))
    }
}

/// `newsgraph load` against a server that fails on purpose, and against no server at all.
@Suite("newsgraph load: faults")
struct LoadFaultTests {
    static func file() throws -> (URL, String) {
        let dir = try CLIRunner.makeTemporaryDirectory()
        try Data("<http://e/a> <http://e/p> \"1\" .\n".utf8).write(to: dir.appendingPathComponent("a.nt"))
        try Data("_:x <http://e/p> \"1\" .\n".utf8).write(to: dir.appendingPathComponent("blank.nt"))
        return (dir, "a.nt")
    }

    @Test func nothingListeningIsConnectionRefused() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = try FreePort.find()
        let start = Date()
        let result = try CLIRunner.run(["load", file, "--endpoint", "http://127.0.0.1:\(port)", "--retries", "1"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("connection refused"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was loaded"))
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func anUnknownHostIsADNSError() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["load", file, "--endpoint", "http://no-such-host.invalid:7878", "--retries", "0", "--timeout", "5"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot resolve") || result.stderr.contains("DNS"), "\(result.stderr)")
    }

    /// A 500 is shown with its status and the first 500 bytes of the body; PUT is retried.
    @Test func aServerErrorIsShownWithItsBody() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = "boom " + String(repeating: "x", count: 2_000)
        let server = try FaultServer([.status(500, body)])
        defer { server.stop() }
        let result = try CLIRunner.run(["load", file, "--endpoint", server.url, "--retries", "2"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("HTTP 500"), "\(result.stderr)")
        #expect(result.stderr.contains("boom " + String(repeating: "x", count: 495)))
        #expect(!result.stderr.contains(String(repeating: "x", count: 496)))
        #expect(result.stderr.contains("after 3 attempts"))
        #expect(server.received.count == 3)
        #expect(server.received.allSatisfy { $0.hasPrefix("PUT /store?graph=") })
    }

    @Test func aClientErrorIsNotRetried() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try FaultServer([.status(400, "bad request")])
        defer { server.stop() }
        let result = try CLIRunner.run(["load", file, "--endpoint", server.url], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("HTTP 400") && result.stderr.contains("bad request"))
        #expect(server.received.count == 1)
    }

    @Test func transientFailuresAreRetriedUntilTheyPass() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try FaultServer([.status(503, "busy"), .drop, .status(201, "")])
        defer { server.stop() }
        let result = try CLIRunner.run(["load", file, "--endpoint", server.url, "--retries", "3"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(server.received.count == 3)
        #expect(result.stderr.contains("loaded 1 statements"))
    }

    /// Adding blank nodes twice would add two nodes: such a POST is not retried.
    @Test func aPostWithBlankNodesIsNotRetried() throws {
        let (dir, _) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try FaultServer([.status(503, "busy"), .status(201, "")])
        defer { server.stop() }
        let result = try CLIRunner.run(["load", "blank.nt", "--mode", "add", "--endpoint", server.url, "--retries", "3"], in: dir)
        #expect(result.status == 1)
        #expect(server.received.count == 1)
    }

    @Test func aStalledServerTimesOut() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try FaultServer([.stall])
        defer { server.stop() }
        let start = Date()
        let result = try CLIRunner.run(["load", file, "--endpoint", server.url, "--timeout", "1", "--retries", "1"], in: dir)
        let elapsed = Date().timeIntervalSince(start)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no answer from the store within 1 s"), "\(result.stderr)")
        #expect(elapsed < 8)
    }

    @Test func aDroppedConnectionIsAFailureNotASuccess() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try FaultServer([.drop])
        defer { server.stop() }
        let result = try CLIRunner.run(["load", file, "--endpoint", server.url, "--retries", "0"], in: dir)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("loaded 1"))
        #expect(result.stderr.contains("nothing was loaded"), "\(result.stderr)")
    }

    /// A server that echoes the request (Authorization included) in its error: the password, the
    /// token and their encodings never reach the output.
    @Test func credentialsAreNeverPrinted() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try FaultServer([.echo(401)])
        defer { server.stop() }
        let secret = "s3cret-Passw0rd"
        let environment = ["NG_TEST_PASSWORD": secret]
        let basic = try CLIRunner.run(
            ["load", file, "--endpoint", "http://user:\(secret)@127.0.0.1:\(server.port)", "--user", "alice", "--password-env", "NG_TEST_PASSWORD"],
            in: dir, environment: environment)
        #expect(basic.status == 1)
        #expect(server.received.first?.contains("Authorization: Basic") == true)
        let encoded = Data("alice:\(secret)".utf8).base64EncodedString()
        for output in [basic.stdout, basic.stderr] {
            #expect(!output.contains(secret) && !output.contains(encoded), "\(output)")
        }
        let token = try CLIRunner.run(
            ["load", file, "--endpoint", server.url, "--token-env", "NG_TEST_PASSWORD"], in: dir, environment: environment)
        #expect(token.status == 1)
        #expect(!token.stderr.contains(secret) && !token.stdout.contains(secret), "\(token.stderr)")
    }

    @Test func aDryRunSendsNothing() throws {
        let (dir, file) = try Self.file()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try FaultServer([.status(500, "")])
        defer { server.stop() }
        let result = try CLIRunner.run(["load", file, "--endpoint", server.url, "--dry-run"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("PUT \(server.url)/store?graph=file%3A%2F%2F"))
        #expect(server.received.isEmpty)
    }

    @Test func badOptionsAreUsageErrors() throws {
        for arguments in [
            ["load", "a.nt", "--endpoint", "ftp://x"], ["load", "a.nt", "--endpoint", "http://x", "--store", "neo4j"],
            ["load", "a.nt", "--endpoint", "http://x", "--mode", "merge"], ["load", "a.nt", "--endpoint", "http://x", "--password-env", "X"],
        ] {
            #expect(try CLIRunner.run(arguments).status == 2, "\(arguments)")
        }
    }
}
