import NLPCore

/// Pronouns, role nouns, descriptions and groups, resolved sentence by sentence against the
/// entities' salience, in the manner of Lappin and Leass (1994): each mention gives its entity
/// 100 points for recency plus weights for its grammatical role and prominence (``weight(_:_:)``),
/// its best mention counting in each sentence, and every entity's score halves at each new
/// sentence. A phrase
/// is resolved to the most salient entity that agrees with it:
///
/// - `he`, `she`, `his`, `her` → a person not known to be of the other gender (known from `Mr.`,
///   `Mrs.`, `Ms.`, a gendered title such as `chairwoman`, or an earlier pronoun); `it`, `its` →
///   an organization, place or thing; `they`, `their` → the last group (`the two sides … they`). A possessive or a pronoun in a
///   phrase that comes before its clause's subject refers forward to that subject when it agrees
///   (`For his part, Mark Esper affirmed`); an object pronoun never refers to its own verb's
///   subject; a possessive whose phrase gives a role (`in his capacity as the US Defense
///   Secretary`) prefers a person with that role. `who`, `which` refer to the noun their relative
///   clause modifies.
/// - a role noun (`the Vietnamese PM`, `the US Defense Secretary`, `the minister`) → a person one
///   of whose roles has every word of the description (`PM` = `Prime Minister`) and no other
///   country than the description names.
/// - `the host`, `the guest` → among the people who, somewhere in the article, receive, host,
///   welcome or invite (hosts) or are received, welcomed, visiting or on a visit (guests), the most
///   salient; failing that, the first the article shows in that part. With no one hosting, `the
///   host` stays unresolved.
/// - a counted plural (`the two defense leaders`, `the two top defense officials`, `both
///   countries`, `the two sides`) → that many people whose roles have the description's words
///   (rank words such as `top` aside), or that many countries, the most salient first.
extension ArticleBuilder {
    static let personal: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
    static let feminine: Set<String> = ["she", "her", "hers", "herself"]
    static let neuter: Set<String> = ["it", "its", "itself"]
    static let plural: Set<String> = ["they", "them", "their", "theirs", "themselves"]
    static let relative: Set<String> = ["who", "whom", "whose", "which"]
    static let indefinite: Set<String> = ["a", "an", "another", "any", "some", "each", "every", "no", "other"]

    mutating func resolveReferences() {
        let (hosts, guests) = discourseRoles()
        // Scores carried from earlier sentences, and each entity's best mention in this one (as in
        // Lappin and Leass, a sentence's factors count once per entity, not once per mention).
        var carried: [Int: Double] = [:]
        var current: [Int: Double] = [:]
        var salience: [Int: Double] { carried.merging(current, uniquingKeysWith: +) }
        var lastGroup: [Int] = []
        for (number, tree) in trees.enumerated() {
            carried = salience.mapValues { $0 / 2 }
            current = [:]
            for index in 0..<tree.count {
                let word = tree.words[index]
                let form = word.form.lowercased()
                if table[number][index].isEmpty {
                    if word.upos == "PRON" || Self.personal.contains(form) || Self.neuter.contains(form) || Self.plural.contains(form) {
                        resolvePronoun(index, number, salience: salience, lastGroup: lastGroup)
                    } else if ["NOUN", "PROPN"].contains(word.upos) {
                        if let group = group(index, number, salience: salience) {
                            lastGroup = group
                        } else {
                            resolveDescription(index, number, salience: salience, hosts: hosts, guests: guests)
                        }
                    }
                }
                guard !table[number][index].isEmpty, isPhraseHead(index, number) else { continue }
                for entity in table[number][index] { current[entity] = max(current[entity] ?? 0, 100 + Self.weight(index, tree)) }
            }
        }
    }

    /// Whether word `index` heads the phrase its referents come from (its head refers elsewhere).
    func isPhraseHead(_ index: Int, _ sentence: Int) -> Bool {
        guard let head = trees[sentence].head(index) else { return true }
        return table[sentence][head] != table[sentence][index]
    }

