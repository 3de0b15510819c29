/// The triple stores whose endpoint layouts `newsgraph load` knows.
package enum StoreKind: String, CaseIterable, Sendable {
    case oxigraph, fuseki, graphdb, virtuoso, generic
}

/// Where a store takes Graph Store Protocol requests, SPARQL updates and SPARQL queries.
package struct StoreEndpoints: Sendable, Equatable {
    /// The SPARQL 1.1 Graph Store HTTP Protocol service (indirect graph identification).
    package var graphStore: String
    /// The SPARQL 1.1 Update service.
    package var update: String
    /// The SPARQL 1.1 Query service (used by tests and `--dry-run` to say what it would ask).
    package var query: String
    /// Query parameters that make a store's POST a bulk, non-transactional load (Oxigraph's
    /// `no_transaction`); nil where the store has none.
    package var bulkParameter: String?

    package init(graphStore: String, update: String, query: String, bulkParameter: String? = nil) {
        self.graphStore = graphStore
        self.update = update
        self.query = query
        self.bulkParameter = bulkParameter
    }

    /// The services of `kind` under `endpoint`:
    /// - oxigraph: `ENDPOINT/store`, `/update`, `/query` (`oxigraph serve`);
    /// - fuseki: the dataset URL (`http://host:3030/DATASET`), then `/data`, `/update`, `/query`;
    /// - graphdb: the repository URL (`http://host:7200/repositories/REPO`), then
    ///   `/rdf-graphs/service`, `/statements`, and the repository itself for queries;
    /// - virtuoso: `ENDPOINT/sparql-graph-crud-auth` when credentials are given (else
    ///   `/sparql-graph-crud`), and `/sparql` for updates and queries;
    /// - generic: `endpoint` is the Graph Store service; pass the others explicitly.
    package static func preset(_ kind: StoreKind, endpoint: String, authenticated: Bool) -> StoreEndpoints {
        let base = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        switch kind {
        case .oxigraph:
            return StoreEndpoints(
                graphStore: base + "/store", update: base + "/update", query: base + "/query", bulkParameter: "no_transaction")
        case .fuseki:
            return StoreEndpoints(graphStore: base + "/data", update: base + "/update", query: base + "/query")
        case .graphdb:
            return StoreEndpoints(graphStore: base + "/rdf-graphs/service", update: base + "/statements", query: base)
        case .virtuoso:
            return StoreEndpoints(
                graphStore: base + (authenticated ? "/sparql-graph-crud-auth" : "/sparql-graph-crud"),
                update: base + "/sparql", query: base + "/sparql")
        case .generic:
            return StoreEndpoints(graphStore: base, update: base, query: base)
        }
    }

    /// The Graph Store URL for `graph` (nil: the default graph), with the bulk parameter if asked.
    package func graphURL(_ graph: String?, bulk: Bool = false) -> String {
        var url = graphStore + (graphStore.contains("?") ? "&" : "?")
        if let graph { url += "graph=" + Self.percentEncoded(graph) } else { url += "default" }
        if bulk, let bulkParameter { url += "&" + bulkParameter }
        return url
    }

    /// `text` with everything but RFC 3986's unreserved characters percent-encoded.
    package static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return out
    }

    /// `url` without the user information (`user:password@`) it may carry: what may be printed.
    package static func redacted(_ url: String) -> String {
        let characters = Array(url)
        var authorityStart = 0
        for index in characters.indices.dropLast(2)
        where characters[index] == ":" && characters[index + 1] == "/" && characters[index + 2] == "/" {
            authorityStart = index + 3
            break
        }
        guard authorityStart > 0 else { return url }
        var authorityEnd = authorityStart
        while authorityEnd < characters.count, !"/?#".contains(characters[authorityEnd]) { authorityEnd += 1 }
        guard let at = characters[authorityStart..<authorityEnd].lastIndex(of: "@") else { return url }
        return String(characters[..<authorityStart]) + "***@" + String(characters[(at + 1)...])
    }
}
