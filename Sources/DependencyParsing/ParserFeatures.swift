/// The feature templates: Zhang and Nivre's (2011) rich non-local features adapted to arc-hybrid
/// (their S0 head and grandparent become `s1` and `s2`), plus `s1`–`s0` pairs and UPOS, suffix,
/// shape, lemma and ambiguity-class atoms. `w` word (lowercased; its shape for rare words), `p`
/// XPOS, `u` UPOS, `l` label, `d` distance, `vl`/`vr` left/right valency, `sl`/`sr` the set of
/// left/right dependent labels, `x` suffix, `h` shape, `m` lemma (the word when there is none),
/// `a` the word's ambiguity class (``TagLexicon``). Positions: `s0`… the stack from the top,
/// `b0`… the buffer, `s0l`/`s0r` leftmost/rightmost dependents, `s0l2`/`s0r2` the second ones.
enum ParserFeatures {
    static let templates: [String] = [
        "s0wp", "s0w", "s0p", "b0wp", "b0w", "b0p", "b1wp", "b1w", "b1p", "b2wp", "b2w", "b2p",
        "s1wp", "s1w", "s1p", "s2w", "s2p",
        "s0wp.b0wp", "s0wp.b0w", "s0w.b0wp", "s0wp.b0p", "s0p.b0wp", "s0w.b0w", "s0p.b0p", "b0p.b1p",
        "b0p.b1p.b2p", "s0p.b0p.b1p", "s1p.s0p.b0p", "s0p.s0lp.b0p", "s0p.s0rp.b0p", "s0p.b0p.b0lp",
        "s0w.d", "s0p.d", "b0w.d", "b0p.d", "s0w.b0w.d", "s0p.b0p.d",
        "s0w.vr", "s0p.vr", "s0w.vl", "s0p.vl", "b0w.vl", "b0p.vl",
        "s0lw", "s0lp", "s0ll", "s0rw", "s0rp", "s0rl", "b0lw", "b0lp", "b0ll",
        "s0l2w", "s0l2p", "s0l2l", "s0r2w", "s0r2p", "s0r2l", "b0l2w", "b0l2p", "b0l2l",
        "s0p.s0lp.s0l2p", "s0p.s0rp.s0r2p", "s2p.s1p.s0p", "b0p.b0lp.b0l2p",
        "s0w.sr", "s0p.sr", "s0w.sl", "s0p.sl", "b0w.sl", "b0p.sl",
        "s1lw", "s1lp", "s1ll", "s1rw", "s1rp", "s1rl",
        "s1wp.s0wp", "s1w.s0w", "s1p.s0p", "s1w.s0p", "s1p.s0w", "s1p.s0p.d10",
        "s1p.s1rp.s0p", "s1p.s0p.s0lp", "s1p.s0p.s0rp",
        "s0u", "b0u", "s1u", "b1u", "s0u.b0u", "s1u.s0u.b0u", "b0u.b1u", "s1u.s0u",
        "b0x", "s0x", "b1x", "s1x", "b0h", "s0h", "b0x.s0p", "b0x.b0p",
        "s0l.b0l", "s0ll.s0rl.s0p", "b0lw.b0w",
        "s0m", "b0m", "s1m", "b1m", "s0m.b0m", "s1m.s0m", "s0m.b0p", "s0p.b0m",
        "s0rl.b0p", "s0u.s0rl.s1u", "b0u.b0ll.s0u", "b3p", "b0p.b1p.b2p.b3p",
        "s0a", "b0a", "s1a", "b1a", "s0a.b0a", "s1a.s0a", "s0a.b0a.b1a", "s1a.s0a.b0a",
    ]

    /// A distance bucket: 1, 2, 3, 4, 5–6, 7–9, 10+.
    @inline(__always)
    static func bucket(_ distance: Int) -> UInt64 {
        switch distance {
        case ..<5: UInt64(max(distance, 0))
        case 5...6: 5
        case 7...9: 6
        default: 7
        }
    }

