import Perceptron

/// The atoms of one word that the tagger's feature templates combine, computed once per sentence.
struct TaggerWord {
    var norm: UInt64
    var form: UInt64
    var suffixes: (UInt64, UInt64, UInt64, UInt64, UInt64)
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    var shape: UInt64
    var flags: UInt64
    /// The word's ambiguity class: the tags it had in training, or an unknown-word class.
    var lexicalClass: UInt64
    /// The ambiguity class of the exact form (case kept): `Risk` and `risk` differ here.
    var formClass: UInt64
    /// Set by the tagger for every word of a sentence in which most words are capitalized
    /// (a headline or title), where capitals say little about proper nouns.
    var titleCase: UInt64 = 0
    /// The label (index + 1) of a frequent word that always had it in training, which is then
    /// tagged without scoring; 0 for other words.
    var fixedLabel = 0
    /// ``WordNetLexicon`` bits: the parts of speech and inflections WordNet allows.
    var wordnet: UInt64 = 0

    /// ``NameLexicon`` bits: a known first name, last name or place.
    var names: UInt64 = 0

    init(
        bytes: [UInt8], wordnet: WordNetLexicon = .empty, names: NameLexicon = .empty,
        lexicalClass: (UInt64) -> UInt64?
    ) {
        let normalized = WordShape.normalized(bytes)
        self.wordnet = UInt64(wordnet.bits(normalized))
        norm = FeatureHash.atom(normalized)
        self.names = UInt64(names.bits(norm))
        form = FeatureHash.atom(bytes)
        func suffix(_ length: Int) -> UInt64 { FeatureHash.atom(normalized.suffix(length)) }
        func prefix(_ length: Int) -> UInt64 { FeatureHash.atom(normalized.prefix(length)) }
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4), suffix(5))
        prefixes = (prefix(1), prefix(2), prefix(3), prefix(4))
        shape = FeatureHash.atom(WordShape.shape(bytes).prefix(6))
        flags = UInt64(WordShape.flags(bytes))
        self.lexicalClass = lexicalClass(norm) ?? FeatureHash.combine(-2, flags, shape)
        formClass = lexicalClass(form) ?? FeatureHash.combine(-2, flags)
    }

    /// Marks the words of a sentence whose words mostly start with a capital letter.
    static func markTitleCase(_ words: inout [TaggerWord]) {
        let letters = words.filter { $0.flags & 64 != 0 }.count
        let capitalized = words.filter { $0.flags & 16 != 0 }.count
        guard letters >= 3, capitalized * 3 >= letters * 2 else { return }
        for index in words.indices { words[index].titleCase = 1 }
    }

    /// The padding word before the start and after the end of a sentence.
    static let boundary = TaggerWord(bytes: Array("<s>".utf8)) { _ in FeatureHash.atom("<s>".utf8) }
}

/// The feature templates of the tagger. Their names are written into the model file, and a model
/// is only loaded by code with the same list: if the features change, a new model must be trained.
enum TaggerFeatures {
    static let templates = [
        "bias", "w0", "w0.form", "w0.suffix1", "w0.suffix2", "w0.suffix3", "w0.suffix4",
        "w0.prefix1", "w0.prefix2", "w0.prefix3", "w0.shape", "w0.flags",
        "w-1", "w-2", "w+1", "w+2", "w-1.suffix3", "w+1.suffix3",
        "t-1", "t-2.t-1", "t-1.w0", "w-1.w0", "w0.w+1",
        "w0.class", "w-1.class", "w+1.class", "w+2.class", "t-1.w+1.class", "w0.class.w+1.class",
        "w0.suffix3.w+1.class", "first.w0.flags", "t-1.w0.suffix3",
        "w-1.w+1", "w-1.shape", "w+1.shape", "w-1.form", "w+1.form",
        "w0.formclass", "w0.formclass.title", "w0.flags.title.first", "w0.formclass.w-1.class",
        "w0.wordnet", "w0.wordnet.flags", "w-1.wordnet", "w+1.wordnet", "w0.wordnet.w0.class",
        "w0.names.flags", "w0.names.wordnet.flags", "w-1.names.w0.names", "w0.names.w+1.names",
        "w0.suffix5", "w+1.w+2", "w-1.t-1", "w0.prefix4",
        // The second pass sees the first pass's tags to the right.
        "p+1", "p+2", "p+1.p+2", "w0.p+1", "t-1.p+1", "w0.suffix3.p+1",
    ]

