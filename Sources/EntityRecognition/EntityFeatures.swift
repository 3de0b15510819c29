import Perceptron

/// The feature templates; their names go into the model header, so reordering or renaming one
/// makes old models fail to load with a clear message instead of predicting nonsense.
enum Template: Int, CaseIterable {
    case bias, lower, form, lowerM1, lowerP1, lowerM2, lowerP2
    case prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
    case shape, short, shortM1, shortP1, shortM1Short, shortShortP1, lowerM1Lower, lowerLowerP1
    case firstShort, formM1, formP1, sentenceCaseShort, sentenceCaseLower
    case bareM1Short, shortLowerP1, lowerM2LowerM1, lowerP1LowerP2, lowerM1LowerP1, suffix3Short
    case runLast, runFirst, runPosition
    case gazetteer, gazetteerShort, gazetteerLowerM1, wordFlagShort, wordFlagM1, wordFlagP1
    case docLowercase, docCapitalizedInside
    case upos, uposM1Upos, uposUposP1, uposShort, uposM1Short
    // Decoder-state templates: they read the labels already chosen.
    case previousLabel, previousLabels, previousLabelLower, previousLabelShort
    // Second-pass templates: they read the first pass's labels of the document.
    case documentEntity, documentEntityShort, documentEntityPart, firstPassLabel, firstPassLabelShort, firstPassAround

    static var names: [String] { allCases.map { "\($0.rawValue) \($0)" } }
}

/// A feature key from a template and one or two atoms: SplitMix64-style mixing of whole words,
/// stable across runs and machines (model files depend on it), never 0.
@inline(__always)
func featureKey(_ template: Template, _ a: UInt64) -> UInt64 {
    finishKey(mixKey(UInt64(template.rawValue) &+ 0x51ed_2701, a))
}

@inline(__always)
func featureKey(_ template: Template, _ a: UInt64, _ b: UInt64) -> UInt64 {
    finishKey(mixKey(mixKey(UInt64(template.rawValue) &+ 0x51ed_2701, a), b))
}

@inline(__always)
private func mixKey(_ state: UInt64, _ value: UInt64) -> UInt64 {
    var x = (state ^ value) &+ 0x9e37_79b9_7f4a_7c15
    x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
    x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
    return x ^ (x >> 31)
}

@inline(__always)
private func finishKey(_ x: UInt64) -> UInt64 { x == 0 ? 1 : x }

/// What a document says about its words: which appear in lower case, and which capitalised
/// other than first in a sentence (so a capitalised first word is more likely a name).
struct DocumentContext {
    var lowercase: Set<UInt64> = []
    var capitalizedInside: Set<UInt64> = []

    init() {}

    init(_ sentences: [[WordAtoms]]) {
        for atoms in sentences {
            for (index, word) in atoms.enumerated() {
                if word.isLowercase { lowercase.insert(word.lower) }
                if index > 0, word.isCapitalized { capitalizedInside.insert(word.lower) }
            }
        }
    }
}

/// The label-independent features of each word of a sentence, and the atoms the decoder-state
/// features need.
struct SentenceFeatures {
    private(set) var keys: [UInt64] = []
    private(set) var offsets: [Int] = [0]
    private(set) var lower: [UInt64] = []
    private(set) var shortShape: [UInt64] = []
    var count: Int { lower.count }

    func features(of index: Int) -> ArraySlice<UInt64> { keys[offsets[index]..<offsets[index + 1]] }

