/// The CoNLL-U format (universaldependencies.org/format.html): reading and writing sentences.
///
/// Well-formed input round-trips byte for byte: `write(read(text)) == text` when every sentence,
/// including the last, ends with a blank line, and IDs, heads and line order are canonical
/// (which the reader checks). Other input that is accepted is normalized: a missing final blank
/// line is added, and runs of blank lines become one.
public enum CoNLLU {
    /// Reads every sentence of a CoNLL-U text.
    ///
    /// - Parameter path: the file name used in error messages (`path:line: message`).
    /// - Throws: the first malformed line: wrong column count, bad or out-of-order ID, bad head,
    ///   comment inside a sentence.
    public static func read(_ text: String, path: String? = nil) throws(CoNLLUError) -> [Sentence] {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(CoNLLUError) in try read(bytes, path: path) } }.get()
    }

    /// Reads every sentence of CoNLL-U given as UTF-8 bytes (see ``read(_:path:)``).
    public static func read(utf8 bytes: [UInt8], path: String? = nil) throws(CoNLLUError) -> [Sentence] {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CoNLLUError) in try read(buffer, path: path) }
        }.get()
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String?) throws(CoNLLUError) -> [Sentence] {
        var reader = CoNLLUReader(bytes: bytes, path: path)
        return try reader.readAll()
    }

    /// Writes sentences as CoNLL-U: comments, then word, multiword token and empty node lines in
    /// canonical order, then a blank line after each sentence.
    public static func write(_ sentences: some Sequence<Sentence>) -> String {
        var output = ""
        for sentence in sentences { write(sentence, to: &output) }
        return output
    }
}
