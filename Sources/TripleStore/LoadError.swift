/// Why a request to a store failed, said so that a user can act on it; never holds credentials.
package struct LoadError: Error, CustomStringConvertible, Sendable {
    package enum Kind: Sendable, Equatable {
        /// Nothing listens there, the name does not resolve, the connection dropped, or no answer
        /// came in time: worth retrying when the request is idempotent.
        case transport
        /// The store answered with an error status.
        case status(Int)
        /// The input or the store's answer could not be used.
        case other
    }

    package var kind: Kind
    package var message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { message }

    /// Whether trying the same request again may succeed.
    package var isTransient: Bool {
        switch kind {
        case .transport: true
        case .status(let code): code == 429 || code == 502 || code == 503 || code == 504 || code == 500
        case .other: false
        }
    }
}
