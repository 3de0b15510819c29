import NLPCore

/// An article's entities and how its phrases refer to them.
package struct ArticleEntities: Sendable {
    /// The entities, in order of first mention.
    package var entities: [ResolvedEntity]
    /// `table[sentence][word]`: the entities the phrase that word heads refers to (or, for a word
    /// inside a name or a title, the entity of that name).
    var table: [[[Int]]]
    var trees: [DependencyTree]

    /// The entities the phrase `words` (0-based word indices of sentence `sentence`, e.g. a
    /// relation's subject or an argument) refers to: one for a name, title and name, pronoun, role
    /// noun or description; several for coordinated or group mentions (`Vietnam and the US`, `the
    /// two defense leaders`); none when the phrase's head names no entity (`ASEAN's stance`). When
    /// the head names nothing, its apposition stands in (`the minister's host, Ngo Xuan Lich`).
    package func referents(sentence: Int, words: [Int]) -> [Int] {
        guard table.indices.contains(sentence) else { return [] }
        let tree = trees[sentence]
        let inside = Set(words.filter { $0 >= 0 && $0 < tree.count })
        var result: [Int] = []
        func add(_ word: Int, depth: Int) {
            for entity in table[sentence][word] where !result.contains(entity) { result.append(entity) }
            guard depth < 8 else { return }
            // `X, Y`: an apposition names what its head does, so it stands in when the head names nothing.
            if table[sentence][word].isEmpty {
                for apposition in tree.children(word, ["appos"]) where inside.contains(apposition) { add(apposition, depth: depth + 1) }
            }
            for conjunct in tree.children(word, ["conj"]) where inside.contains(conjunct) { add(conjunct, depth: depth + 1) }
        }
        var heads = inside.sorted().filter { tree.head($0).map { !inside.contains($0) } ?? true }
            .filter { !["PUNCT", "ADP", "CCONJ", "PART", "DET"].contains(tree.words[$0].upos) }
        // A conjunct lifted out of its coordination (`ASEAN 's stance` from `Vietnam and ASEAN 's
        // stance`) hangs on a word outside the phrase too; the phrase's head is the other one.
        if heads.count > 1 { heads = heads.filter { tree.relation($0) != "conj" } }
        for head in heads { add(head, depth: 0) }
        return result
    }

    /// The places the article says entity `entity` visits (`X visited Y`, `X's visit to Y`, `the
    /// visit of X to Y`), in order: what completes a visit the sentence leaves open (`the visiting
    /// US Defense Secretary`, from ``EventNominals/relations(in:includingOpen:)``).
    package func destinations(ofVisitsBy entity: Int) -> [Int] {
        var result: [Int] = []
        for (number, tree) in trees.enumerated() {
            var visits = EventNominals().relations(tree)
            for index in 0..<tree.count where tree.words[index].upos == "VERB" && tree.words[index].lemma.lowercased() == "visit" {
                for subject in tree.children(index, ["nsubj"]) {
                    for object in tree.children(index, ["obj"]) {
                        visits.append(
                            Relation(subject: tree.span(subject), predicate: [index], arguments: [tree.span(object)], confidence: 0))
                    }
                }
            }
            for visit in visits where referents(sentence: number, words: visit.subject).contains(entity) {
                for place in referents(sentence: number, words: visit.arguments.first ?? [])
                where place != entity && !result.contains(place) {
                    result.append(place)
                }
            }
        }
        return result
    }
}