    /// Lappin and Leass's salience factors besides recency for a mention headed by `index`: its
    /// grammatical role (subject 80, object 50, indirect object or oblique 40), head-noun emphasis
    /// (80 unless inside another noun phrase) and non-adverbial emphasis (50 unless in an
    /// adverbial phrase). A conjunct counts as its first conjunct.
    static func weight(_ index: Int, _ tree: DependencyTree) -> Double {
        var word = index
        for _ in 0..<8 where tree.relation(word) == "conj" { word = tree.head(word) ?? word }
        let relation = tree.relation(word)
        var weight: Double =
            switch relation {
            case "nsubj", "csubj": 80
            case "obj": 50
            case "iobj", "obl": 40
            default: 0
            }
        if !["nmod", "compound", "amod", "flat", "appos", "nummod"].contains(relation) { weight += 80 }
        if !["obl", "advmod", "advcl"].contains(relation) { weight += 50 }
        return weight
    }

    /// The most salient of `candidates`, if any has been mentioned.
    static func mostSalient(_ candidates: [Int], _ salience: [Int: Double]) -> Int? {
        let scored = candidates.compactMap { candidate in salience[candidate].map { (candidate, $0) } }
        return scored.max { $0.1 < $1.1 || $0.1 == $1.1 && $0.0 > $1.0 }?.0
    }

    mutating func resolvePronoun(_ index: Int, _ number: Int, salience: [Int: Double], lastGroup: [Int]) {
        let tree = trees[number]
        let form = tree.words[index].form.lowercased()
        let words = index..<(index + 1)
        if Self.relative.contains(form) {
            // `a delegation, who are on a visit`: the noun the relative clause modifies.
            var clause = index
            for _ in 0..<4 where tree.relation(clause) != "acl" { clause = tree.head(clause) ?? clause }
            if tree.relation(clause) == "acl", let noun = tree.head(clause), !table[number][noun].isEmpty {
                record(table[number][noun], sentence: number, words: words, kind: .pronoun)
            }
            return
        }
        if Self.plural.contains(form) {
            if !lastGroup.isEmpty { record(lastGroup, sentence: number, words: words, kind: .group) }
            return
        }
        let person = Self.personal.contains(form)
        guard person || Self.neuter.contains(form) else { return }
        let feminine = Self.feminine.contains(form)
        func agrees(_ entity: Int) -> Bool {
            guard person else { return entities[entity].type != "PER" }
            return entities[entity].type == "PER" && genders[entity].map { $0 == feminine } ?? true
        }
        // Only possessives and subjects refer forward: in `After meeting him, Esper said`, `him` is
        // someone else.
        if tree.fullRelation(index) == "nmod:poss" || tree.relation(index) == "nsubj",
            let subject = forwardSubject(of: index, tree), let target = table[number][subject].first,
            table[number][subject].count == 1, agrees(target)
        {
            record([target], sentence: number, words: words, kind: .pronoun)
            if person, genders[target] == nil { genders[target] = feminine }
            return
        }
        var excluded = Set<Int>()
        if ["obj", "iobj", "obl"].contains(tree.relation(index)), !form.hasSuffix("self"), let verb = tree.head(index) {
            for subject in tree.children(verb, ["nsubj"]) { excluded.formUnion(table[number][subject]) }
        }
        var candidates = entities.indices.filter { agrees($0) && !excluded.contains($0) }
        if let role = possessorRole(index, tree) {
            let fitting = candidates.filter { agreesWithRole(role, $0) }
            if !fitting.isEmpty { candidates = fitting }
        }
        if let target = Self.mostSalient(candidates, salience) {
            record([target], sentence: number, words: words, kind: .pronoun)
            if person, genders[target] == nil { genders[target] = feminine }
        }
    }

    /// The subject of the clause a pronoun's phrase precedes (`For his part, Esper affirmed`,
    /// `When he arrived, Esper said`): the first clause up the tree whose subject is not the
    /// pronoun and comes after it.
    func forwardSubject(of index: Int, _ tree: DependencyTree) -> Int? {
        var current = index
        for _ in 0..<6 {
            guard let head = tree.head(current) else { return nil }
            current = head
            if let subject = tree.children(current, ["nsubj"]).first, subject != index {
                return subject > index && !tree.span(subject).contains(index) ? subject : nil
            }
        }
        return nil
    }

