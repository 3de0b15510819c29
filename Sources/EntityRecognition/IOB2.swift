import NLPCore

/// Reads IOB2 files as the Universal NER project writes them: comment lines (`# sent_id = …`,
/// `# newdoc id = …`), one word per line as `ID<TAB>FORM<TAB>TAG[<TAB>…]`, a blank line after each
/// sentence. Tags are normalised on the way in:
///
/// * `O`, and the stray `B-O` / `I-O` of early drafts, are outside (`nil`);
/// * `OTH`, `OTHER` and `MISC` spans (nationalities, events, …) become `MISC` or outside, as
///   ``OtherSpans`` says;
/// * an `I-X` that does not continue an `X` entity starts one (`B-X`), so the result is valid BIO.
package enum IOB2 {
    /// What to do with spans of the catch-all class (`OTH`, `OTHER`, `MISC`).
    package enum OtherSpans: Sendable {
        /// Read them as outside (`O`), as the official UNER release does.
        case outside
        /// Read them as entities of type `MISC`.
        case misc
    }

    /// The sentences of an IOB2 file; each word has `form` and `entity` set, and the sentence keeps
    /// its comment lines. Errors name `path` and the 1-based line.
    package static func read(utf8 bytes: [UInt8], path: String, other: OtherSpans = .outside) throws(IOB2Error)
        -> [Sentence]
    {
        var sentences: [Sentence] = []
        var comments: [String] = []
        var words: [Token] = []
        var lineNumber = 0
        var start = 0
        func finishSentence() {
            if !words.isEmpty || !comments.isEmpty {
                sentences.append(Sentence(comments: comments, words: words))
            }
            comments = []
            words = []
        }
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            let line = bytes[start..<lineEnd]
            start = end + 1
            if line.isEmpty {
                finishSentence()
                continue
            }
            if line.first == UInt8(ascii: "#"), words.isEmpty {
                comments.append(String(decoding: line, as: UTF8.self))
                continue
            }
            let columns = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard columns.count >= 3 else {
                throw IOB2Error(path: path, line: lineNumber, message: "expected ID, FORM and TAG separated by tabs")
            }
            guard let id = Int(String(decoding: columns[0], as: UTF8.self)), id == words.count + 1 else {
                throw IOB2Error(
                    path: path, line: lineNumber,
                    message: "expected word ID \(words.count + 1), found '\(String(decoding: columns[0], as: UTF8.self))'")
            }
            guard !columns[1].isEmpty else {
                throw IOB2Error(path: path, line: lineNumber, message: "empty word form")
            }
            let tagText = String(decoding: columns[2], as: UTF8.self)
            let entity: EntityTag?
            switch normalize(tagText, other: other) {
            case .invalid:
                throw IOB2Error(path: path, line: lineNumber, message: "'\(tagText)' is not an IOB2 tag (O, B-TYPE, I-TYPE)")
            case .outside: entity = nil
            case .entity(let tag): entity = tag
            }
            var word = Token(form: String(decoding: columns[1], as: UTF8.self), entity: entity)
            if var inside = entity, inside.position == .inside, words.last?.entity?.type != inside.type {
                inside.position = .begin
                word.entity = inside
            }
            words.append(word)
        }
        finishSentence()
        return sentences
    }

    enum NormalizedTag: Equatable {
        case outside
        case entity(EntityTag)
        case invalid
    }

    /// A tag after normalisation.
    static func normalize(_ tag: String, other: OtherSpans) -> NormalizedTag {
        if tag == "O" { return .outside }
        guard var entity = EntityTag(iob2: tag), !entity.type.isEmpty,
            entity.type.utf8.allSatisfy({ $0 > 0x20 && $0 != UInt8(ascii: "-") })
        else { return .invalid }
        switch entity.type {
        case "O": return .outside
        case "OTH", "OTHER", "MISC":
            guard other == .misc else { return .outside }
            entity.type = "MISC"
        default: break
        }
        return .entity(entity)
    }

    /// The IOB2 text of `sentences` (ID, FORM, TAG, `-`, `-`), with their comment lines.
    package static func write(_ sentences: [Sentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments { out += comment + "\n" }
            for (index, word) in sentence.words.enumerated() {
                out += "\(index + 1)\t\(word.form)\t\(word.entity?.description ?? "O")\t-\t-\n"
            }
            out += "\n"
        }
        return out
    }
}

/// A malformed IOB2 line.
package struct IOB2Error: Error, Sendable, Equatable, CustomStringConvertible {
    package let path: String
    package let line: Int
    package let message: String

    package var description: String { "\(path):\(line):1: error: \(message)" }
}
