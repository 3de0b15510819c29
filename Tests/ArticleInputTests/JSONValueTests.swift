import Testing

@testable import ArticleInput

@Suite("JSON reader")
struct JSONValueTests {
    @Test func readsNestedValues() {
        let value = JSONValue.parse(#"{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\"\u00e9\ud83d\ude00"}}"#)
        #expect(value?["a"] == .array([.number(1), .number(-2500), .bool(true), .bool(false), .null]))
        #expect(value?["b"]?["c"] == .string("x\"é😀"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "\"unterminated", "01x", "[" + String(repeating: "[", count: 100) + "]"])
    func rejectsMalformedJSON(text: String) {
        #expect(JSONValue.parse(text) == nil)
    }
}
