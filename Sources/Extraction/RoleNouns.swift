/// The words of titles and roles (`US Defense Secretary`, `Prime Minister`, `General`) and how the
/// article's role nouns and descriptions (`the Vietnamese PM`, `the host`) are read.
enum RoleNouns {
    /// Nouns that head a title or a role: the last word of `Defense Minister`, `Secretary of State`.
    static let heads: Set<String> = [
        "minister", "secretary", "president", "general", "ambassador", "pm", "premier", "chancellor", "chairman",
        "chairwoman", "chair", "ceo", "director", "governor", "mayor", "senator", "spokesman", "spokeswoman",
        "spokesperson", "commander", "admiral", "colonel", "captain", "lieutenant", "chief", "king", "queen",
        "prince", "princess", "emperor", "pope", "judge", "justice", "leader", "envoy", "representative",
        "congressman", "congresswoman", "lawmaker", "official", "head", "diplomat", "attaché", "consul",
        "vice-president", "counsellor", "counselor", "adviser", "advisor",
    ]
    /// Words written before a name that are forms of address, not roles.
    static let honorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "madam", "dr", "dr."]
    /// Forms of address and titles that show a person's gender: true for feminine.
    static let genders: [String: Bool] = [
        "mr": false, "mr.": false, "sir": false, "king": false, "prince": false, "chairman": false, "spokesman": false,
        "congressman": false, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "miss": true, "madam": true, "queen": true,
        "princess": true, "chairwoman": true, "spokeswoman": true, "congresswoman": true, "dame": true, "lady": true,
    ]
    /// Departments written after `Secretary of`, `Minister of`, which the role puts first
    /// (`Secretary of Defense` → `Defense Secretary`).
    static let departments: Set<String> = [
        "defense", "defence", "health", "education", "energy", "commerce", "agriculture", "labor",
        "labour", "finance", "justice", "transportation", "trade", "industry", "interior",
    ]
    /// Abbreviations of roles, expanded when roles are compared and written.
    static let expansions: [String: String] = ["pm": "Prime Minister", "u.s.": "US", "gen.": "General", "sen.": "Senator"]
    /// Heads that say someone leads or serves in what the description names, whatever the title
    /// (`the US defense chief` is the US Defense Secretary).
    static let genericHeads: Set<String> = ["chief", "head", "leader", "official", "boss"]
    /// Modifiers that describe rank, not which role (`the two top defense officials`).
    static let rankWords: Set<String> = ["top", "senior", "high-ranking", "high", "ranking", "leading", "visiting", "two", "both"]

    /// Verbs whose subject hosts and whose object is the guest.
    static let hostingVerbs: Set<String> = ["receive", "host", "welcome", "invite", "greet", "entertain"]
    /// Nouns for the one who receives and the one received.
    static let hostNouns: Set<String> = ["host", "hosts"]
    static let guestNouns: Set<String> = ["guest", "guests", "visitor", "visitors"]

    /// Plural nouns that, counted (`the two defense leaders`), stand for people with roles.
    static let personGroups: Set<String> = ["leaders", "officials", "ministers", "secretaries", "heads", "chiefs", "envoys", "diplomats"]
    /// Plural nouns that, counted (`the two countries`, `both sides`), stand for countries.
    static let countryGroups: Set<String> = ["countries", "sides", "nations", "states", "governments", "parties"]
    /// Numbers that count a group.
    static let counts: [String: Int] = ["two": 2, "both": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4]

    /// Nouns a country name or demonym can modify and still name the country (`the US side`,
    /// `the Vietnamese Government`).
    static let countryOrgans: Set<String> = ["side", "government", "governments", "state", "administration", "authorities", "nation"]

    static func isHead(_ word: String) -> Bool { heads.contains(word.lowercased()) }

    /// The roles that title words written before a name spell, in normalised wording: forms of
    /// address dropped, abbreviations expanded, `Secretary of Defense` written `Defense Secretary`,
    /// and a run of two titles split (`Vietnamese Defense Minister General` → `Vietnamese Defense
    /// Minister`, `General`). Words that come after the last title head are dropped.
    static func roles(_ words: [String]) -> [String] {
        var roles: [String] = []
        var current: [String] = []
        var index = 0
        let words = words.filter { !honorifics.contains($0.lowercased()) }.map { expansions[$0.lowercased()] ?? $0 }
        while index < words.count {
            let word = words[index]
            current.append(word)
            index += 1
            guard isHead(word.split(separator: " ").last.map(String.init) ?? word) else { continue }
            // `Secretary of Defense`, `Ambassador to Vietnam`: the phrase after the head belongs to it.
            if index < words.count, ["of", "to", "for"].contains(words[index].lowercased()) {
                var tail: [String] = []
                var next = index + 1
                while next < words.count, !isHead(words[next]) {
                    tail.append(words[next])
                    next += 1
                }
                if !tail.isEmpty {
                    if words[index].lowercased() == "of", tail.count == 1, departments.contains(tail[0].lowercased()) {
                        current.insert(tail[0], at: current.count - 1)
                    } else {
                        current += [words[index].lowercased()] + tail
                    }
                    index = next
                }
            }
            roles.append(current.joined(separator: " "))
            current = []
        }
        return roles
    }

    /// The lower-case words of a role or description for comparison: abbreviations expanded,
    /// `defence` as `defense`, countries by name (`Vietnamese`, `US` → `vietnam`, `united states`).
    static func comparable(_ words: [String]) -> (words: Set<String>, countries: Set<String>) {
        var result = Set<String>()
        var countries = Set<String>()
        for word in words {
            if let country = Demonyms.country(word) {
                countries.insert(country)
                continue
            }
            let expanded = expansions[word.lowercased()] ?? word
            for part in expanded.lowercased().split(separator: " ") {
                let text = part == "defence" ? "defense" : String(part)
                if ["of", "to", "for", "the"].contains(text) { continue }
                result.insert(text)
            }
        }
        return (result, countries)
    }
}
