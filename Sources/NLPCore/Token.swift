/// One syntactic word: a CoNLL-U word line (or the fields of an empty node or of a multiword token).
///
/// The string fields hold the CoNLL-U column text as is, so `"_"` means "unspecified" (a FORM or
/// LEMMA that really is an underscore is also `"_"`; CoNLL-U cannot tell them apart either).
public struct Token: Sendable, Hashable {
    /// The UTF-8 byte range of the surface token in ``Document/text``, or `nil` when the token is
    /// not aligned with a text (as read from CoNLL-U alone). Words of a multiword token share the
    /// range of that token, since their forms need not be substrings of it (`du` = `de` + `le`).
    public var range: Range<Int>?
    public var form: String
    public var lemma: String
    /// Universal POS tag (`NOUN`, `VERB`, …).
    public var upos: String
    /// Language-specific POS tag (Penn Treebank tags in EWT).
    public var xpos: String
    /// Morphological features, `Feature=Value` pairs joined by `|`.
    public var feats: String
    /// `0` for the root, otherwise the 1-based index of the head word in its sentence; `nil` for
    /// `_` (unannotated words, empty nodes, multiword tokens).
    public var head: Int?
    /// Universal dependency relation, possibly with a subtype (`nmod:poss`).
    public var deprel: String
    /// Enhanced dependencies, `head:rel` pairs joined by `|`.
    public var deps: String
    /// Miscellaneous attributes, such as `SpaceAfter=No`.
    public var misc: String
    /// The named-entity tag, or `nil` outside entities (`O`). Not part of CoNLL-U.
    public var entity: EntityTag?

    public init(
        range: Range<Int>? = nil, form: String, lemma: String = "_", upos: String = "_", xpos: String = "_",
        feats: String = "_", head: Int? = nil, deprel: String = "_", deps: String = "_", misc: String = "_",
        entity: EntityTag? = nil
    ) {
        self.range = range
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
        self.entity = entity
    }

    /// Whether whitespace follows the token in the text: false when MISC has `SpaceAfter=No`.
    public var hasSpaceAfter: Bool {
        !misc.utf8.split(separator: UInt8(ascii: "|")).contains { $0.elementsEqual("SpaceAfter=No".utf8) }
    }
}

extension Token {
    /// The lemma in lower case, or the form when the lemma is unspecified (`_` or empty).
    package var lemmaOrForm: String { (lemma == "_" || lemma.isEmpty ? form : lemma).lowercased() }
}