    init<G: GazetteerLookup>(words: [String], atoms: [WordAtoms], gazetteer: G, context: DocumentContext) {
        let n = atoms.count
        // How the sentence is capitalised: all caps, headline (most words capitalised), no
        // capitals at all, or ordinary; capital letters mean less in the first three.
        var upper = 0
        var capitalized = 0
        var letters = 0
        for word in words {
            guard let first = word.utf8.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z")
            else { continue }
            letters += 1
            if first <= UInt8(ascii: "Z") { capitalized += 1 }
            if word.utf8.allSatisfy({ !($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) }) { upper += 1 }
        }
        let sentenceCase: UInt64 =
            letters >= 3 && 2 * upper > letters ? 1 : letters >= 3 && 3 * capitalized > 2 * letters ? 2 : capitalized == 0 ? 3 : 0
        let pads = [WordAtoms.padding(-2), WordAtoms.padding(-1), WordAtoms.padding(1), WordAtoms.padding(2)]
        func atom(_ index: Int) -> WordAtoms {
            if index < 0 { return pads[index + 2] }
            if index >= n { return pads[min(index - n, 1) + 2] }
            return atoms[index]
        }
        // Gazetteer matches: (word, flag bit, BILOU part) triples.
        var matches = Array(repeating: [UInt64](), count: n)
        var forms = words
        for start in 0..<n {
            var hash = Gazetteer.phraseStart
            for end in start..<min(n, start + gazetteer.maxLength) {
                forms[end].withUTF8 { hash.mix($0) }
                let flags = gazetteer.phraseFlags(hash.key) & GazetteerFlag.phraseBits
                guard flags != 0 else { continue }
                for bit in 0..<6 where flags & (1 << UInt16(bit)) != 0 {
                    for index in start...end {
                        let part: UInt64 =
                            start == end ? 3 : index == start ? 0 : index == end ? 2 : 1
                        matches[index].append(UInt64(bit) << 8 | part << 4 | UInt64(min(end - start, 3)))
                    }
                }
            }
        }
        // Runs of capitalised words ("Real Estate Council"): their last and first words name
        // what kind of thing the run is, for every word in it.
        var runStart = Array(repeating: 0, count: n)
        var runEnd = Array(repeating: 0, count: n)
        var index = 0
        while index < n {
            var end = index
            if atoms[index].isCapitalized {
                while end + 1 < n, atoms[end + 1].isCapitalized { end += 1 }
            }
            for member in index...end {
                runStart[member] = index
                runEnd[member] = end
            }
            index = end + 1
        }
        let wordFlags = (0..<n).map { gazetteer.wordFlags(Gazetteer.wordKey(atoms[$0].lower)) }
        keys.reserveCapacity(n * 48)
        for index in 0..<n {
            let w = atoms[index]
            let p1 = atom(index - 1)
            let n1 = atom(index + 1)
            keys.append(featureKey(.bias, 0))
            keys.append(featureKey(.lower, w.lower))
            keys.append(featureKey(.form, w.form))
            keys.append(featureKey(.lowerM1, p1.lower))
            keys.append(featureKey(.lowerP1, n1.lower))
            keys.append(featureKey(.lowerM2, atom(index - 2).lower))
            keys.append(featureKey(.lowerP2, atom(index + 2).lower))
            keys.append(featureKey(.prefix1, w.prefixes.0))
            keys.append(featureKey(.prefix2, w.prefixes.1))
            keys.append(featureKey(.prefix3, w.prefixes.2))
            keys.append(featureKey(.prefix4, w.prefixes.3))
            keys.append(featureKey(.suffix1, w.suffixes.0))
            keys.append(featureKey(.suffix2, w.suffixes.1))
            keys.append(featureKey(.suffix3, w.suffixes.2))
            keys.append(featureKey(.suffix4, w.suffixes.3))
            keys.append(featureKey(.shape, w.shape))
            keys.append(featureKey(.short, w.shortShape))
            keys.append(featureKey(.shortM1, p1.shortShape))
            keys.append(featureKey(.shortP1, n1.shortShape))
            keys.append(featureKey(.shortM1Short, p1.shortShape, w.shortShape))
            keys.append(featureKey(.shortShortP1, w.shortShape, n1.shortShape))
            keys.append(featureKey(.lowerM1Lower, p1.lower, w.lower))
            keys.append(featureKey(.lowerLowerP1, w.lower, n1.lower))
            if index == 0 { keys.append(featureKey(.firstShort, w.shortShape)) }
            keys.append(featureKey(.sentenceCaseShort, sentenceCase, w.shortShape))
            keys.append(featureKey(.bareM1Short, p1.bare, w.shortShape))
            keys.append(featureKey(.shortLowerP1, w.shortShape, n1.lower))
            keys.append(featureKey(.lowerM2LowerM1, atom(index - 2).lower, p1.lower))
            keys.append(featureKey(.lowerP1LowerP2, n1.lower, atom(index + 2).lower))
            keys.append(featureKey(.lowerM1LowerP1, p1.lower, n1.lower))
            keys.append(featureKey(.suffix3Short, w.suffixes.2, w.shortShape))
            if w.isCapitalized {
                let length = runEnd[index] - runStart[index] + 1
                let position = UInt64(min(index - runStart[index], 3)) << 8 | UInt64(min(runEnd[index] - index, 3))
                keys.append(featureKey(.runPosition, position))
                if length > 1 {
                    keys.append(featureKey(.runLast, atoms[runEnd[index]].lower, index == runEnd[index] ? 1 : 0))
                    keys.append(featureKey(.runFirst, atoms[runStart[index]].lower, index == runStart[index] ? 1 : 0))
                }
            }
            if sentenceCase != 0 { keys.append(featureKey(.sentenceCaseLower, sentenceCase, w.lower)) }
            keys.append(featureKey(.formM1, p1.form))
            keys.append(featureKey(.formP1, n1.form))
            for match in matches[index] {
                keys.append(featureKey(.gazetteer, match))
                keys.append(featureKey(.gazetteerShort, match, w.shortShape))
                keys.append(featureKey(.gazetteerLowerM1, match, p1.lower))
            }
            let flags = UInt64(wordFlags[index])
            if flags != 0 { keys.append(featureKey(.wordFlagShort, flags, w.shortShape)) }
            if index > 0, wordFlags[index - 1] != 0 { keys.append(featureKey(.wordFlagM1, UInt64(wordFlags[index - 1]))) }
            if index + 1 < n, wordFlags[index + 1] != 0 {
                keys.append(featureKey(.wordFlagP1, UInt64(wordFlags[index + 1])))
            }
            if w.isCapitalized {
                let seenLower = context.lowercase.contains(w.lower)
                keys.append(featureKey(.docLowercase, seenLower ? 1 : 0, index == 0 ? 1 : 0))
                if index == 0 {
                    keys.append(featureKey(.docCapitalizedInside, context.capitalizedInside.contains(w.lower) ? 1 : 0))
                }
            }
            keys.append(featureKey(.upos, w.upos))
            keys.append(featureKey(.uposM1Upos, p1.upos, w.upos))
            keys.append(featureKey(.uposUposP1, w.upos, n1.upos))
            keys.append(featureKey(.uposShort, w.upos, w.shortShape))
            keys.append(featureKey(.uposM1Short, p1.upos, w.shortShape))
            offsets.append(keys.count)
            lower.append(w.lower)
            shortShape.append(w.shortShape)
        }
    }