    /// The words of a description headed by `head`: its determiners and modifiers, without
    /// clauses and prepositional phrases.
    func descriptionWords(_ head: Int, _ tree: DependencyTree) -> Range<Int> {
        let phrase = tree.span(head, excluding: ["acl", "nmod", "appos", "conj", "cc", "punct", "advmod", "case"]).filter { $0 <= head }
        return (phrase.first ?? head)..<(head + 1)
    }

    /// Resolves a role noun or description headed by word `index` (`the host`, `the Vietnamese
    /// PM`, `US Secretary of Defense`).
    mutating func resolveDescription(
        _ index: Int, _ number: Int, salience: [Int: Double], hosts: [Int], guests: [Int]
    ) {
        let tree = trees[number]
        let word = tree.words[index]
        let form = word.form.lowercased()
        guard !word.feats.contains("Number=Plur"), word.xpos != "NNS", word.xpos != "NNPS" else { return }
        // A modifier (`the host country`) heads nothing; an indefinite (`a minister`, `another
        // official`) brings in someone new.
        guard !["compound", "amod", "flat", "nmod:desc"].contains(tree.fullRelation(index)) else { return }
        let determiners = tree.children(index, ["det", "amod"]).map { tree.words[$0].form.lowercased() }
        guard !determiners.contains(where: Self.indefinite.contains) else { return }
        let words = descriptionWords(index, tree)
        if RoleNouns.hostNouns.contains(form) || RoleNouns.guestNouns.contains(form) {
            let candidates = RoleNouns.hostNouns.contains(form) ? hosts : guests
            if let target = Self.mostSalient(candidates, salience) ?? candidates.first {
                record([target], sentence: number, words: words, kind: .nominal, head: index)
            }
            return
        }
        guard RoleNouns.isHead(form) else { return }
        let forms = descriptionForms(index, tree)
        let candidates = entities.indices.filter { agreesWithRole(forms, $0) }
        if let target = Self.mostSalient(candidates, salience) ?? (candidates.count == 1 ? candidates.first : nil) {
            record([target], sentence: number, words: words, kind: .nominal, head: index)
        }
    }

    /// The words of the role description headed by `index` that say which role it is: its
    /// modifiers (rank words, determiners and possessors aside), the head, and a department after
    /// `of` (`Secretary of Defense`).
    func descriptionForms(_ index: Int, _ tree: DependencyTree) -> [String] {
        var forms = descriptionWords(index, tree)
            .filter { !["det", "nummod", "nmod:poss", "case"].contains(tree.fullRelation($0)) && $0 != index }
            .map { tree.words[$0].form }.filter { !RoleNouns.rankWords.contains($0.lowercased()) }
        forms.append(tree.words[index].form)
        for modifier in tree.children(index, ["nmod"]) where modifier > index {
            if tree.children(modifier, ["case"]).contains(where: { tree.words[$0].form.lowercased() == "of" }),
                RoleNouns.departments.contains(tree.words[modifier].form.lowercased())
            {
                forms.append(tree.words[modifier].form)
            }
        }
        return forms
    }

    /// For a possessive in `his capacity as the US Defense Secretary`, `her term as prime
    /// minister`: the role the phrase gives its possessor.
    func possessorRole(_ index: Int, _ tree: DependencyTree) -> [String]? {
        guard tree.fullRelation(index) == "nmod:poss", let noun = tree.head(index) else { return nil }
        for role in tree.children(noun, ["nmod"]) where RoleNouns.isHead(tree.words[role].form) {
            if tree.children(role, ["case"]).contains(where: { tree.words[$0].form.lowercased() == "as" }) {
                return descriptionForms(role, tree)
            }
        }
        return nil
    }

    /// Whether person `entity` has a role with every word of the description `forms` (countries
    /// aside), and no country other than the ones the description names.
    func agreesWithRole(_ forms: [String], _ entity: Int) -> Bool {
        guard entities[entity].type == "PER" else { return false }
        var description = RoleNouns.comparable(forms)
        // `the defense chief`: any role in defense.
        if let last = forms.last?.lowercased(), RoleNouns.genericHeads.contains(last), forms.count > 1 { description.words.remove(last) }
        if !entities[entity].countries.isEmpty, !description.countries.isSubset(of: Set(entities[entity].countries)) { return false }
        return entities[entity].roles.contains { role in
            let words = RoleNouns.comparable(role.split(separator: " ").map(String.init))
            return description.words.isSubset(of: words.words)
        }
    }

