import RDFModel
import Testing

@Suite("Portable blank node labels")
struct BlankNodeLabelTests {
    static func portable(_ label: String, allowLeadingDigit: Bool = true) -> String {
        label.withUTF8Buffer { BlankNodeLabel.withPortable($0, allowLeadingDigit: allowLeadingDigit) { String(decoding: $0, as: UTF8.self) } }
    }

    @Test(arguments: [
        ("b0", "b0"), ("g_x", "g_x"), ("A-z_9", "A-z_9"), ("_x", "_x"),
        ("1st", "1st"), ("u_31", "u_755f3331"), ("é", "u_c3a9"), ("a.b", "u_612e62"), ("", "u_"),
    ])
    func labels(label: String, expected: String) {
        #expect(Self.portable(label) == expected)
    }

    @Test func leadingDigitsAreEncodedWhereTheSyntaxForbidsThem() {
        #expect(Self.portable("1st", allowLeadingDigit: false) == "u_317374")
        #expect(Self.portable("x1", allowLeadingDigit: false) == "x1")
    }

    @Test func mappingIsInjectiveOverTrickyLabels() {
        let labels = ["u_", "u_31", "1", "u_u_31", "é", "u_c3a9", "a.b", "u_612e62", "x", "X", "-", "_"]
        let mapped = labels.map { Self.portable($0) }
        #expect(Set(mapped).count == labels.count)
        #expect(mapped.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }
}