    /// These features without those `keep` rejects.
    func filtered(_ keep: (UInt64) -> Bool) -> SentenceFeatures {
        var result = self
        result.keys = []
        result.keys.reserveCapacity(keys.count)
        result.offsets = [0]
        for index in 0..<count {
            for key in features(of: index) where keep(key) { result.keys.append(key) }
            result.offsets.append(result.keys.count)
        }
        return result
    }

    /// These features with `extra[i]` added to word `i`'s.
    func appending(_ extra: [[UInt64]]) -> SentenceFeatures {
        var result = self
        result.keys = []
        result.keys.reserveCapacity(keys.count + extra.reduce(0) { $0 + $1.count })
        result.offsets = [0]
        for index in 0..<count {
            result.keys.append(contentsOf: features(of: index))
            result.keys.append(contentsOf: extra[index])
            result.offsets.append(result.keys.count)
        }
        return result
    }

    /// The decoder-state features of word `index` after labels `previous` and `beforePrevious`
    /// (`-1` before the sentence), written into `buffer` (four keys).
    @inline(__always)
    func stateFeatures(_ index: Int, previous: Int, beforePrevious: Int, into buffer: inout [UInt64]) {
        let p = UInt64(bitPattern: Int64(previous + 1))
        let pp = UInt64(bitPattern: Int64(beforePrevious + 1))
        buffer[0] = featureKey(.previousLabel, p)
        buffer[1] = featureKey(.previousLabels, p, pp)
        buffer[2] = featureKey(.previousLabelLower, p, lower[index])
        buffer[3] = featureKey(.previousLabelShort, p, shortShape[index])
    }
}
