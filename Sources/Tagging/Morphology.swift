import NLPCore
import Perceptron

/// Lemmas and morphological features from a word's form and XPOS: an exception lexicon learned
/// from the training data (every form seen with its tag: irregular forms such as `went` → `go`
/// come from here), then, for unseen words, suffix rules learned from it too (`-ies` NNS → `-y`).
package struct Morphology: Sendable {
    struct Analysis: Sendable, Hashable {
        var lemma: String
        var feats: String
    }

    /// A suffix rewrite: drop `strip` bytes from the end, then append `append`.
    struct Rule: Sendable, Hashable {
        var strip: Int
        var append: String
    }

    static let maximumSuffix = 6

    /// `form TAB xpos` → analysis, for forms seen in training.
    let lexicon: [String: Analysis]
    /// `xpos TAB suffix` → rule, tried from the longest suffix down to the empty one.
    let rules: [String: Rule]
    /// XPOS → the most frequent features of words with that tag.
    let defaultFeats: [String: String]
    /// The tags whose capitalized words mostly keep their case in the lemma (`NNP`: `Esper`,
    /// `CD`: `01-Feb-02`), learned from the training data.
    let caseKeepingTags: Set<String>

    /// Sets `lemma` and `feats` of `token` from its `form` and `xpos`.
    package func apply(to token: inout Token, wordnet: WordNetLexicon = .empty) {
        let analysis = analyze(form: token.form, xpos: token.xpos, wordnet: wordnet)
        token.lemma = analysis.lemma
        token.feats = analysis.feats
    }

    /// The lemma and features of `form` tagged `xpos`: from the lexicon if the pair was seen;
    /// otherwise WordNet's irregular forms, then the suffix rules, preferring (from the longest
    /// suffix down) a result WordNet knows as a lemma of the tag's part of speech.
    func analyze(form: String, xpos: String, wordnet: WordNetLexicon = .empty) -> Analysis {
        if let known = lexicon[form + "\t" + xpos] { return known }
        let lower = form.lowercased()
        if lower != form, let known = lexicon[lower + "\t" + xpos] { return known }
        let title = lower.prefix(1).uppercased() + lower.dropFirst()
        if title != form, let known = lexicon[title + "\t" + xpos] { return known }  // chicago → Chicago
        let feats = defaultFeats[xpos] ?? "_"
        if let number = Self.plainNumber(form) { return Analysis(lemma: number, feats: feats) }
        let base = Self.caseOfLemma(form: form, lower: lower, title: title, keepsCase: caseKeepingTags.contains(xpos))
        let letter = WordNetLexicon.letter(forXPOS: xpos)
        if let letter, let irregular = wordnet.exceptions[lower + "\t" + letter] {
            return Analysis(lemma: irregular, feats: feats)
        }
        let bytes = Array(base.utf8)
        var first: String?
        for length in stride(from: min(Self.maximumSuffix, bytes.count), through: 0, by: -1) {
            let suffix = String(decoding: bytes.suffix(length), as: UTF8.self)
            guard let rule = rules[xpos + "\t" + suffix], rule.strip <= bytes.count else { continue }
            let stem = bytes.dropLast(rule.strip)
            let lemma = stem.isEmpty ? base : String(decoding: stem, as: UTF8.self) + rule.append
            guard let letter, !wordnet.isEmpty else { return Analysis(lemma: lemma, feats: feats) }
            if first == nil { first = lemma }
            if wordnet.isLemma(Array(lemma.utf8), WordNetLexicon.bit(forLetter: letter)) {
                return Analysis(lemma: lemma, feats: feats)
            }
        }
        return Analysis(lemma: first ?? base, feats: feats)
    }

    /// `420,588` → `420588`: EWT lemmas of numbers drop thousands separators (108 of 108 in train).
    static func plainNumber(_ form: String) -> String? {
        let utf8 = form.utf8
        guard utf8.contains(UInt8(ascii: ",")), utf8.first.map({ (48...57).contains($0) }) == true,
            utf8.allSatisfy({ (48...57).contains($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return String(form.filter { $0 != "," })
    }

    /// The case an unseen word's lemma starts from, following EWT's train data: words with digits
    /// keep their case (`EB3326`; 89 of 125), names in capitals of five letters or more are
    /// title-cased (`SOUTER` → `Souter`; 144 of 180) while shorter ones are acronyms (`EWS`),
    /// tags that keep case keep it, and everything else is lower-cased.
    static func caseOfLemma(form: String, lower: String, title: String, keepsCase: Bool) -> String {
        let utf8 = form.utf8
        if utf8.contains(where: { (48...57).contains($0) }) { return form }
        guard keepsCase else { return lower }
        if utf8.count >= 5, utf8.allSatisfy({ (65...90).contains($0) }) { return title }
        return form
    }

    /// The rule that turns `base` into `lemma`.
    static func rule(from base: String, to lemma: String) -> Rule {
        let from = Array(base.utf8)
        let to = Array(lemma.utf8)
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        return Rule(strip: from.count - common, append: String(decoding: to[common...], as: UTF8.self))
    }
}

extension Morphology {
    /// Learns the lexicon, suffix rules and default features from gold-annotated sentences.
    package init(learningFrom sentences: [Sentence]) {
        var analyses: [String: [Analysis: Int]] = [:]
        var feats: [String: [String: Int]] = [:]
        var caseVotes: [String: Int] = [:]
        for sentence in sentences {
            for word in sentence.words where word.xpos != "_" && word.lemma != "_" {
                if word.form != word.form.lowercased(), word.lemma.first == word.form.first {
                    caseVotes[word.xpos, default: 0] += 1
                } else if word.form != word.form.lowercased() {
                    caseVotes[word.xpos, default: 0] -= 1
                }
                analyses[word.form + "\t" + word.xpos, default: [:]][Analysis(lemma: word.lemma, feats: word.feats), default: 0] += 1
                feats[word.xpos, default: [:]][word.feats, default: 0] += 1
            }
        }
        func mostFrequent<Key: Comparable>(_ counts: [Key: Int]) -> Key? {
            counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        func mostFrequentAnalysis(_ counts: [Analysis: Int]) -> Analysis? {
            counts.max { ($0.value, $1.key.lemma, $1.key.feats) < ($1.value, $0.key.lemma, $0.key.feats) }?.key
        }
        let caseKeepingTags = Set(caseVotes.filter { $0.value > 0 }.keys)
        var lexicon: [String: Analysis] = [:]
        var ruleCounts: [String: [Rule: Int]] = [:]
        for (key, counts) in analyses {
            guard let best = mostFrequentAnalysis(counts) else { continue }
            lexicon[key] = best
            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let (form, xpos) = (parts[0], parts[1])
            let base = caseKeepingTags.contains(xpos) ? form : form.lowercased()
            let rule = Self.rule(from: base, to: best.lemma)
            let bytes = Array(base.utf8)
            for length in rule.strip...max(rule.strip, min(Self.maximumSuffix, bytes.count)) where length <= bytes.count {
                ruleCounts[xpos + "\t" + String(decoding: bytes.suffix(length), as: UTF8.self), default: [:]][rule, default: 0] += 1
            }
        }
        var rules: [String: Rule] = [:]
        for (key, counts) in ruleCounts {
            let total = counts.values.reduce(0, +)
            guard total >= 2 || key.hasSuffix("\t"),
                let best = counts.max(by: { ($0.value, $1.key.strip, $1.key.append) < ($1.value, $0.key.strip, $0.key.append) })
            else { continue }
            rules[key] = best.key
        }
        self.lexicon = lexicon
        self.rules = rules
        self.caseKeepingTags = caseKeepingTags
        defaultFeats = feats.compactMapValues { mostFrequent($0) }
    }

    func write(to writer: inout ModelFileWriter) {
        let entries = lexicon.sorted { $0.key < $1.key }
        writer.addStrings("morphology.forms", entries.map(\.key))
        writer.addStrings("morphology.lemmas", entries.map(\.value.lemma))
        writer.addStrings("morphology.feats", entries.map(\.value.feats))
        let rules = self.rules.sorted { $0.key < $1.key }
        writer.addStrings("morphology.rule-keys", rules.map(\.key))
        writer.addInt32s("morphology.rule-strip", rules.map { Int32($0.value.strip) })
        writer.addStrings("morphology.rule-append", rules.map(\.value.append))
        let defaults = defaultFeats.sorted { $0.key < $1.key }
        writer.addStrings("morphology.default-xpos", defaults.map(\.key))
        writer.addStrings("morphology.default-feats", defaults.map(\.value))
        writer.addStrings("morphology.case-keeping-tags", caseKeepingTags.sorted())
    }

    init(from file: ModelFile) throws(ModelFileError) {
        let forms = try file.strings("morphology.forms")
        let lemmas = try file.strings("morphology.lemmas")
        let feats = try file.strings("morphology.feats")
        let ruleKeys = try file.strings("morphology.rule-keys")
        let ruleStrip = try file.int32s("morphology.rule-strip")
        let ruleAppend = try file.strings("morphology.rule-append")
        let defaultXPOS = try file.strings("morphology.default-xpos")
        let defaultFeats = try file.strings("morphology.default-feats")
        let caseKeepingTags = try file.strings("morphology.case-keeping-tags")
        guard forms.count == lemmas.count, forms.count == feats.count, ruleKeys.count == ruleStrip.count,
            ruleKeys.count == ruleAppend.count, defaultXPOS.count == defaultFeats.count,
            ruleStrip.allSatisfy({ $0 >= 0 })
        else { throw .corrupt(file.path, "the morphology tables are inconsistent") }
        var lexicon: [String: Analysis] = [:]
        lexicon.reserveCapacity(forms.count)
        for index in forms.indices { lexicon[forms[index]] = Analysis(lemma: lemmas[index], feats: feats[index]) }
        var rules: [String: Rule] = [:]
        for index in ruleKeys.indices { rules[ruleKeys[index]] = Rule(strip: Int(ruleStrip[index]), append: ruleAppend[index]) }
        self.lexicon = lexicon
        self.rules = rules
        self.defaultFeats = Dictionary(zip(defaultXPOS, defaultFeats), uniquingKeysWith: { a, _ in a })
        self.caseKeepingTags = Set(caseKeepingTags)
    }
}
