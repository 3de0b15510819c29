/// The model file format: a readable text header, then typed binary sections.
///
/// ```
/// newsgraph-model\n
/// version 2\n                 the format version (``ModelFile/formatVersion``)
/// kind tagger\n               which component wrote it
/// template w[0].lower\n       one line per feature template, checked against the code at load
/// … other `key value` lines (licence, training data, epochs)
/// \n                          a blank line ends the header
/// sections: name length (UInt32), name, type (1 byte: b i u q h f s), element count (UInt64),
///           data (little-endian, raw; strings as UInt32 length + UTF-8 bytes)
/// ```
/// `head -n 20 model.bin` shows what a model is and how it was trained.
package struct ModelFile: Sendable {
    package static let formatVersion = 2
    static let magic = Array("newsgraph-model\n".utf8)

    package let path: String
    package let kind: String
    /// Header lines after `version` and `kind`, as (key, value) pairs in order.
    package let header: [(key: String, value: String)]
    private let bytes: [UInt8]
    private let sections: [String: (type: UInt8, count: Int, range: Range<Int>)]

    /// All values of header key `key`, in order.
    package func headerValues(_ key: String) -> [String] { header.filter { $0.key == key }.map(\.value) }

    /// Checks the kind and that the templates are exactly `templates`.
    package func expect(kind: String, templates: [String]) throws(ModelFileError) {
        guard self.kind == kind else {
            throw .mismatch(path, "this is a \(self.kind) model, not a \(kind) model")
        }
        guard headerValues("template") == templates else {
            throw .mismatch(path, "the model's feature templates differ from this build's")
        }
    }

    package init(bytes: [UInt8], path: String) throws(ModelFileError) {
        self.path = path
        self.bytes = bytes
        guard bytes.starts(with: Self.magic) else { throw .corrupt(path, "missing the newsgraph-model header") }
        var position = Self.magic.count
        var lines: [(String, String)] = []
        while true {
            guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else {
                throw .corrupt(path, "unterminated header")
            }
            if end == position {
                position += 1
                break
            }
            let line = String(decoding: bytes[position..<end], as: UTF8.self)
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            lines.append((String(parts[0]), parts.count > 1 ? String(parts[1]) : ""))
            position = end + 1
        }
        guard lines.count >= 2, lines[0].0 == "version", let version = Int(lines[0].1) else {
            throw .corrupt(path, "the header has no version line")
        }
        guard version == Self.formatVersion else { throw .version(path, found: version, expected: Self.formatVersion) }
        guard lines[1].0 == "kind" else { throw .corrupt(path, "the header has no kind line") }
        kind = lines[1].1
        header = lines.dropFirst(2).map { (key: $0.0, value: $0.1) }

        var sections: [String: (type: UInt8, count: Int, range: Range<Int>)] = [:]
        var reader = ByteCursor(bytes: bytes, position: position, path: path)
        while !reader.isAtEnd {
            let nameLength = Int(try reader.read(UInt32.self))
            let name = String(decoding: try reader.take(nameLength), as: UTF8.self)
            guard let type = try reader.take(1).first else { throw .corrupt(path, "truncated") }
            let count64 = try reader.read(UInt64.self)
            guard count64 < UInt64(Int32.max) else { throw .corrupt(path, "section \(name) is too large") }
            let count = Int(count64)
            let start = reader.position
            switch type {
            case UInt8(ascii: "s"):
                for _ in 0..<count { _ = try reader.take(Int(try reader.read(UInt32.self))) }
            default:
                guard let width = Self.width(of: type) else { throw .corrupt(path, "section \(name) has unknown type") }
                _ = try reader.take(count * width)
            }
            sections[name] = (type, count, start..<reader.position)
        }
        self.sections = sections
    }

    static func width(of type: UInt8) -> Int? {
        switch type {
        case UInt8(ascii: "i"), UInt8(ascii: "f"): 4
        case UInt8(ascii: "u"): 8
        case UInt8(ascii: "h"): 2
        case UInt8(ascii: "b"): 1
        case UInt8(ascii: "q"): 8
        default: nil
        }
    }

    private func section(_ name: String, type: UInt8) throws(ModelFileError) -> (count: Int, range: Range<Int>) {
        guard let section = sections[name] else { throw .corrupt(path, "section \(name) is missing") }
        guard section.type == type else { throw .corrupt(path, "section \(name) has the wrong type") }
        return (section.count, section.range)
    }

    private func array<T: FixedWidthInteger>(_ name: String, type: UInt8, of: T.Type) throws(ModelFileError) -> [T] {
        let (count, range) = try section(name, type: type)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                let source = UnsafeRawBufferPointer(rebasing: raw[range])
                for index in 0..<count {
                    buffer[index] = T(littleEndian: source.loadUnaligned(fromByteOffset: index * T.bitWidth / 8, as: T.self))
                }
            }
            initialized = count
        }
    }

    package func integer(_ name: String) throws(ModelFileError) -> Int {
        let values = try array(name, type: UInt8(ascii: "q"), of: Int64.self)
        guard values.count == 1 else { throw .corrupt(path, "section \(name) is not one integer") }
        return Int(values[0])
    }
    package func uint64s(_ name: String) throws(ModelFileError) -> [UInt64] {
        try array(name, type: UInt8(ascii: "u"), of: UInt64.self)
    }
    package func int32s(_ name: String) throws(ModelFileError) -> [Int32] {
        try array(name, type: UInt8(ascii: "i"), of: Int32.self)
    }
    package func bytes(_ name: String) throws(ModelFileError) -> [UInt8] {
        try array(name, type: UInt8(ascii: "b"), of: UInt8.self)
    }
    package func uint16s(_ name: String) throws(ModelFileError) -> [UInt16] {
        try array(name, type: UInt8(ascii: "h"), of: UInt16.self)
    }
    package func floats(_ name: String) throws(ModelFileError) -> [Float] {
        try array(name, type: UInt8(ascii: "f"), of: UInt32.self).map(Float.init(bitPattern:))
    }
    package func strings(_ name: String) throws(ModelFileError) -> [String] {
        let (count, range) = try section(name, type: UInt8(ascii: "s"))
        var reader = ByteCursor(bytes: bytes, position: range.lowerBound, path: path)
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            result.append(String(decoding: try reader.take(Int(try reader.read(UInt32.self))), as: UTF8.self))
        }
        return result
    }
}

/// Reads little-endian values from a byte array, throwing at the end instead of trapping.
struct ByteCursor {
    let bytes: [UInt8]
    var position: Int
    let path: String

    var isAtEnd: Bool { position >= bytes.count }

    mutating func take(_ count: Int) throws(ModelFileError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - position else { throw .corrupt(path, "truncated") }
        defer { position += count }
        return bytes[position..<position + count]
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(ModelFileError) -> T {
        var value: T = 0
        for (shift, byte) in try take(T.bitWidth / 8).enumerated() { value |= T(byte) << (shift * 8) }
        return value
    }
}
