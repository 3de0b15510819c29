import NLPCore

/// How a mention refers to its entity.
package enum MentionKind: Sendable, Equatable {
    /// A name or a short form of it (`Mark Esper`, `Esper`, `Mr. Esper`, `US`).
    case name
    /// `he`, `his`, `it`, `they`.
    case pronoun
    /// A role noun or description (`the host`, `the Vietnamese PM`, `the US Defense Secretary`).
    case nominal
    /// A country's demonym (`Vietnamese` in `Vietnamese Defense Minister`).
    case demonym
    /// A phrase that names several entities at once (`the two defense leaders`, `the two countries`).
    case group
}

/// An entity mention: words `words` of sentence `sentence`, of type `type` (PER, ORG, LOC).
package struct EntityMention: Sendable, Equatable {
    package var sentence: Int
    package var words: Range<Int>
    package var type: String
    /// The mention's text as written, with `'s` attached (`Vietnam People's Army`).
    package var text: String
    package var kind: MentionKind = .name
}

/// One real-world referent of an article and the mentions that name it.
package struct ResolvedEntity: Sendable, Equatable {
    /// The fullest name the article uses (`Mark Esper`, `United States`).
    package var name: String
    /// `PER`, `ORG`, `LOC` (countries and places), `EVENT` or `OTHER`.
    package var type: String
    package var mentions: [EntityMention]
    /// A person's titles and roles in the article, in normalised wording (`US Defense Secretary`,
    /// `Prime Minister`), deduplicated and sorted.
    package var roles: [String] = []
    /// Whether the entity is a country (its name is on the list of countries).
    package var isCountry: Bool = false
    /// For a person, the countries the roles name (`Vietnamese Defense Minister` → `Vietnam`), sorted.
    package var countries: [String] = []

    /// A stable key for IRIs: the name in lower case, words joined by hyphens, characters other
    /// than letters and digits dropped (`Vietnam People's Army` → `vietnam-peoples-army`). The same
    /// name gives the same key in every article.
    package var key: String {
        var words: [String] = []
        for word in name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) {
            let kept = word.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            if !kept.isEmpty { words.append(String(String.UnicodeScalarView(kept))) }
        }
        return words.joined(separator: "-")
    }
}

