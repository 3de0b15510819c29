import NLPCore

/// Finds relations in a parsed sentence, clause by clause, from its Universal Dependencies tree:
/// each verb (or copular predicate) gives `subject – predicate – object and other arguments`,
/// with auxiliaries, negation and particles in the predicate; subjects are carried into
/// coordinated verbs, controlled complements (`wants to promote`) and relative clauses.
package struct ClauseExtractor: Sendable {
    /// Whether coordinated subjects and arguments give one relation per conjunct instead of the
    /// relation as written (`Vietnam and the US agreed` → `Vietnam agreed`, `the US agreed`).
    package var distributeSubjects: Bool
    /// Whether secondary readings follow each relation, ranked below it: one relation per conjunct
    /// of a coordination kept as written, and the verb with a prepositional argument alone
    /// (`XM did offer to | subscribers`). They help a ranked benchmark such as CaRB, whose gold
    /// states both; a graph wants each fact once.
    package var rankedReadings: Bool

    /// CaRB's settings by default.
    package init(distributeSubjects: Bool = false, rankedReadings: Bool = true) {
        self.distributeSubjects = distributeSubjects
        self.rankedReadings = rankedReadings
    }

    /// The settings for the knowledge graph: one relation per conjunct, no secondary readings.
    package static let graph = ClauseExtractor(distributeSubjects: true, rankedReadings: false)

    static let subjectRelations: Set<String> = ["nsubj", "csubj", "nsubj:pass", "csubj:pass"]
    static let argumentExclusions: Set<String> = ["acl:relcl", "parataxis", "advcl", "dep", "discourse", "vocative"]
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom", "whose"]
    /// What a noun that heads a copular clause has besides its own phrase.
    static let clauseParts: Set<String> = ["acl", "nsubj", "csubj", "cop", "aux", "conj", "cc", "mark", "obl", "advmod"]

    package func relations(in sentence: Sentence) -> [Relation] {
        let tree = DependencyTree(sentence)
        var result: [Relation] = []
        var merged = Set<Int>()
        for index in 0..<tree.count where !merged.contains(index) {
            guard let (relation, complement) = clause(at: index, tree) else { continue }
            if let complement { merged.insert(complement) }
            let coordination = Coordination(tree: tree)
            guard rankedReadings else {
                result += coordination.distributed(relation, subjects: distributeSubjects)
                continue
            }
            // The relation as written first, then one for each conjunct, ranked below it.
            result.append(relation)
            let readings = coordination.distributed(relation, subjects: true).filter { $0 != relation }
            result += readings.map { part in
                var part = part
                part.confidence = Self.rounded(part.confidence - Self.conjunctPenalty)
                return part
            }
            result += prepositionalReadings(relation, tree)
        }
        result += NominalRelations().relations(tree)
        result += EventNominals().relations(tree)
        return result
    }

    /// Whether word `index` heads a clause the rules read.
    func isPredicate(_ index: Int, _ tree: DependencyTree) -> Bool {
        let word = tree.words[index]
        let relation = tree.relation(index)
        if ["aux", "cop", "amod", "compound", "fixed", "flat", "case", "mark", "det"].contains(relation) { return false }
        if word.upos == "VERB" { return true }
        // A copular clause: the predicate nominal or adjective heads it.
        return !tree.children(index, ["cop"]).isEmpty && !subjects(index, tree).isEmpty
    }

    func subjects(_ index: Int, _ tree: DependencyTree) -> [Int] {
        tree.children[index].filter { Self.subjectRelations.contains(tree.fullRelation($0)) || tree.relation($0) == "nsubj" || tree.relation($0) == "csubj" }
    }

    /// The subject of the clause headed by `index`: its own, or one it shares; with a confidence
    /// penalty for a shared one.
    func subject(of index: Int, _ tree: DependencyTree, depth: Int = 0) -> (words: [Int], penalty: Double)? {
        guard depth < 8 else { return nil }
        if let own = subjects(index, tree).first {
            let word = tree.words[own].form.lowercased()
            if Self.relativePronouns.contains(word), tree.relation(index) == "acl", let words = antecedent(of: index, tree) {
                return (words, 0.05)
            }
            // A participle phrase or apposition set off by commas is an aside (`The second session ,
            // taking place on November 12 ,`, `His son , John Crozier ,`); one without is part of the
            // name (`Legislation sponsored by`, `Soviet leader Mikhail Gorbachev`).
            let words = tree.span(own, excluding: Self.argumentExclusions, asSubject: true)
            let asides = words.filter { ["acl", "appos"].contains(tree.relation($0)) }.map { tree.span($0) }
                .filter { words in words.first.map { $0 > own && tree.words[$0 - 1].upos == "PUNCT" } ?? false }
                .flatMap { $0 }
            return (tree.trimmed(words.filter { !asides.contains($0) }), 0)
        }
        guard let head = tree.head(index) else { return nil }
        switch tree.relation(index) {
        case "conj":
            return subject(of: head, tree, depth: depth + 1).map { ($0.words, $0.penalty + 0.05) }
        case "parataxis":
            // `…; he was readmitted in 1841 and, after serving for a year, became Master of the Rolls`:
            // a subjectless clause beside another most often shares its subject.
            guard tree.words[index].upos == "VERB" else { return nil }
            return subject(of: head, tree, depth: depth + 1).map { ($0.words, $0.penalty + 0.2) }
        case "xcomp":
            if let object = tree.children(head, ["obj"]).first {
                return (tree.span(object, excluding: Self.argumentExclusions), 0.1)
            }
            return subject(of: head, tree, depth: depth + 1).map { ($0.words, $0.penalty + 0.05) }
        case "acl":
            // `the talks held earlier`, `a delegation, who are on a visit`: the noun is the subject;
            // not of a gerund after a preposition (`the idea of running workshops`).
            guard tree.words[index].xpos != "VBG" || tree.children(index, ["mark"]).isEmpty else { return nil }
            return (nounPhrase(head, tree), 0.15)
        case "advcl":
            guard tree.words[index].xpos == "VBG" || tree.words[index].xpos == "VBN" else { return nil }
            return subject(of: head, tree, depth: depth + 1).map { ($0.words, $0.penalty + 0.2) }
        default:
            return nil
        }
    }

    /// The phrase of a noun that a clause modifies, without the clause, its other clauses and its
    /// apposition: `the talks held earlier` → `the talks`.
    func nounPhrase(_ noun: Int, _ tree: DependencyTree) -> [Int] {
        tree.span(noun, excluding: Self.argumentExclusions.union(Self.clauseParts).union(["appos"]), asSubject: true)
    }

    /// What the relative pronoun of the relative clause headed by `index` stands for: the noun it
    /// modifies, or, when that noun is itself what a copula says of a subject, that subject
    /// (`Celeski is an Australian footballer who plays …` → `Celeski plays`).
    func antecedent(of index: Int, _ tree: DependencyTree) -> [Int]? {
        guard let head = tree.head(index) else { return nil }
        if !tree.children(head, ["cop"]).isEmpty, let subject = subjects(head, tree).first,
            !Self.relativePronouns.contains(tree.words[subject].form.lowercased())
        {
            return tree.span(subject, excluding: Self.argumentExclusions.union(["acl"]), asSubject: true)
        }
        return nounPhrase(head, tree)
    }

    /// A reporting verb after what it reports, parsed with two subjects: `Large cross - border deals
    /// numbered 51 and totaled $ 17.1 billion , the firm added`, where the parser takes `deals` (with
    /// the clause hung on it) for a second subject of `added` → `the firm | added | Large cross -
    /// border deals numbered 51 …`.
    func reportedClause(_ index: Int, _ tree: DependencyTree) -> Relation? {
        let own = tree.children[index].filter { tree.fullRelation($0) == "nsubj" }
        guard tree.words[index].upos == "VERB", Attribution.reportingVerbs.contains(tree.words[index].lemma.lowercased()),
            own.count == 2, let first = own.first, let last = own.last, last < index,
            (index + 1..<tree.count).allSatisfy({ tree.words[$0].upos == "PUNCT" })
        else { return nil }
        let speaker = tree.span(last, excluding: Self.argumentExclusions, asSubject: true)
        guard let start = speaker.first, start > 0, tree.words[start - 1].form == "," else { return nil }
        // All that comes before the speaker: the parser may have hung the clause's verb elsewhere.
        let said = tree.trimmed(Array((tree.span(first).first ?? first)..<start))
        guard !said.isEmpty else { return nil }
        let predicate = tree.children(index, ["aux"]) + [index]
        return Relation(subject: speaker, predicate: predicate.sorted(), arguments: [said], confidence: 0.8)
    }

    /// The noun a relative clause without a relative pronoun leaves its verb's object for: `the $ 58
    /// a share Georgia - Pacific is offering` → `Georgia - Pacific | is offering | the $ 58 a share`.
    /// Not when the clause says where or when (`the section where the tanks were located`), nor a
    /// passive.
    func objectGap(_ index: Int, _ tree: DependencyTree) -> Int? {
        guard tree.fullRelation(index) == "acl:relcl", tree.words[index].upos == "VERB", let noun = tree.head(index),
            let subject = tree.children(index, ["nsubj"]).first,
            !Self.relativePronouns.contains(tree.words[subject].form.lowercased()),
            tree.children(index, ["obj", "iobj", "ccomp", "xcomp", "expl", "aux:pass", "nsubj:pass"]).isEmpty,
            !tree.children(index, ["advmod", "obl"]).contains(where: { Self.relativeAdverbs.contains(tree.words[$0].form.lowercased()) })
        else { return nil }
        return noun
    }

    static let relativeAdverbs: Set<String> = ["where", "when", "why", "how", "whereby", "which", "whom"]

    /// The relation of the clause headed by `index`, and the controlled complement it took into
    /// its predicate (which then gives no relation of its own).
    func clause(at index: Int, _ tree: DependencyTree) -> (Relation, Int?)? {
        if let reported = reportedClause(index, tree) { return (reported, nil) }
        guard isPredicate(index, tree), let (subject, subjectPenalty) = subject(of: index, tree), !subject.isEmpty else {
            return nil
        }
        let isCopular = tree.words[index].upos != "VERB"
        var predicate: [Int] = []
        var arguments: [[Int]] = []
        var verb = index
        var confidence = 0.9 - subjectPenalty
        // Auxiliaries, negation, particles and (for copular clauses) the copula.
        func addModifiers(of head: Int) {
            for child in tree.children[head] {
                let relation = tree.relation(child)
                let lemma = tree.words[child].lemma.lowercased()
                if relation == "aux" || relation == "cop" || relation == "compound" && tree.fullRelation(child) == "compound:prt" {
                    predicate.append(child)
                } else if relation == "advmod", lemma == "not" || lemma == "never" || tree.words[child].form.lowercased() == "n't" {
                    predicate.append(child)
                } else if relation == "advmod", tree.words[child].upos == "ADV", (child < head), (child > (subject.last ?? -1)),
                    tree.children[child].isEmpty
                {
                    // An adverb between the subject and the verb qualifies the predicate: `is often
                    // portrayed as`, `also suggests that`.
                    predicate.append(child)
                } else if relation == "advmod", tree.words[child].upos == "ADV", child == head + 1, tree.children[child].isEmpty,
                    tree.words[head].upos == "VERB"
                {
                    // Right after the verb too: `toured extensively | throughout the world`.
                    predicate.append(child)
                }
            }
        }
        // A verb coordinated with another shares its auxiliaries: `has instituted … and allowed`.
        if tree.relation(index) == "conj", subjects(index, tree).isEmpty, let head = tree.head(index),
            tree.children(index, ["aux"]).isEmpty, tree.words[head].upos == "VERB",
            ["VB", "VBN", "VBG"].contains(tree.words[index].xpos)
        {
            // Not a finite verb: `they were separated from them and consisted of` has its own tense.
            predicate += tree.children(head, ["aux"]).filter { $0 < head }
        }
        let controlled = tree.children(index, ["xcomp"]).first {
            tree.words[$0].upos == "VERB" && subjects($0, tree).isEmpty && !tree.children($0, ["mark"]).isEmpty
        }
        if isCopular, tree.words[index].upos == "ADJ", let controlled {
            // `were able to reinforce the hotel`: the adjective and the verb it controls make the
            // predicate, `were able to reinforce`.
            addModifiers(of: index)
            guard !predicate.isEmpty else { return nil }
            predicate.append(index)
            predicate += tree.children(controlled, ["mark"])
            verb = controlled
            addModifiers(of: controlled)
            predicate.append(controlled)
        } else if isCopular {
            addModifiers(of: index)
            guard !predicate.isEmpty else { return nil }
            let argument = tree.span(
                index,
                excluding: Self.argumentExclusions.union(["nsubj", "csubj", "cop", "aux", "conj", "cc", "mark", "advmod", "obl"]))
            let complement = argument.filter { !predicate.contains($0) }
            guard !complement.isEmpty else { return nil }
            var arguments = [complement]
            var obliques = obliques(of: index, tree)
            if tree.words[index].upos == "ADJ", let last = complement.last,
                let position = obliques.firstIndex(where: { ($0.first ?? 0) > last })
            {
                // `are equal to | the numbers on the left side`: the adjective and its preposition
                // are the predicate.
                let prepositions = obliques[position].prefix { tree.relation($0) == "case" }
                if !prepositions.isEmpty, prepositions.count < obliques[position].count {
                    predicate += complement + prepositions
                    arguments = []
                    obliques[position] = Array(obliques[position].dropFirst(prepositions.count))
                }
            }
            if ["NOUN", "PROPN"].contains(tree.words[index].upos),
                let of = tree.children(index, ["nmod"]).first(where: { $0 > index }),
                let preposition = tree.children(of, ["case"]).first, preposition == index + 1,
                tree.words[preposition].form.lowercased() == "of"
            {
                // `were the fathers of | the utopian socialist movement`.
                let ofPhrase = Set(tree.span(of))
                predicate += complement.filter { $0 < preposition } + [preposition]
                arguments = [tree.span(of, excluding: Self.argumentExclusions).filter { $0 != preposition }]
                let rest = complement.filter { $0 > preposition && !ofPhrase.contains($0) }
                if !rest.isEmpty { arguments.append(rest) }
            }
            arguments += obliques
            return (
                Relation(
                    subject: subject, predicate: predicate.sorted(), arguments: arguments,
                    confidence: Self.rounded(confidence)), nil
            )
        }
        if verb == index {
            addModifiers(of: index)
            predicate.append(index)
        }
        // A controlled complement joins the predicate: `wants to promote`, `agreed to boost`, and
        // with an object, `allowed | employees | to dress` → `allowed to dress | employees`.
        if verb == index, tree.children(index, ["ccomp"]).isEmpty,
            let complement = tree.children(index, ["xcomp"]).first, tree.words[complement].upos == "VERB",
            subjects(complement, tree).isEmpty
        {
            predicate += tree.children(complement, ["mark"])
            verb = complement
            addModifiers(of: complement)
            predicate.append(complement)
        }
        // A nominal or adjectival complement is the object: `became a judge`, `seems ready`.
        for complement in tree.children(index, ["xcomp"]) where complement != verb && tree.words[complement].upos != "VERB" {
            let words = tree.span(complement, excluding: Self.argumentExclusions)
            let copula = tree.children(complement, ["mark", "cop"]).filter { $0 < complement && $0 > index }
            if verb == index, !copula.isEmpty, tree.children(complement, ["cop"]).count == 1 {
                // `was considered to be | the patron saint`.
                predicate += copula
                arguments.append(words.filter { !copula.contains($0) })
            } else {
                arguments.append(words)
            }
        }
        for object in tree.children(verb, ["obj", "iobj"]) {
            if Self.relativePronouns.contains(tree.words[object].form.lowercased()), tree.relation(index) == "acl",
                let noun = tree.head(index)
            {
                // `a match … , which Keibler lost` → `Keibler lost a match`.
                arguments.append(nounPhrase(noun, tree))
            } else {
                arguments.append(tree.span(object, excluding: Self.argumentExclusions))
            }
        }
        for complement in tree.children(verb, ["ccomp"]) {
            predicate += tree.children(complement, ["mark"])
            arguments.append(tree.span(complement, asSubject: true))
        }
        if verb != index {
            for object in tree.children(index, ["obj"]) { arguments.append(tree.span(object, excluding: Self.argumentExclusions)) }
        }
        if arguments.isEmpty, verb == index, let noun = objectGap(index, tree) {
            arguments.append(nounPhrase(noun, tree))
            confidence -= 0.1
        }
        var obliques = obliques(of: verb, tree)
        // `buy and sell large amounts`, `were mobilized and recalled to active duty during the
        // War`: a verb without arguments of its own shares those of the verb coordinated right after it.
        if arguments.isEmpty, obliques.isEmpty, verb + 2 < tree.count,
            tree.children(verb, ["conj"]).contains(verb + 2), tree.relation(verb + 1) == "cc", tree.head(verb + 1) == verb + 2,
            tree.words[verb + 2].upos == "VERB", subjects(verb + 2, tree).isEmpty
        {
            arguments = tree.children(verb + 2, ["obj"]).map { tree.span($0, excluding: Self.argumentExclusions) }
            obliques = self.obliques(of: verb + 2, tree)
        }
        if arguments.isEmpty,
            let position = obliques.firstIndex(where: { ($0.first ?? 0) > verb })
        {
            // `taught at | the University`: the preposition of the first argument after the verb
            // joins the predicate.
            let first = obliques[position]
            let prepositions = first.prefix { tree.relation($0) == "case" }
            if !prepositions.isEmpty, prepositions.count < first.count {
                predicate += prepositions
                obliques[position] = Array(first.dropFirst(prepositions.count))
            }
        }
        // `the system which he patented in 1913`: a relative pronoun among the obliques (parsed so,
        // or `in which`) stands for the noun too.
        arguments += obliques.map { words in
            guard tree.relation(index) == "acl", let noun = tree.head(index),
                words.allSatisfy({ Self.relativePronouns.contains(tree.words[$0].form.lowercased()) || tree.relation($0) == "case" })
            else { return words }
            return words.filter { tree.relation($0) == "case" }
                + nounPhrase(noun, tree)
        }
        if arguments.isEmpty, tree.relation(index) == "parataxis", !subjects(index, tree).isEmpty, let head = tree.head(index),
            head < index, tree.head(head) == nil, Attribution.reportingVerbs.contains(tree.words[index].lemma.lowercased()),
            ((tree.span(index).last ?? index) + 1 ..< tree.count).allSatisfy({ tree.words[$0].upos == "PUNCT" })
        {
            // `Executions … are also `` proper retribution '' for heinous crimes , Mr. Hatch argues`:
            // a reporting verb that ends the sentence reports the main clause.
            let said = tree.span(head, excluding: ["parataxis"]).filter { $0 < index }
            if !said.isEmpty { arguments = [tree.trimmed(said)] }
        }
        if arguments.isEmpty, verb != index, tree.relation(verb) == "xcomp" {
            // `Alan begins to behave strangely`: a controlled verb without arguments of its own is
            // the argument, `begins to | behave strangely`.
            let marks = Set(tree.children(verb, ["mark"]))
            let words = tree.span(verb, excluding: Self.argumentExclusions).filter { !marks.contains($0) }
            if words.count > 1 {
                predicate.removeAll { $0 == verb || tree.head($0) == verb && !marks.contains($0) }
                arguments = [words]
            }
        }
        // Adverbial clauses say when, why or how: `after serving for a year`, `when threatened`; a
        // verb without other arguments has them as its argument (`can be clarified | by adding a
        // sliced raw potato`).
        let clauses = tree.children(verb, ["advcl"]).filter { !tree.children($0, ["mark"]).isEmpty }
            .map { tree.span($0, excluding: ["parataxis"]) }
        if arguments.isEmpty, clauses.isEmpty,
            let manner = tree.children(verb, ["advmod"]).first(where: { $0 > verb && !predicate.contains($0) && ["ADV", "ADJ"].contains(tree.words[$0].upos) })
        {
            // `The waist line was put | higher`.
            arguments = [tree.span(manner, excluding: Self.argumentExclusions)] + frontedObliques(of: index, tree)
        } else if arguments.isEmpty, !clauses.isEmpty {
            arguments = clauses + frontedObliques(of: index, tree)
        } else {
            guard !arguments.isEmpty else { return nil }
            arguments += frontedObliques(of: index, tree)
            arguments += clauses
            // An adverb with a phrase of its own says when or how much: `several thousand years ago`.
            arguments += tree.children(verb, ["advmod"])
                .filter { !predicate.contains($0) && tree.children($0, ["obl", "nmod"]).contains { tree.words[$0].upos != "PRON" } }
                .map { tree.span($0, excluding: Self.argumentExclusions) }
        }
        if arguments.count > 2 { confidence -= 0.05 * Double(arguments.count - 2) }
        let length = arguments.reduce(0) { $0 + $1.count } + subject.count
        if length > 15 { confidence -= 0.1 }
        var relation = Relation(
            subject: subject, predicate: predicate.sorted(), arguments: arguments, confidence: Self.rounded(confidence))
        let isBareGerund = tree.relation(index) == "advcl" && tree.words[index].xpos == "VBG" && tree.children(index, ["mark"]).isEmpty
        if tree.relation(index) == "acl" || isBareGerund,
            tree.fullRelation(index) != "acl:relcl", ["VBN", "VBG"].contains(tree.words[index].xpos),
            !predicate.contains(where: { tree.relation($0) == "aux" })
        {
            // `its campaign, created by WPP` → `its campaign | was created by | WPP`.
            relation.impliedVerb = Agreement(tree: tree).be(subject, at: index)
        } else if tree.fullRelation(index) == "acl", tree.words[index].xpos == "VB",
            let to = tree.children(index, ["mark"]).first(where: { tree.words[$0].form.lowercased() == "to" }),
            !predicate.contains(where: { tree.relation($0) == "aux" })
        {
            // `plans to add two new models` → `plans | are to add | two new models`.
            relation.predicate = (relation.predicate + [to]).sorted()
            relation.impliedVerb = Agreement(tree: tree).be(subject, at: index)
        }
        return (relation, verb == index ? nil : verb)
    }

    /// For a relation with an object and prepositional arguments after it, the relation of the
    /// verb with each of those arguments alone, its preposition in the predicate: `XM did offer a
    /// free month to subscribers` also gives `XM | did offer to | subscribers`. When the predicate
    /// already took the first argument's preposition (`plays as | a midfielder | for the Jets`),
    /// the others give `plays for | the Jets`.
    func prepositionalReadings(_ relation: Relation, _ tree: DependencyTree) -> [Relation] {
        guard relation.arguments.count >= 2, let last = relation.predicate.last else { return [] }
        let base = relation.predicate.filter { tree.fullRelation($0) != "case" }
        return relation.arguments.indices.dropFirst().compactMap { position in
            let argument = relation.arguments[position]
            guard let first = argument.first, first > last, tree.fullRelation(first) == "case" else { return nil }
            let prepositions = argument.prefix { tree.fullRelation($0) == "case" }
            guard prepositions.count < argument.count else { return nil }
            var reading = relation
            reading.predicate = (base + prepositions).sorted()
            reading.arguments = [Array(argument.dropFirst(prepositions.count))]
            reading.confidence = Self.rounded(relation.confidence - Self.readingPenalty)
            return reading
        }
    }

    /// How much lower than the relation it comes from a secondary reading ranks: the verb with one
    /// prepositional argument, or one conjunct of a coordination (CaRB mode).
    static let readingPenalty = 0.4
    static let conjunctPenalty = 0.35

    /// Clamped to [0.05, 1] and rounded to hundredths, so equal scores compare equal.
    static func rounded(_ confidence: Double) -> Double { (max(0.05, min(1, confidence)) * 100).rounded() / 100 }

    /// The prepositional and temporal arguments written before the subject of the verb that a
    /// subjectless coordinated verb at `index` shares it with: they set the scene for both (`In 1717
    /// Montagu observed the practice and attempted to popularize it` → `attempted to popularize | …
    /// | In 1717`).
    func frontedObliques(of index: Int, _ tree: DependencyTree) -> [[Int]] {
        guard tree.relation(index) == "conj", subjects(index, tree).isEmpty, let head = tree.head(index),
            let subject = subjects(head, tree).first
        else { return [] }
        let start = tree.span(subject).first ?? subject
        return obliques(of: head, tree).filter { ($0.last ?? start) < start }
    }

    /// Prepositional and temporal arguments of `head`, in sentence order, each with its preposition.
    func obliques(of head: Int, _ tree: DependencyTree) -> [[Int]] {
        tree.children(head, ["obl"]).map { tree.span($0, excluding: Self.argumentExclusions) }.filter { !$0.isEmpty }
    }
}