extension EntityResolver {
    /// The article's entities, one per real-world referent, and what its phrases refer to. In
    /// order: named-entity mentions grouped by name (``nameEntities(_:)``); names the recognizer
    /// missed that repeat a known name (`General Lich`, `the Vietnamese Defense Ministry`); the
    /// titles written before people's names, which become their roles; demonyms (`Vietnamese` →
    /// Vietnam); then, sentence by sentence, pronouns, role nouns, descriptions and groups (see
    /// ``ArticleBuilder/resolveReferences()``).
    package func resolveArticle(_ sentences: [Sentence]) -> ArticleEntities {
        let trees = sentences.map(DependencyTree.init)
        let mentions = Self.joinedNames(mentions(sentences).filter { Demonyms.country(demonym: $0.text) == nil }, trees)
            .map { Self.isDateline($0, trees) ? EntityMention(sentence: $0.sentence, words: $0.words, type: "LOC", text: $0.text) : $0 }
        var builder = ArticleBuilder(trees: trees, entities: nameEntities(mentions))
        builder.addUntaggedNames()
        builder.addTitles()
        builder.addDemonyms()
        builder.resolveReferences()
        return builder.finished()
    }

    /// Whether a mention is a dateline's place (`HANOI, November 20 - …`): capitals only, opening
    /// its sentence, followed by a comma. The recognizer, trained on ordinary text, may take it for
    /// a person.
    static func isDateline(_ mention: EntityMention, _ trees: [DependencyTree]) -> Bool {
        let words = trees[mention.sentence].words
        guard mention.words.lowerBound == 0, mention.words.upperBound < words.count, words[mention.words.upperBound].form == ","
        else { return false }
        return words[mention.words].allSatisfy {
            $0.form.count > 1 && $0.form == $0.form.uppercased() && $0.form.contains(where: \.isLetter)
        }
    }

    /// Mentions the recognizer cut short joined to the capitalised words that follow them when the
    /// whole is a name the article uses elsewhere (`Vietnam` + `People’s Army`).
    static func joinedNames(_ mentions: [EntityMention], _ trees: [DependencyTree]) -> [EntityMention] {
        let known = Dictionary(
            mentions.map { (name($0.text, type: $0.type).lowercased(), $0.type) }, uniquingKeysWith: { first, _ in first })
        return mentions.map { mention in
            let words = trees[mention.sentence].words
            var end = mention.words.upperBound
            while end < words.count, words[end].entity == nil,
                words[end].upos == "PROPN" && ArticleBuilder.isCapitalised(words[end]) || ["'s", "’s"].contains(words[end].form)
            {
                end += 1
            }
            guard end > mention.words.upperBound else { return mention }
            let text = Self.text(words[mention.words.lowerBound..<end])
            guard let type = known[name(text, type: mention.type).lowercased()] else { return mention }
            return EntityMention(sentence: mention.sentence, words: mention.words.lowerBound..<end, type: type, text: text)
        }
    }
}

/// The state of resolving one article: the entities found so far and what each word refers to.
struct ArticleBuilder {
    let trees: [DependencyTree]
    var entities: [ResolvedEntity]
    var table: [[[Int]]]
    /// People's genders where the article shows them: true for feminine.
    var genders: [Int: Bool] = [:]
    /// The first entity of each name, in lower case (names do not change once entities are built).
    var byName: [String: Int] = [:]