    /// Writes the features of `config` into `features` (cleared first).
    static func extract(_ config: Configuration, atoms: WordAtoms, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let none = config.count + 1
        @inline(__always) func at(_ word: Int) -> Int { word < 0 ? none : word }
        @inline(__always) func child(_ array: [Int32], _ word: Int) -> Int {
            word < 0 || word > config.count ? none : at(Int(array[word]))
        }
        @inline(__always) func label(_ word: Int) -> UInt64 {
            word > config.count ? 0xffff : UInt64(bitPattern: Int64(config.labels[word])) &+ 1
        }
        let s0 = at(config.stackItem(0))
        let s1 = at(config.stackItem(1))
        let s2 = at(config.stackItem(2))
        let b0 = at(config.bufferItem(0))
        let b1 = at(config.bufferItem(1))
        let b2 = at(config.bufferItem(2))
        let s0l = child(config.leftmost, s0)
        let s0r = child(config.rightmost, s0)
        let s0l2 = child(config.leftmost2, s0)
        let s0r2 = child(config.rightmost2, s0)
        let b0l = child(config.leftmost, b0)
        let b0l2 = child(config.leftmost2, b0)
        let s1l = child(config.leftmost, s1)
        let s1r = child(config.rightmost, s1)

        let w = atoms.word
        let p = atoms.xpos
        let u = atoms.upos
        let x = atoms.suffix
        let h = atoms.shape
        let distance: UInt64 = s0 <= config.count && b0 <= config.count ? bucket(b0 - s0) : 15
        let distance10: UInt64 = s0 <= config.count && s1 <= config.count ? bucket(s0 - s1) : 15
        @inline(__always) func count(_ array: [Int32], _ word: Int) -> UInt64 {
            word > config.count ? 0xffff : UInt64(min(array[word], 8))
        }
        @inline(__always) func set(_ array: [UInt64], _ word: Int) -> UInt64 {
            word > config.count ? 0xffff_ffff : array[word]
        }
        let s0vl = count(config.leftCount, s0)
        let s0vr = count(config.rightCount, s0)
        let b0vl = count(config.leftCount, b0)
        let s0sl = set(config.leftLabels, s0)
        let s0sr = set(config.rightLabels, s0)
        let b0sl = set(config.leftLabels, b0)

        var t = 0
        @inline(__always) func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            features.append(AtomHash.key(t, a, b, c))
            t += 1
        }
        add(w[s0], p[s0])
        add(w[s0])
        add(p[s0])
        add(w[b0], p[b0])
        add(w[b0])
        add(p[b0])
        add(w[b1], p[b1])
        add(w[b1])
        add(p[b1])
        add(w[b2], p[b2])
        add(w[b2])
        add(p[b2])
        add(w[s1], p[s1])
        add(w[s1])
        add(p[s1])
        add(w[s2])
        add(p[s2])
        add(w[s0] ^ p[s0] &* 31, w[b0], p[b0])
        add(w[s0], p[s0], w[b0])
        add(w[s0], w[b0], p[b0])
        add(w[s0], p[s0], p[b0])
        add(p[s0], w[b0], p[b0])
        add(w[s0], w[b0])
        add(p[s0], p[b0])
        add(p[b0], p[b1])
        add(p[b0], p[b1], p[b2])
        add(p[s0], p[b0], p[b1])
        add(p[s1], p[s0], p[b0])
        add(p[s0], p[s0l], p[b0])
        add(p[s0], p[s0r], p[b0])
        add(p[s0], p[b0], p[b0l])
        add(w[s0], distance)
        add(p[s0], distance)
        add(w[b0], distance)
        add(p[b0], distance)
        add(w[s0], w[b0], distance)
        add(p[s0], p[b0], distance)
        add(w[s0], s0vr)
        add(p[s0], s0vr)
        add(w[s0], s0vl)
        add(p[s0], s0vl)
        add(w[b0], b0vl)
        add(p[b0], b0vl)
        add(w[s0l])
        add(p[s0l])
        add(label(s0l))
        add(w[s0r])
        add(p[s0r])
        add(label(s0r))
        add(w[b0l])
        add(p[b0l])
        add(label(b0l))
        add(w[s0l2])
        add(p[s0l2])
        add(label(s0l2))
        add(w[s0r2])
        add(p[s0r2])
        add(label(s0r2))
        add(w[b0l2])
        add(p[b0l2])
        add(label(b0l2))
        add(p[s0], p[s0l], p[s0l2])
        add(p[s0], p[s0r], p[s0r2])
        add(p[s2], p[s1], p[s0])
        add(p[b0], p[b0l], p[b0l2])
        add(w[s0], s0sr)
        add(p[s0], s0sr)
        add(w[s0], s0sl)
        add(p[s0], s0sl)
        add(w[b0], b0sl)
        add(p[b0], b0sl)
        add(w[s1l])
        add(p[s1l])
        add(label(s1l))
        add(w[s1r])
        add(p[s1r])
        add(label(s1r))
        add(w[s1] ^ p[s1] &* 31, w[s0], p[s0])
        add(w[s1], w[s0])
        add(p[s1], p[s0])
        add(w[s1], p[s0])
        add(p[s1], w[s0])
        add(p[s1], p[s0], distance10)
        add(p[s1], p[s1r], p[s0])
        add(p[s1], p[s0], p[s0l])
        add(p[s1], p[s0], p[s0r])
        add(u[s0])
        add(u[b0])
        add(u[s1])
        add(u[b1])
        add(u[s0], u[b0])
        add(u[s1], u[s0], u[b0])
        add(u[b0], u[b1])
        add(u[s1], u[s0])
        add(x[b0])
        add(x[s0])
        add(x[b1])
        add(x[s1])
        add(h[b0])
        add(h[s0])
        add(x[b0], p[s0])
        add(x[b0], p[b0])
        add(label(s0l), label(b0l))
        add(label(s0l), label(s0r), p[s0])
        add(w[b0l], w[b0])
        let m = atoms.lemma
        add(m[s0])
        add(m[b0])
        add(m[s1])
        add(m[b1])
        add(m[s0], m[b0])
        add(m[s1], m[s0])
        add(m[s0], p[b0])
        add(p[s0], m[b0])
        add(label(s0r), p[b0])
        add(u[s0], label(s0r), u[s1])
        add(u[b0], label(b0l), u[s0])
        let b3 = at(config.bufferItem(3))
        add(p[b3])
        add(p[b0] ^ p[b1] &* 31, p[b2], p[b3])
        let a = atoms.tags
        add(a[s0])
        add(a[b0])
        add(a[s1])
        add(a[b1])
        add(a[s0], a[b0])
        add(a[s1], a[s0])
        add(a[s0], a[b0], a[b1])
        add(a[s1], a[s0], a[b0])
    }
}