    /// Resolves a counted plural headed by word `index` (`the two defense leaders`, `both
    /// countries`), returning its referents.
    mutating func group(_ index: Int, _ number: Int, salience: [Int: Double]) -> [Int]? {
        let tree = trees[number]
        let form = tree.words[index].form.lowercased()
        let people = RoleNouns.personGroups.contains(form)
        guard people || RoleNouns.countryGroups.contains(form) else { return nil }
        guard
            let count = tree.children(index, ["nummod", "det", "advmod"]).compactMap({ RoleNouns.counts[tree.words[$0].form.lowercased()] })
                .first
        else { return nil }
        var candidates: [Int]
        if people {
            let modifiers = tree.children(index, ["amod", "compound"]).filter { $0 < index }.map { tree.words[$0].form }
                .filter { !RoleNouns.rankWords.contains($0.lowercased()) }
            candidates = entities.indices.filter { entity in
                guard entities[entity].type == "PER" else { return false }
                return modifiers.isEmpty ? !entities[entity].roles.isEmpty : agreesWithRole(modifiers, entity)
            }
        } else {
            candidates = entities.indices.filter { entities[$0].isCountry }
        }
        // The most salient first; those not yet mentioned by how often the article names them.
        candidates.sort { left, right in
            let a = salience[left] ?? 0
            let b = salience[right] ?? 0
            return a != b ? a > b : (entities[left].mentions.count, right) > (entities[right].mentions.count, left)
        }
        guard candidates.count >= count else { return nil }
        let members = Array(candidates.prefix(count)).sorted()
        record(members, sentence: number, words: descriptionWords(index, tree), kind: .group, head: index)
        return members
    }

    /// Hosts and guests, in order of first appearance: subjects of `receive`, `host`, `welcome`,
    /// `invite` and agents of their passives (`hosted by`), the one whose invitation it is; their
    /// objects, subjects of `visit`, those `visiting` and whose visit it is.
    func discourseRoles() -> (hosts: [Int], guests: [Int]) {
        var hosts: [Int] = []
        var guests: [Int] = []
        func people(_ number: Int, _ word: Int) -> [Int] {
            let tree = trees[number]
            let heads = [word] + tree.children(word, ["conj"])
            return heads.flatMap { table[number][$0] }.filter { entities[$0].type == "PER" }
        }
        for (number, tree) in trees.enumerated() {
            for index in 0..<tree.count {
                let lemma = (tree.words[index].lemma == "_" ? tree.words[index].form : tree.words[index].lemma).lowercased()
                if tree.words[index].upos == "VERB", RoleNouns.hostingVerbs.contains(lemma) {
                    for child in tree.children[index] {
                        switch tree.fullRelation(child) {
                        case "nsubj", "obl:agent": hosts += people(number, child)
                        case "obj", "nsubj:pass": guests += people(number, child)
                        default: break
                        }
                    }
                }
                if lemma == "visit" || tree.words[index].form.lowercased() == "visiting" {
                    if tree.words[index].upos == "VERB" {
                        guests += tree.children(index, ["nsubj"]).flatMap { people(number, $0) }
                        if tree.relation(index) == "amod", let head = tree.head(index) { guests += people(number, head) }
                    } else {
                        guests += tree.children(index, ["nmod"]).filter { child in
                            tree.fullRelation(child) == "nmod:poss"
                                || tree.children(child, ["case"]).contains { tree.words[$0].form.lowercased() == "of" }
                        }.flatMap { people(number, $0) }
                    }
                }
                if lemma == "invitation" {
                    hosts += tree.children(index, ["nmod"]).flatMap { people(number, $0) }
                }
            }
        }
        func unique(_ list: [Int]) -> [Int] { list.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
        return (unique(hosts), unique(guests))
    }
}