    init(trees: [DependencyTree], entities: [ResolvedEntity]) {
        self.trees = trees
        self.entities = entities
        for (index, entity) in entities.enumerated() where byName[entity.name.lowercased()] == nil {
            byName[entity.name.lowercased()] = index
        }
        table = trees.map { Array(repeating: [], count: $0.count) }
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions {
                for word in mention.words { table[mention.sentence][word] = [index] }
            }
        }
    }

    static func isCapitalised(_ word: Token) -> Bool { word.form.first?.isUppercase ?? false }

    /// The entity named `name` (compared in lower case), if any.
    func entity(named name: String) -> Int? { byName[name.lowercased()] }

    /// The country entity called `name`, created (with no mentions yet) when the article has none.
    mutating func country(_ name: String) -> Int {
        if let existing = entity(named: name) { return existing }
        entities.append(ResolvedEntity(name: name, type: "LOC", mentions: [], isCountry: true))
        byName[name.lowercased()] = entities.count - 1
        return entities.count - 1
    }

    /// Records that words `words` of sentence `sentence` mention `targets` (one mention each).
    mutating func record(_ targets: [Int], sentence: Int, words: Range<Int>, kind: MentionKind, head: Int? = nil) {
        let text = EntityResolver.text(trees[sentence].words[words])
        for target in targets {
            entities[target].mentions.append(
                EntityMention(sentence: sentence, words: words, type: entities[target].type, text: text, kind: kind))
        }
        if let head { table[sentence][head] = targets } else { for word in words { table[sentence][word] = targets } }
    }

    /// Runs of capitalised words the recognizer left untagged that repeat a known name, or (for a
    /// single word) the first or last name of exactly one person: `General Lich`, `the Vietnamese
    /// Defense Ministry`. The longest matching tail of the run wins; the words before it are
    /// titles (read by ``addTitles()``).
    mutating func addUntaggedNames() {
        let people = PersonNames(entities)
        for (number, tree) in trees.enumerated() {
            var index = 0
            while index < tree.count {
                func fits(_ word: Int) -> Bool {
                    let token = tree.words[word]
                    return table[number][word].isEmpty && token.entity == nil && Self.isCapitalised(token)
                        && ["PROPN", "ADJ", "NOUN"].contains(token.upos)
                }
                guard fits(index) else {
                    index += 1
                    continue
                }
                var end = index
                while end < tree.count, fits(end) || end > index && ["'s", "’s"].contains(tree.words[end].form) { end += 1 }
                for start in index..<end {
                    let text = EntityResolver.text(tree.words[start..<end])
                    var match =
                        entity(named: EntityResolver.name(text, type: "ORG")) ?? entity(named: EntityResolver.name(text, type: "PER"))
                    if match == nil, end - start == 1, tree.words[start].upos == "PROPN" {
                        match = people.unique(Substring(text.lowercased()))
                    }
                    guard let match, !(entities[match].isCountry && Demonyms.country(demonym: text) != nil) else { continue }
                    record([match], sentence: number, words: start..<end, kind: .name)
                    break
                }
                index = end
            }
        }
    }

    /// The titles written before each person's name (`US Defense Secretary Mark Esper`, `US
    /// Secretary of Defense Mark Esper`, `Vietnamese Defense Minister General Ngo Xuan Lich`) and
    /// in apposition to it (`Esper, the US Defense Secretary`) become the person's roles; the title
    /// words then refer to the person, so `US Secretary of Defense Mark Esper`, headed by
    /// `Secretary`, is Esper. The countries written before a title are the person's countries.
    mutating func addTitles() {
        for entity in entities.indices where entities[entity].type == "PER" {
            for mention in entities[entity].mentions where mention.kind == .name {
                let words = trees[mention.sentence].words
                var titles: [Int] = Array(
                    mention.words.prefix { EntityResolver.titles.contains(words[$0].form.lowercased()) || RoleNouns.isHead(words[$0].form) }
                )
                var index = mention.words.lowerBound - 1
                var before: [Int] = []
                while index >= 0 {
                    let word = words[index]
                    let others = table[mention.sentence][index].filter { $0 != entity }
                    if Self.isCapitalised(word), ["PROPN", "ADJ", "NOUN", "X"].contains(word.upos),
                        !others.contains(where: { entities[$0].type == "PER" })
                    {
                        before.insert(index, at: 0)
                    } else if ["of", "to", "for"].contains(word.form.lowercased()), !before.isEmpty, index > 0,
                        Self.isCapitalised(words[index - 1])
                    {
                        before.insert(index, at: 0)
                    } else {
                        break
                    }
                    index -= 1
                }
                titles = before + titles
                for word in titles {
                    if let feminine = RoleNouns.genders[words[word].form.lowercased()], genders[entity] == nil {
                        genders[entity] = feminine
                    }
                }
                guard titles.contains(where: { RoleNouns.isHead(words[$0].form) }) else { continue }
                addRoles(titles.map { words[$0].form }, to: entity)
                for word in titles where table[mention.sentence][word].isEmpty && Demonyms.country(words[word].form) == nil {
                    table[mention.sentence][word] = [entity]
                }
            }
            addAppositions(of: entity)
        }
    }

    mutating func addRoles(_ forms: [String], to entity: Int) {
        for role in RoleNouns.roles(forms) where !entities[entity].roles.contains(role) { entities[entity].roles.append(role) }
        for form in forms.prefix(while: { !RoleNouns.isHead($0) }) {
            if let country = Demonyms.country(form), !entities[entity].countries.contains(country) {
                entities[entity].countries.append(country)
            }
        }
    }

    /// `Mark Esper, the US Defense Secretary`: a role noun in apposition to a person's name.
    mutating func addAppositions(of entity: Int) {
        for mention in entities[entity].mentions where mention.kind == .name {
            let tree = trees[mention.sentence]
            guard let head = mention.words.first(where: { tree.head($0).map { !mention.words.contains($0) } ?? true }) else { continue }
            for apposition in tree.children(head, ["appos"])
            where table[mention.sentence][apposition].isEmpty && RoleNouns.isHead(tree.words[apposition].form) {
                let phrase = tree.span(apposition, excluding: ["det", "punct", "acl", "nmod", "appos", "conj", "cc"])
                addRoles(phrase.map { tree.words[$0].form }, to: entity)
                if let first = phrase.first, let last = phrase.last {
                    record([entity], sentence: mention.sentence, words: first..<(last + 1), kind: .nominal, head: apposition)
                }
            }
        }
    }

    /// Demonyms (`Vietnamese`) refer to their country; a country's name or demonym before an organ
    /// of the state (`the US side`, `the Vietnamese Government`) makes the phrase the country.
    mutating func addDemonyms() {
        for (number, tree) in trees.enumerated() {
            for index in 0..<tree.count where table[number][index].isEmpty && Self.isCapitalised(tree.words[index]) {
                guard ["ADJ", "PROPN", "NOUN"].contains(tree.words[index].upos),
                    let name = Demonyms.country(demonym: tree.words[index].form)
                else { continue }
                record([country(name)], sentence: number, words: index..<(index + 1), kind: .demonym)
            }
            for index in 0..<tree.count {
                guard table[number][index].count == 1, let country = table[number][index].first, entities[country].isCountry,
                    ["amod", "compound"].contains(tree.relation(index)), let head = tree.head(index), head > index,
                    table[number][head].isEmpty, RoleNouns.countryOrgans.contains(tree.words[head].form.lowercased())
                else { continue }
                let start = tree.children(head, ["det"]).first ?? index
                record([country], sentence: number, words: min(start, index)..<(head + 1), kind: .nominal, head: head)
            }
        }
    }

    /// The entities with their mentions in order, roles and countries sorted, entities in order of
    /// first mention, and the word table renumbered to match.
    func finished() -> ArticleEntities {
        var entities = self.entities
        for index in entities.indices {
            entities[index].mentions.sort {
                ($0.sentence, $0.words.lowerBound, $0.words.upperBound) < ($1.sentence, $1.words.lowerBound, $1.words.upperBound)
            }
            entities[index].roles.sort()
            entities[index].countries.sort()
        }
        let order = entities.indices.filter { !entities[$0].mentions.isEmpty }.sorted { left, right in
            let a = entities[left].mentions[0]
            let b = entities[right].mentions[0]
            return (a.sentence, a.words.lowerBound, entities[left].name) < (b.sentence, b.words.lowerBound, entities[right].name)
        }
        var renumbered: [Int: Int] = [:]
        for (position, index) in order.enumerated() { renumbered[index] = position }
        let table = self.table.map { sentence in sentence.map { targets in targets.compactMap { renumbered[$0] } } }
        return ArticleEntities(entities: order.map { entities[$0] }, table: table, trees: trees)
    }
}
