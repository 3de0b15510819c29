/// One HTTP request to a store, described well enough to say what it was in an error.
package struct StoreRequest: Sendable {
    package enum Method: String, Sendable {
        case get = "GET", put = "PUT", post = "POST", delete = "DELETE"
    }

    package enum Body: Sendable {
        case none
        case bytes([UInt8])
        /// A file sent as it is read (a batch too large to hold, spilled to disk).
        case file(path: String, size: Int)

        package var byteCount: Int {
            switch self {
            case .none: 0
            case .bytes(let bytes): bytes.count
            case .file(_, let size): size
            }
        }
    }

    package var method: Method
    package var url: String
    package var contentType: String?
    package var accept: String?
    package var body: Body
    /// Whether sending it twice leaves the store as sending it once: GET, PUT and DELETE always;
    /// POST and SPARQL Update when the data has no blank nodes (a set of ground triples added
    /// twice is the same set). Only these are retried.
    package var isIdempotent: Bool
    /// What the request does, for messages: `PUT of graph <…> (batch 1, 50,000 statements)`.
    package var purpose: String

    package init(
        _ method: Method, _ url: String, contentType: String? = nil, accept: String? = nil, body: Body = .none,
        isIdempotent: Bool, purpose: String
    ) {
        self.method = method
        self.url = url
        self.contentType = contentType
        self.accept = accept
        self.body = body
        self.isIdempotent = isIdempotent
        self.purpose = purpose
    }
}

/// A store's answer: the status and (up to a limit) the body.
package struct StoreResponse: Sendable {
    package var status: Int
    package var body: [UInt8]
}
