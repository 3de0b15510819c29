/// Bylines: a short paragraph that credits people (`Translated by Thu Nguyen`, `By Jane Doe`,
/// `Reported by …`), which is metadata about the article and never a fact in it.
enum Byline {
    enum Role { case author, translator }

    /// The role and names if `paragraph` is a byline.
    static func parse(_ paragraph: String) -> (Role, [String])? {
        let text = paragraph.trimmingSpaces
        guard text.utf8.count <= 120, !text.hasSuffix("."), !text.contains("\n") else { return nil }
        let prefixes: [(String, Role)] = [
            ("translated by ", .translator), ("translation by ", .translator), ("written by ", .author),
            ("reported by ", .author), ("reporting by ", .author), ("story by ", .author), ("by ", .author),
        ]
        let lower = text.lowercased()
        for (prefix, role) in prefixes where lower.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            let names = rest.replacingAll(" and ", with: ",").split(separator: ",").map { String($0).trimmingSpaces }
                .filter { !$0.isEmpty }
            guard !names.isEmpty, names.allSatisfy(Self.looksLikeName) else { return nil }
            return (role, names)
        }
        return nil
    }

    /// One to five words, each starting with a capital letter (particles such as `de` allowed).
    static func looksLikeName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase || ["de", "van", "von", "da", "di", "la", "le", "bin", "al"].contains(String(word))
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Every occurrence of `target` replaced, compared byte for byte.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8)
        let needle = Array(target.utf8)
        guard !needle.isEmpty else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index...].starts(with: needle) {
                result.append(contentsOf: replacement.utf8)
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