/// Groups an article's named-entity mentions into entities: full names and the short forms that
/// refer back to them (`Mark Esper` … `Esper` … `Mr. Esper`; `General Lich` for `Ngo Xuan Lich`),
/// titles stripped, well-known short forms expanded (`US` = `United States`), the same name
/// typed once (by its most frequent type). ``resolveArticle(_:)`` adds the mentions that do not
/// name: pronouns, role nouns, demonyms and groups.
package struct EntityResolver: Sendable {
    package init() {}

    static let titles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "general", "gen.", "gen", "president", "minister",
        "secretary", "senator", "sen.", "ambassador", "prime", "defense", "defence", "foreign", "us", "u.s.",
    ]
    static let aliases: [String: String] = [
        "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
        "america": "United States", "united states of america": "United States", "uk": "United Kingdom",
        "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
        "un": "United Nations", "u.n.": "United Nations", "eu": "European Union", "e.u.": "European Union",
    ]

    /// The mentions of `sentences` (from their words' entity tags), in order.
    package func mentions(_ sentences: [Sentence]) -> [EntityMention] {
        var result: [EntityMention] = []
        for (number, sentence) in sentences.enumerated() {
            var start: Int?
            var type = ""
            func close(_ end: Int) {
                guard let begin = start else { return }
                defer { start = nil }
                // Scraping residue (`leftcenterrightdel`) and common words are not names: a name has a
                // capital letter or a digit.
                guard sentence.words[begin..<end].contains(where: { $0.form.first.map { $0.isUppercase || $0.isNumber } ?? false })
                else { return }
                result.append(
                    EntityMention(
                        sentence: number, words: begin..<end, type: type, text: Self.text(sentence.words[begin..<end])))
            }
            for (index, word) in sentence.words.enumerated() {
                guard let tag = word.entity else {
                    close(index)
                    continue
                }
                if tag.position == .begin || start == nil || tag.type != type {
                    close(index)
                    start = index
                    type = tag.type
                }
            }
            close(sentence.words.count)
        }
        return result
    }

    static func text(_ words: ArraySlice<Token>) -> String {
        var text = ""
        for word in words {
            if !text.isEmpty, !["'s", "’s", "'", "’"].contains(word.form) { text += " " }
            text += word.form
        }
        return text
    }

    /// The name a mention stands for: a possessive `'s` removed, short forms expanded, and for
    /// people the titles before the name dropped (`US Defense Secretary Mark Esper` → `Mark Esper`).
    static func name(_ text: String, type: String) -> String {
        // One apostrophe, so `People’s` and `People's` name the same thing.
        var words = text.split(separator: " ").map { String($0.map { $0 == "’" ? "'" : $0 }) }
        if let last = words.last, last.hasSuffix("'s") || last.hasSuffix("’s") { words[words.count - 1] = String(last.dropLast(2)) }
        if let alias = aliases[words.joined(separator: " ").lowercased()] { return alias }
        while type == "PER", words.count > 1, let first = words.first, titles.contains(first.lowercased()) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// The article's entities, named or not (see ``resolveArticle(_:)``).
    package func resolve(_ sentences: [Sentence]) -> [ResolvedEntity] {
        resolveArticle(sentences).entities
    }

    /// Last words of the names of events (`Shangri-La Dialogue`, `Olympic Games`, `Vietnam War`).
    static let eventWords: Set<String> = [
        "summit", "conference", "games", "olympics", "war", "festival", "forum", "election", "elections", "cup", "dialogue",
        "championship", "championships", "tournament", "expo", "exercise", "exercises", "congress", "convention", "talks",
    ]

    /// The entity type for a recognizer's type: `PER`, `ORG`, `LOC` (a country is always `LOC`),
    /// `EVENT`, or `OTHER`; a name the recognizer calls miscellaneous is an event when its last
    /// word names one.
    static func entityType(_ type: String, name: String) -> String {
        if Demonyms.isCountry(name) { return "LOC" }
        switch type.uppercased() {
        case "PER", "PERSON": return "PER"
        case "ORG", "ORGANIZATION", "NORP": return "ORG"
        case "LOC", "GPE", "FAC", "LOCATION": return "LOC"
        case "EVENT": return "EVENT"
        default: return eventWords.contains(name.split(separator: " ").last.map { $0.lowercased() } ?? "") ? "EVENT" : "OTHER"
        }
    }

    /// Named entities: mentions with the same name, or a short form of one, grouped; typed by
    /// their most frequent type; in order of first mention.
    func nameEntities(_ mentions: [EntityMention]) -> [ResolvedEntity] {
        let names = mentions.map { Self.name($0.text, type: $0.type) }
        let lengths = names.map { $0.split(separator: " ").count }
        var entities: [ResolvedEntity] = []
        var byName: [String: Int] = [:]
        // Longer names first, so short forms find the full name they refer to.
        let order = mentions.indices.sorted { lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1 }
        var people: PersonNames?
        for index in order {
            let mention = mentions[index]
            let name = names[index]
            let key = name.lowercased()
            if let existing = byName[key] {
                entities[existing].mentions.append(mention)
                continue
            }
            let tokens = key.split(separator: " ")
            // Full names come first (longer names first), so the people are all known by now.
            if tokens.count == 1, people == nil { people = PersonNames(entities) }
            if mention.type == "PER", tokens.count == 1, let person = people?.unique(tokens[0]) {
                entities[person].mentions.append(mention)
                byName[key] = person
                continue
            }
            // A surname the recognizer typed as a place or an organization (`Ibarra visited …`)
            // after the article named the person in full: the person.
            if mention.type != "PER", tokens.count == 1, let person = people?.unique(tokens[0]),
                people?.isSurname(tokens[0], of: person) == true
            {
                var asPerson = mention
                asPerson.type = "PER"
                entities[person].mentions.append(asPerson)
                byName[key] = person
                continue
            }
            byName[key] = entities.count
            entities.append(ResolvedEntity(name: name, type: mention.type, mentions: [mention]))
        }
        for index in entities.indices {
            entities[index].mentions.sort { ($0.sentence, $0.words.lowerBound) < ($1.sentence, $1.words.lowerBound) }
            var counts: [String: Int] = [:]
            for mention in entities[index].mentions { counts[mention.type, default: 0] += 1 }
            // A name written in capitals (a dateline's `HANOI`) takes the article's ordinary spelling.
            let name = entities[index].name
            if name == name.uppercased(),
                let spelled = entities[index].mentions.map({ Self.name($0.text, type: $0.type) }).first(where: {
                    $0.lowercased() == name.lowercased() && $0 != name
                })
            {
                entities[index].name = spelled
            }
            let type = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? entities[index].type
            entities[index].type = Self.entityType(type, name: entities[index].name)
            entities[index].isCountry = Demonyms.isCountry(entities[index].name)
        }
        return entities.sorted {
            ($0.mentions.first?.sentence ?? 0, $0.mentions.first?.words.lowerBound ?? 0, $0.name) < (
                $1.mentions.first?.sentence ?? 0, $1.mentions.first?.words.lowerBound ?? 0, $1.name
            )
        }
    }
}

/// The people of an article by the first and last words of their full names, for short forms.
struct PersonNames {
    private var byWord: [Substring: [Int]] = [:]
    private var lastWords: [Int: Substring] = [:]

    init(_ entities: [ResolvedEntity]) {
        for (index, entity) in entities.enumerated() where entity.type == "PER" {
            let words = entity.name.lowercased().split(separator: " ")
            guard words.count > 1, let first = words.first, let last = words.last else { continue }
            byWord[first, default: []].append(index)
            if last != first { byWord[last, default: []].append(index) }
            lastWords[index] = last
        }
    }

    /// The one person whose name has `word` as its first or last word, if exactly one does.
    func unique(_ word: Substring) -> Int? {
        guard let matches = byWord[word], matches.count == 1 else { return nil }
        return matches[0]
    }

    /// Whether `word` is the last word of person `index`'s name.
    func isSurname(_ word: Substring, of index: Int) -> Bool { lastWords[index] == word }
}
