/// RDFC-1.0's identifier issuer: a prefix, a counter, and the identifiers issued so far in order.
struct IdentifierIssuer {
    let prefix: String
    private var counter = 0
    private(set) var issued: [String: String] = [:]
    /// The existing identifiers, in the order they were issued.
    private(set) var order: [String] = []

    init(prefix: String) { self.prefix = prefix }

    /// The identifier issued for `existing`, issuing the next one if there is none yet.
    mutating func issue(_ existing: String) -> String {
        if let identifier = issued[existing] { return identifier }
        let identifier = prefix + String(counter)
        counter += 1
        issued[existing] = identifier
        order.append(existing)
        return identifier
    }

    func identifier(for existing: String) -> String? { issued[existing] }
}