    /// Fills `features` for word `i`, given the tags already chosen to its left (`previous`, as
    /// label index + 1, 0 before the start) and, in the second pass, the first pass's tags to its
    /// right (`right`, label index + 1; empty in the first pass).
    static func extract(
        _ words: [TaggerWord], at i: Int, previous: (UInt64, UInt64), right: [Int], into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        let w0 = words[i]
        let w1 = i > 0 ? words[i - 1] : .boundary
        let w2 = i > 1 ? words[i - 2] : .boundary
        let n1 = i + 1 < words.count ? words[i + 1] : .boundary
        let n2 = i + 2 < words.count ? words[i + 2] : .boundary
        let (t1, t2) = previous
        features.append(FeatureHash.combine(0, 1))
        features.append(FeatureHash.combine(1, w0.norm))
        features.append(FeatureHash.combine(2, w0.form))
        features.append(FeatureHash.combine(3, w0.suffixes.0))
        features.append(FeatureHash.combine(4, w0.suffixes.1))
        features.append(FeatureHash.combine(5, w0.suffixes.2))
        features.append(FeatureHash.combine(6, w0.suffixes.3))
        features.append(FeatureHash.combine(7, w0.prefixes.0))
        features.append(FeatureHash.combine(8, w0.prefixes.1))
        features.append(FeatureHash.combine(9, w0.prefixes.2))
        features.append(FeatureHash.combine(10, w0.shape))
        features.append(FeatureHash.combine(11, w0.flags))
        features.append(FeatureHash.combine(12, w1.norm))
        features.append(FeatureHash.combine(13, w2.norm))
        features.append(FeatureHash.combine(14, n1.norm))
        features.append(FeatureHash.combine(15, n2.norm))
        features.append(FeatureHash.combine(16, w1.suffixes.2))
        features.append(FeatureHash.combine(17, n1.suffixes.2))
        features.append(FeatureHash.combine(18, t1))
        features.append(FeatureHash.combine(19, t2, t1))
        features.append(FeatureHash.combine(20, t1, w0.norm))
        features.append(FeatureHash.combine(21, w1.norm, w0.norm))
        features.append(FeatureHash.combine(22, w0.norm, n1.norm))
        features.append(FeatureHash.combine(23, w0.lexicalClass))
        features.append(FeatureHash.combine(24, w1.lexicalClass))
        features.append(FeatureHash.combine(25, n1.lexicalClass))
        features.append(FeatureHash.combine(26, n2.lexicalClass))
        features.append(FeatureHash.combine(27, t1, n1.lexicalClass))
        features.append(FeatureHash.combine(28, w0.lexicalClass, n1.lexicalClass))
        features.append(FeatureHash.combine(29, w0.suffixes.2, n1.lexicalClass))
        features.append(FeatureHash.combine(30, i == 0 ? 1 : 0, w0.flags))
        features.append(FeatureHash.combine(31, t1, w0.suffixes.2))
        features.append(FeatureHash.combine(32, w1.norm, n1.norm))
        features.append(FeatureHash.combine(33, w1.shape))
        features.append(FeatureHash.combine(34, n1.shape))
        features.append(FeatureHash.combine(35, w1.form))
        features.append(FeatureHash.combine(36, n1.form))
        features.append(FeatureHash.combine(37, w0.formClass))
        features.append(FeatureHash.combine(38, w0.formClass, w0.titleCase))
        features.append(FeatureHash.combine(39, w0.flags, w0.titleCase, i == 0 ? 1 : 0))
        features.append(FeatureHash.combine(40, w0.formClass, w1.lexicalClass))
        features.append(FeatureHash.combine(41, w0.wordnet))
        features.append(FeatureHash.combine(42, w0.wordnet, w0.flags))
        features.append(FeatureHash.combine(43, w1.wordnet))
        features.append(FeatureHash.combine(44, n1.wordnet))
        features.append(FeatureHash.combine(45, w0.wordnet, w0.lexicalClass))
        features.append(FeatureHash.combine(46, w0.names, w0.flags))
        features.append(FeatureHash.combine(47, w0.names, w0.wordnet, w0.flags))
        features.append(FeatureHash.combine(48, w1.names, w0.names))
        features.append(FeatureHash.combine(49, w0.names, n1.names))
        features.append(FeatureHash.combine(50, w0.suffixes.4))
        features.append(FeatureHash.combine(51, n1.norm, n2.norm))
        features.append(FeatureHash.combine(52, w1.norm, t1))
        features.append(FeatureHash.combine(53, w0.prefixes.3))
        guard !right.isEmpty else { return }
        let p1 = UInt64(i + 1 < right.count ? right[i + 1] : 0)
        let p2 = UInt64(i + 2 < right.count ? right[i + 2] : 0)
        features.append(FeatureHash.combine(54, p1))
        features.append(FeatureHash.combine(55, p2))
        features.append(FeatureHash.combine(56, p1, p2))
        features.append(FeatureHash.combine(57, w0.norm, p1))
        features.append(FeatureHash.combine(58, t1, p1))
        features.append(FeatureHash.combine(59, w0.suffixes.2, p1))
    }
}
