/// The dateline that opens a wire story: `OSLO, March 3 - `, `HANOI (Reuters) — `,
/// `WASHINGTON - `. The place becomes metadata; the story starts after the dash.
enum Dateline {
    static let dashes = [" - ", " — ", " – ", " -- "]

    /// The dateline's place and the rest of the paragraph, if the paragraph opens with one.
    static func split(_ paragraph: String) -> (place: String, rest: String)? {
        let characters = Array(paragraph)
        for dash in dashes.map(Array.init) {
            guard let start = firstIndex(of: dash, in: characters), start <= 60 else { continue }
            let head = String(characters[..<start])
            let place = head.split(separator: ",", maxSplits: 1).first.map { $0.split(separator: "(").first ?? $0 } ?? Substring(head)
            let placeWords = place.split(separator: " ")
            // The place is written in capitals: `OSLO`, `NEW YORK`, `HO CHI MINH CITY`.
            guard !placeWords.isEmpty, placeWords.count <= 4,
                placeWords.allSatisfy({ $0.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "." } && $0.contains { $0.isLetter } })
            else { continue }
            let rest = String(characters[(start + dash.count)...])
            guard !rest.isEmpty else { return nil }
            return (placeWords.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " "), rest)
        }
        return nil
    }

    static func firstIndex(of needle: [Character], in haystack: [Character]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
