public import RDFModel
import RDFTurtle
import RDFXML

/// A push parser for any ``RDFFormat``, dispatching to the format's own parser.
public struct RDFParser: RDFPushParser {
    var backend: any RDFPushParser
    /// The format being read.
    public let format: RDFFormat

    /// - Parameters:
    ///   - format: the syntax of the input.
    ///   - baseIRI: the IRI relative references resolve against (ignored by N-Triples and N-Quads).
    ///   - lenient: skip bad statements, recording their errors, instead of stopping at the first.
    public init(format: RDFFormat, baseIRI: String? = nil, lenient: Bool = false) {
        self.format = format
        switch format {
        case .nTriples: backend = NTriplesParser(format: .nTriples, lenient: lenient)
        case .nQuads: backend = NTriplesParser(format: .nQuads, lenient: lenient)
        case .turtle: backend = TurtleParser(format: .turtle, baseIRI: baseIRI, lenient: lenient)
        case .trig: backend = TurtleParser(format: .trig, baseIRI: baseIRI, lenient: lenient)
        case .rdfXML: backend = RDFXMLParser(baseIRI: baseIRI, lenient: lenient)
        }
    }

    public mutating func append<S: RDFSink>(_ chunk: UnsafeRawBufferPointer, into sink: inout S) throws {
        try backend.append(chunk, into: &sink)
    }

    public mutating func finish<S: RDFSink>(into sink: inout S) throws {
        try backend.finish(into: &sink)
    }

    public mutating func takeRecoveredErrors() -> [RDFSyntaxError] {
        backend.takeRecoveredErrors()
    }
}

extension RDFParser {
    /// Parses a whole document held in memory into a ``Dataset``.
    public static func parse(
        _ bytes: some Collection<UInt8>, format: RDFFormat, baseIRI: String? = nil
    ) throws -> Dataset {
        var parser = RDFParser(format: format, baseIRI: baseIRI)
        var dataset = Dataset()
        let array = Array(bytes)
        try array.withUnsafeBytes { try parser.append($0, into: &dataset) }
        try parser.finish(into: &dataset)
        return dataset
    }

    /// Parses a whole document held in a string into a ``Dataset``.
    public static func parse(_ text: String, format: RDFFormat, baseIRI: String? = nil) throws -> Dataset {
        try parse(Array(text.utf8), format: format, baseIRI: baseIRI)
    }
}
