import Testing

@testable import RDFModel

/// A reference and its expected resolution.
struct ResolutionCase: Sendable, CustomTestStringConvertible {
    let reference: String
    let expected: String
    init(_ reference: String, _ expected: String) {
        self.reference = reference
        self.expected = expected
    }
    var testDescription: String { "\"\(reference)\" → \(expected)" }
}

/// RFC 3986 §5.4.1, base `http://a/b/c/d;p?q`.
let rfc3986NormalExamples: [ResolutionCase] = [
    .init("g:h", "g:h"), .init("g", "http://a/b/c/g"), .init("./g", "http://a/b/c/g"),
    .init("g/", "http://a/b/c/g/"), .init("/g", "http://a/g"), .init("//g", "http://g"),
    .init("?y", "http://a/b/c/d;p?y"), .init("g?y", "http://a/b/c/g?y"), .init("#s", "http://a/b/c/d;p?q#s"),
    .init("g#s", "http://a/b/c/g#s"), .init("g?y#s", "http://a/b/c/g?y#s"), .init(";x", "http://a/b/c/;x"),
    .init("g;x", "http://a/b/c/g;x"), .init("g;x?y#s", "http://a/b/c/g;x?y#s"), .init("", "http://a/b/c/d;p?q"),
    .init(".", "http://a/b/c/"), .init("./", "http://a/b/c/"), .init("..", "http://a/b/"),
    .init("../", "http://a/b/"), .init("../g", "http://a/b/g"), .init("../..", "http://a/"),
    .init("../../", "http://a/"), .init("../../g", "http://a/g"),
]

/// RFC 3986 §5.4.2 (strict parser for `http:g`).
let rfc3986AbnormalExamples: [ResolutionCase] = [
    .init("../../../g", "http://a/g"), .init("../../../../g", "http://a/g"), .init("/./g", "http://a/g"),
    .init("/../g", "http://a/g"), .init("g.", "http://a/b/c/g."), .init(".g", "http://a/b/c/.g"),
    .init("g..", "http://a/b/c/g.."), .init("..g", "http://a/b/c/..g"), .init("./../g", "http://a/b/g"),
    .init("./g/.", "http://a/b/c/g/"), .init("g/./h", "http://a/b/c/g/h"), .init("g/../h", "http://a/b/c/h"),
    .init("g;x=1/./y", "http://a/b/c/g;x=1/y"), .init("g;x=1/../y", "http://a/b/c/y"),
    .init("g?y/./x", "http://a/b/c/g?y/./x"), .init("g?y/../x", "http://a/b/c/g?y/../x"),
    .init("g#s/./x", "http://a/b/c/g#s/./x"), .init("g#s/../x", "http://a/b/c/g#s/../x"),
    .init("http:g", "http:g"),
]

@Suite struct IRIResolutionTests {
    let base = IRI(unchecked: "http://a/b/c/d;p?q")

    @Test(arguments: rfc3986NormalExamples)
    func iriResolvesRFC3986NormalExample(_ example: ResolutionCase) throws {
        #expect(try base.resolve(example.reference).string == example.expected)
    }

    @Test(arguments: rfc3986AbnormalExamples)
    func iriResolvesRFC3986AbnormalExample(_ example: ResolutionCase) throws {
        #expect(try base.resolve(example.reference).string == example.expected)
    }

    /// The byte-level resolver appends to a reused buffer and agrees with `IRI.resolve`.
    @Test func iriResolverAppendsIntoReusedBuffer() throws {
        let resolver = try IRIResolver(base: "http://a/b/c/d;p?q")
        var out: [UInt8] = Array("prefix|".utf8)
        for example in rfc3986NormalExamples + rfc3986AbnormalExamples {
            out.removeAll(keepingCapacity: true)
            example.reference.utf8CString.withUnsafeBytes { raw in
                resolver.resolve(UnsafeRawBufferPointer(rebasing: raw.dropLast()), into: &out)
            }
            #expect(String(decoding: out, as: UTF8.self) == example.expected, "\(example.reference)")
        }
    }

    @Test(arguments: [
        ("http://abc/def/ghi", ".", "http://abc/def/"), ("http://abc/def/ghi", "..?a=b", "http://abc/?a=b"),
        ("http://ab//de//ghi", "../xyz", "http://ab//de/xyz"), ("http://abc/d:f/ghi", "./xyz", "http://abc/d:f/xyz"),
        ("http://example.org", "a", "http://example.org/a"), ("urn:x", "#f", "urn:x#f"),
        ("file:///a/bb/ccc/d;p?q", "//g", "file://g"), ("http://a/b", "http://x/./y/../z", "http://x/z"),
    ])
    func iriResolvesEdgeCases(base: String, reference: String, expected: String) throws {
        #expect(try IRI(unchecked: base).resolve(reference).string == expected)
    }

    @Test func absoluteWithoutDotSegmentsIsDetected() {
        let yes = ["http://a/b/c", "urn:ex:s", "http://www.w3.org/x.y", "http://a/b?x=/./"]
        let no = ["http://a/./c", "http://a/b/..", "a:.", "relative/path", "//host/x", ""]
        for s in yes { #expect(s.withUTF8Buffer { IRIResolver.isAbsoluteWithoutDotSegments($0) }, "\(s)") }
        for s in no { #expect(!s.withUTF8Buffer { IRIResolver.isAbsoluteWithoutDotSegments($0) }, "\(s)") }
    }
}

@Suite struct IRIValidationTests {
    @Test(arguments: [
        "http://example.org/", "http://example.org/a/b?c=d#e", "urn:isbn:0451450523", "mailto:a@b.c",
        "http://[::1]:8080/x", "http://[2001:db8::7]/", "http://[v7.fe80::a+en1]/", "http://192.168.0.1/",
        "http://user:pw@host:80/p", "http://example.org/%C3%A9", "http://example.org/é/日本",
        "http://example.org/?q=\u{E000}", "tag:", "a:", "http://a/b#", "http://a?#",
        "http://[1:2:3:4:5:6:7:8]/", "http://[1:2:3:4:5:6:1.2.3.4]/", "http://[::ffff:1.2.3.4]/",
    ])
    func iriValidatesValidIRI(_ string: String) throws {
        #expect(try IRI(validating: string).string == string)
    }

    @Test(arguments: [
        "", "example.org/a", "/a/b", "1http://a", "http://a b/", "http://a/b c", "http://a/<x>", "http://a/\"",
        "http://a/{x}", "http://a/%zz", "http://a/%4", "http://a:8x/", "http://[::1/", "http://[1:2:3]/",
        "http://[1::2::3]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[::256.1.1.1]/", "http://a/\u{E000}",
        "http://a/#x#y", "http://a/\\", "http://a/^", "http://a/|",
    ])
    func iriRejectsInvalidIRI(_ string: String) {
        #expect(throws: IRIError.self) { try IRI(validating: string) }
    }

    @Test(arguments: ["", "a", "../b?c#d", "//host/p", "#frag", "a/b:c"])
    func iriReferenceValidationAcceptsRelativeReference(_ string: String) {
        #expect(IRI.isValidReference(string))
    }

    @Test(arguments: ["a:b c", "x y", "a%", "b:c:d e"])
    func iriReferenceValidationRejectsInvalidReference(_ string: String) {
        #expect(!IRI.isValidReference(string))
    }

    @Test func iriErrorCarriesOffset() {
        #expect(throws: IRIError("character U+0020 is not allowed here", offset: 10)) {
            try IRI(validating: "http://a/b c")
        }
    }
}
