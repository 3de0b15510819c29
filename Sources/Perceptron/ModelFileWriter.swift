/// Builds a model file (see ``ModelFile`` for the layout). Sections are written in the order added.
package struct ModelFileWriter: Sendable {
    private var headerLines: [String]
    private var body: [UInt8] = []

    /// A model of kind `kind` (`tagger`, `parser`, `ner`) whose features follow `templates`.
    package init(kind: String, templates: [String]) {
        headerLines = ["version \(ModelFile.formatVersion)", "kind \(kind)"] + templates.map { "template \($0)" }
    }

    /// Adds a `key value` line to the header (no line breaks in either).
    package mutating func addHeader(_ key: String, _ value: String) {
        let clean = value.map { $0 == "\n" || $0 == "\r" ? " " : $0 }
        headerLines.append("\(key) \(String(clean))")
    }

    private mutating func beginSection(_ name: String, type: Character, count: Int) {
        append(UInt32(name.utf8.count))
        body.append(contentsOf: name.utf8)
        body.append(type.asciiValue ?? 0)
        append(UInt64(count))
    }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        var value = value.littleEndian
        withUnsafeBytes(of: &value) { body.append(contentsOf: $0) }
    }

    package mutating func addInteger(_ name: String, _ value: Int) {
        beginSection(name, type: "q", count: 1)
        append(Int64(value))
    }
    package mutating func addUInt64s(_ name: String, _ values: [UInt64]) {
        beginSection(name, type: "u", count: values.count)
        for value in values { append(value) }
    }
    package mutating func addInt32s(_ name: String, _ values: [Int32]) {
        beginSection(name, type: "i", count: values.count)
        for value in values { append(value) }
    }
    package mutating func addBytes(_ name: String, _ values: [UInt8]) {
        beginSection(name, type: "b", count: values.count)
        body.append(contentsOf: values)
    }
    package mutating func addUInt16s(_ name: String, _ values: [UInt16]) {
        beginSection(name, type: "h", count: values.count)
        for value in values { append(value) }
    }
    package mutating func addFloats(_ name: String, _ values: [Float]) {
        beginSection(name, type: "f", count: values.count)
        for value in values { append(value.bitPattern) }
    }
    package mutating func addStrings(_ name: String, _ values: [String]) {
        beginSection(name, type: "s", count: values.count)
        for value in values {
            append(UInt32(value.utf8.count))
            body.append(contentsOf: value.utf8)
        }
    }

    /// The whole file.
    package var bytes: [UInt8] {
        ModelFile.magic + Array((headerLines.joined(separator: "\n") + "\n\n").utf8) + body
    }
}
