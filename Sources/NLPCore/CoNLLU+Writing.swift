extension CoNLLU {
    /// Appends one sentence and its closing blank line. Multiword token lines come just before
    /// their first word and empty nodes `n.k` just after word `n`.
    static func write(_ sentence: Sentence, to output: inout String) {
        for comment in sentence.comments {
            output += comment
            output += "\n"
        }
        var nextMultiword = 0
        var nextEmpty = 0
        func writeEmptyNodes(after word: Int) {
            while nextEmpty < sentence.emptyNodes.count, sentence.emptyNodes[nextEmpty].after <= word {
                let node = sentence.emptyNodes[nextEmpty]
                writeLine(id: "\(node.after).\(node.index)", node.token, to: &output)
                nextEmpty += 1
            }
        }
        writeEmptyNodes(after: 0)
        for (offset, word) in sentence.words.enumerated() {
            let id = offset + 1
            while nextMultiword < sentence.multiwordTokens.count,
                sentence.multiwordTokens[nextMultiword].words.lowerBound <= id
            {
                let multiword = sentence.multiwordTokens[nextMultiword]
                writeLine(id: "\(multiword.words.lowerBound)-\(multiword.words.upperBound)", multiword.token, to: &output)
                nextMultiword += 1
            }
            writeLine(id: String(id), word, to: &output)
            writeEmptyNodes(after: id)
        }
        for multiword in sentence.multiwordTokens[nextMultiword...] {
            writeLine(id: "\(multiword.words.lowerBound)-\(multiword.words.upperBound)", multiword.token, to: &output)
        }
        writeEmptyNodes(after: Int.max)
        output += "\n"
    }

    static func writeLine(id: String, _ token: Token, to output: inout String) {
        output += id
        for field in [
            token.form, token.lemma, token.upos, token.xpos, token.feats,
            token.head.map { String($0) } ?? "_", token.deprel, token.deps, token.misc,
        ] {
            output += "\t"
            output += field
        }
        output += "\n"
    }
}
