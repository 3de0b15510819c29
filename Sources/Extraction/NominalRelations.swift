import NLPCore

/// Relations a sentence states without a verb: appositions (`Esper, the US Defense Secretary` →
/// `Esper is the US Defense Secretary`), titles before names (`President Bush` → `Bush is
/// President`) and possessives (`the Jets' midfielder` → `the Jets have a midfielder`).
struct NominalRelations {
    static let nmodConfidence = 0.55
    /// Possessives rank lowest: CaRB's gold states few of them (on dev about a quarter of ours match).
    static let possessionConfidence = 0.3
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    /// Nouns that, written before a name, are that person's title or role.
    static let titles: Set<String> = [
        "president", "minister", "secretary", "senator", "general", "ambassador", "chairman", "chairwoman", "chair",
        "ceo", "director", "judge", "governor", "king", "queen", "prince", "princess", "pope", "mayor", "premier",
        "chancellor", "commander", "colonel", "captain", "lieutenant", "admiral", "sergeant", "professor", "coach",
        "representative", "rep.", "sen.", "gov.", "gen.", "pres.", "justice", "spokesman", "spokeswoman", "chief",
        "officer", "leader", "founder", "editor", "author", "minister-president", "pm", "vice", "deputy", "lord",
        "sir", "dame", "bishop", "archbishop", "cardinal", "emperor", "sultan", "sheikh", "ayatollah", "rabbi",
        "reverend", "rev.", "dr.", "doctor",
    ]

    func relations(_ tree: DependencyTree) -> [Relation] {
        var result: [Relation] = []
        for index in 0..<tree.count {
            let relation = tree.relation(index)
            guard let head = tree.head(index) else { continue }
            if relation == "appos", ["NOUN", "PROPN", "PRON"].contains(tree.words[head].upos) {
                let subject = tree.span(head, excluding: ClauseExtractor.argumentExclusions.union(["appos", "acl"]), asSubject: true)
                let object = tree.span(index, excluding: ClauseExtractor.argumentExclusions.union(["appos"]), asSubject: true)
                // An apposition is set off by a comma, a dash or a bracket; without one the parser has
                // most likely split a name (`Blagoja ` Billy ' Celeski`).
                guard !subject.isEmpty, !object.isEmpty, let first = object.first, first > 0,
                    tree.words[first - 1].upos == "PUNCT"
                else { continue }
                result.append(Relation(subject: subject, predicate: [], arguments: [object], confidence: 0.6))
            }
            if relation == "nmod", tree.fullRelation(index) != "nmod:poss", ["NOUN", "PROPN"].contains(tree.words[head].upos),
                let preposition = tree.children(index, ["case"]).first, preposition < index,
                ["in", "at", "on", "between", "from", "near", "inside", "outside"].contains(tree.words[preposition].form.lowercased())
            {
                let place = tree.span(index, excluding: ClauseExtractor.argumentExclusions, asSubject: true)
                let thing = tree.span(head, excluding: ClauseExtractor.argumentExclusions.union(["nmod", "acl"]).union(ClauseExtractor.clauseParts), asSubject: true)
                // `an investigation in late 1995` says when, not where.
                let isTime = place.contains { tree.words[$0].upos == "NUM" || Self.months.contains(tree.words[$0].form.lowercased()) }
                if !place.isEmpty, !thing.isEmpty, !thing.contains(index), !isTime {
                    var located = Relation(
                        subject: thing, predicate: [], arguments: [place], confidence: NominalRelations.nmodConfidence,
                        kind: .location(preposition))
                    located.impliedVerb = Agreement(tree: tree).be(thing, at: head)
                    result.append(located)
                }
            }
            if tree.fullRelation(index) == "nmod:poss", ["NOUN", "PROPN"].contains(tree.words[index].upos) {
                let owner = tree.span(index, excluding: ["case", "punct"])
                let owned = tree.span(head, excluding: ClauseExtractor.argumentExclusions.union(["nmod:poss", "acl", "appos"]).union(ClauseExtractor.clauseParts), asSubject: true)
                if !owner.isEmpty, !owned.isEmpty {
                    var possession = Relation(
                        subject: owner, predicate: [], arguments: [owned], confidence: Self.possessionConfidence, kind: .possession)
                    possession.impliedVerb = Agreement(tree: tree).have(owner, at: head)
                    result.append(possession)
                }
            }
            if tree.words[index].upos == "PROPN", relation != "compound", relation != "flat" {
                // Title words before the name, e.g. `US Defense Secretary Mark Esper`.
                let modifiers = tree.children(index, ["compound", "nmod:desc"]).filter { $0 < index }
                guard let last = modifiers.last, !Self.titles.contains(tree.words[index].form.lowercased()),
                    Self.titles.contains(tree.words[last].form.lowercased()) || Self.titles.contains(tree.words[last].lemma.lowercased())
                        || isRole(last, tree)
                else { continue }
                let title = modifiers.flatMap { tree.span($0) }.sorted()
                let name = tree.span(index, excluding: ["compound", "det", "amod", "nmod", "acl", "appos", "punct", "case"])
                guard !name.isEmpty, !title.isEmpty else { continue }
                result.append(Relation(subject: name, predicate: [], arguments: [title], confidence: 0.75))
            }
        }
        return result
    }

    /// Whether word `index`, written before a name, describes the person by what they do: a common
    /// noun the parser marks as a description (`producer Leo Graham`, `author Bill Bryson`), not a
    /// form of address (`St.`, `Dr.`).
    func isRole(_ index: Int, _ tree: DependencyTree) -> Bool {
        let word = tree.words[index]
        return tree.fullRelation(index) == "nmod:desc" && word.upos == "NOUN" && word.form.first?.isLowercase == true
    }
}
