import Foundation
import NLPCore
import NewsgraphTestSupport
import Testing

/// The UD treebanks in the shared data: every file parses, its counts match data/README.md, and
/// writing it back gives the same bytes.
@Suite("UD treebanks")
struct TreebankTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var path: String
        var sentences: Int
        var surfaceTokens: Int
        var words: Int
        var multiwordTokens: Int
        /// Sentences whose `# text` differs from the text rebuilt from FORM and SpaceAfter=No.
        var textMismatches: [String] = []
        var testDescription: String { path }
    }

    static let files: [Expected] = [
        Expected(path: "data/ud-english-ewt/en_ewt-ud-train.conllu", sentences: 12_544, surfaceTokens: 201_962, words: 204_577, multiwordTokens: 2_614),
        Expected(path: "data/ud-english-ewt/en_ewt-ud-dev.conllu", sentences: 2_001, surfaceTokens: 24_787, words: 25_147, multiwordTokens: 359),
        Expected(path: "data/ud-english-ewt/en_ewt-ud-test.conllu", sentences: 2_077, surfaceTokens: 24_740, words: 25_094, multiwordTokens: 354,
                 // `# text` has a no-break space (U+00A0) before "been"; MISC does not say so.
                 textMismatches: ["newsgroup-groups.google.com_n3td3v_e874a1e5eb995654_ENG_20060120_052200-0011"]),
        Expected(path: "data/ud-english-pud/en_pud-ud-test.conllu", sentences: 1_000, surfaceTokens: 21_051, words: 21_180, multiwordTokens: 129),
    ]

    @Test(
        "parses, counts match, round trip is byte-exact",
        .enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)), arguments: files)
    func treebank(_ expected: Expected) throws {
        let url = try #require(SharedData.url(expected.path), "shared test data not found")
        let bytes = try SharedData.bytes(atPath: url.path)
        let sentences = try CoNLLU.read(utf8: bytes, path: url.path)
        let words = sentences.reduce(0) { $0 + $1.words.count }
        let multiwordTokens = sentences.reduce(0) { $0 + $1.multiwordTokens.count }
        let spanned = sentences.reduce(0) { $0 + $1.multiwordTokens.reduce(0) { $0 + $1.words.count } }
        #expect(sentences.count == expected.sentences)
        #expect(words == expected.words)
        #expect(multiwordTokens == expected.multiwordTokens)
        #expect(words - spanned + multiwordTokens == expected.surfaceTokens)
        #expect(sentences.allSatisfy { $0.sentID != nil && $0.text != nil })

        let written = CoNLLU.write(sentences)
        #expect(written.utf8.count == bytes.count)
        #expect(written.utf8.elementsEqual(bytes), "writing \(expected.path) back changed it")

        // The text rebuilt from FORM and SpaceAfter=No matches each sentence's `# text`.
        let document = Document(reconstructingTextOf: sentences)
        let text = Array(document.utf8)
        var mismatches: [String] = []
        for sentence in document.sentences {
            guard let first = sentence.words.first?.range, let last = sentence.words.last?.range else { continue }
            let utf8 = text[first.lowerBound..<last.upperBound]
            if !utf8.elementsEqual((sentence.text ?? "").utf8) { mismatches.append(sentence.sentID ?? "?") }
        }
        #expect(mismatches == expected.textMismatches)
    }
}
