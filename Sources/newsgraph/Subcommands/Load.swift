import ArgumentParser
import Foundation
import RDFIO
import TripleStore

/// `newsgraph load`: RDF files or articles into a triple store through the SPARQL 1.1 Graph Store
/// Protocol and SPARQL 1.1 Update.
struct Load: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load RDF files or articles into a triple store (SPARQL 1.1 Graph Store Protocol and Update).",
        discussion: """
            Each input goes into its own named graph: an article into its article IRI, an RDF \
            file's default graph into --graph or, without it, the file's own URL (file:///…); \
            named graphs in N-Quads or TriG stay themselves. --mode replace (the default) puts \
            each graph with Graph Store PUT, so loading twice leaves the store as it was; add \
            POSTs; incremental GETs each graph, diffs it with the new content and sends only the \
            changes as DELETE DATA / INSERT DATA. Large inputs go in batches of --batch-size \
            statements (a graph's blank-node statements together in one request, as labels only \
            hold within one document). Idempotent requests are retried with backoff; a failure \
            says what was and was not loaded and exits 1. Passwords and tokens are read from \
            environment variables and never printed.

            Examples:
              newsgraph load article.txt --endpoint http://127.0.0.1:7878
              newsgraph load corpus/ --store fuseki --endpoint http://localhost:3030/news
              newsgraph load big.nt --graph https://example.org/g --endpoint http://127.0.0.1:7878 --batch-size 100000
              newsgraph load corrected.txt --mode incremental --endpoint http://127.0.0.1:7878
              newsgraph load data.ttl --store graphdb --endpoint http://localhost:7200/repositories/news --user admin --password-env GRAPHDB_PASSWORD
            """
    )

    @Argument(help: "RDF files (any syntax) or articles (.txt, .html), or folders of articles.")
    var inputs: [String]

    @Option(help: "The store's URL: Oxigraph's server, a Fuseki dataset, a GraphDB repository, Virtuoso's server, or (generic) the Graph Store service.")
    var endpoint: String

    @Option(help: "The store: oxigraph, fuseki, graphdb, virtuoso or generic.")
    var store = "oxigraph"

    @Option(help: "The Graph Store service URL (overrides the store's preset).")
    var graphStoreURL: String?

    @Option(help: "The SPARQL Update service URL (overrides the store's preset).")
    var updateURL: String?

    @Option(help: "Load every input's default graph into this graph.")
    var graph: String?

    @Flag(help: "Load each input into its own graph (the default).")
    var graphPerArticle = false

    @Option(help: "replace (Graph Store PUT), add (POST) or incremental (only the changes, as SPARQL Update).")
    var mode = "replace"

    @Option(help: "Statements per request.")
    var batchSize = 20_000

    @Option(help: "Seconds to wait to connect, for an answer, or for the store to take more of a request.")
    var timeout = 30

    @Option(help: "Times an idempotent request is tried again after a transient failure.")
    var retries = 3

    @Option(help: "The user name for HTTP Basic authentication.")
    var user: String?

    @Option(help: "The environment variable that holds the password for --user.")
    var passwordEnv: String?

    @Option(help: "The environment variable that holds a bearer token.")
    var tokenEnv: String?

    @Flag(help: "Say what would be sent; send nothing.")
    var dryRun = false

    @Option(help: "The base IRI under which entities, concepts and articles are named.")
    var base = "https://newsgraph.dev/id/"

    @Option(help: "A directory with the models (default: the shipped models).")
    var models: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard let kind = StoreKind(rawValue: store) else {
            throw ValidationError("unknown store '\(store)'; expected \(StoreKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard LoadMode(rawValue: mode) != nil else { throw ValidationError("unknown mode '\(mode)'; expected replace, add or incremental") }
        guard endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://") else {
            throw ValidationError("--endpoint must be an http:// or https:// URL")
        }
        if kind == .generic, updateURL == nil, mode == "incremental" {
            throw ValidationError("--store generic with --mode incremental needs --update-url")
        }
        if graph != nil, graphPerArticle { throw ValidationError("--graph and --graph-per-article exclude each other") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
        if retries < 0 { throw ValidationError("--retries cannot be negative") }
        if passwordEnv != nil, user == nil { throw ValidationError("--password-env needs --user") }
        if user != nil, tokenEnv != nil { throw ValidationError("--user and --token-env exclude each other") }
        _ = try ArticleBuilding.minter(base: base)
    }

    func run() async throws {
        guard let kind = StoreKind(rawValue: store), let mode = LoadMode(rawValue: mode) else { throw ExitCode(2) }
        let authorization = try Self.authorization(user: user, passwordEnv: passwordEnv, tokenEnv: tokenEnv)
        var endpoints = StoreEndpoints.preset(kind, endpoint: endpoint, authenticated: authorization != nil)
        if let graphStoreURL { endpoints.graphStore = graphStoreURL }
        if let updateURL { endpoints.update = updateURL }

        var files: [(path: String, format: RDFFormat?)] = []
        for input in inputs {
            if let format = RDFFormat(path: input) {
                files.append((input, format))
            } else {
                let (paths, missing) = ArticlePaths.expand([input])
                for path in missing { Diagnostics.printRaw("\(path): error: no such file or folder") }
                if !missing.isEmpty { throw ExitCode.failure }
                files += paths.map { ($0, nil) }
            }
        }
        // A dry run sends nothing, but an incremental one still reads the graphs it would diff.
        let client = dryRun && mode != .incremental ? nil : StoreClient(timeoutSeconds: timeout, retries: retries, authorization: authorization)
        let progress = ProgressLine(enabled: !quiet && !dryRun && isatty(2) != 0)
        let loader = StoreLoader(
            client: client, endpoints: endpoints, options: LoadOptions(mode: mode, batchSize: batchSize, dryRun: dryRun),
            log: { print($0) }, progress: { sent in progress.update { "loading: \(sent) statements sent" } })
        let clock = ContinuousClock()
        let start = clock.now
        var building: ArticleBuilding?
        do {
            for file in files {
                if let format = file.format {
                    let target = graph ?? URL(fileURLWithPath: file.path).standardizedFileURL.absoluteString
                    try await loader.loadFile(file.path, format: format, graph: target)
                } else {
                    if building == nil { building = try ArticleBuilding(models: models, minter: ArticleBuilding.minter(base: base)) }
                    guard let building else { continue }
                    let article = try building.graph(file.path)
                    try await loader.loadTriples(article.triples, graph: graph ?? article.article.string)
                }
            }
        } catch let failure as LoadFailure {
            progress.finish()
            await client?.shutdown()
            Diagnostics.error(Self.scrub(failure.description, secrets: Self.secrets(authorization: authorization, endpoint: endpoint)))
            throw ExitCode.failure
        } catch {
            progress.finish()
            await client?.shutdown()
            throw error
        }
        progress.finish()
        await client?.shutdown()
        let seconds = Annotate.seconds(clock.now - start)
        let ledger = loader.ledger
        if !quiet {
            let rate = seconds > 0 ? Int(Double(ledger.statementsSent) / seconds) : 0
            let verb = dryRun ? "would send" : "loaded"
            Diagnostics.printRaw(
                "\(verb) \(ledger.statementsSent) statements into \(ledger.graphs.count) graph(s) with \(ledger.requests) request(s) in "
                    + String(format: "%.2f", seconds) + " s (\(rate) statements/s)")
        }
    }

    /// What must never be printed: the credentials in the header (whole, encoded, decoded) and a
    /// password written into the endpoint's URL.
    static func secrets(authorization: String?, endpoint: String) -> [String] {
        var secrets: [String] = []
        if let authorization, let space = authorization.firstIndex(of: " ") {
            let credential = String(authorization[authorization.index(after: space)...])
            secrets.append(credential)
            if authorization.hasPrefix("Basic "), let data = Data(base64Encoded: credential) {
                let decoded = String(decoding: data, as: UTF8.self)
                secrets.append(decoded)
                if let colon = decoded.firstIndex(of: ":") { secrets.append(String(decoded[decoded.index(after: colon)...])) }
            }
        }
        if let scheme = endpoint.range(of: "://") {
            let authority = endpoint[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            if let at = authority.lastIndex(of: "@") {
                let userInfo = authority[..<at]
                secrets.append(String(userInfo))
                if let colon = userInfo.firstIndex(of: ":") { secrets.append(String(userInfo[userInfo.index(after: colon)...])) }
            }
        }
        return secrets.filter { $0.count >= 3 }.sorted { $0.count > $1.count }
    }

    /// `text` with every secret replaced by `***`.
    static func scrub(_ text: String, secrets: [String]) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
    }

    /// The `Authorization` header for the options: Basic from --user and the password in
    /// --password-env, Bearer from --token-env; a missing variable is a usage error.
    static func authorization(user: String?, passwordEnv: String?, tokenEnv: String?) throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let tokenEnv {
            guard let token = environment[tokenEnv], !token.isEmpty else { throw ValidationError("--token-env: \(tokenEnv) is not set") }
            return "Bearer " + token
        }
        guard let user else { return nil }
        var password = ""
        if let passwordEnv {
            guard let value = environment[passwordEnv] else { throw ValidationError("--password-env: \(passwordEnv) is not set") }
            password = value
        }
        return "Basic " + Data((user + ":" + password).utf8).base64EncodedString()
    }
}
