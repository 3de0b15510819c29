public import RDFModel
import RDFTurtle
import RDFXML

/// A serializer for any ``RDFFormat``, dispatching to the format's own writer.
public struct RDFWriter: RDFSerializer {
    var backend: any RDFSerializer
    /// The format being written.
    public let format: RDFFormat

    /// - Parameters:
    ///   - format: the syntax to write.
    ///   - output: where the bytes go.
    ///   - prefixes: prefixes to use from the start (Turtle, TriG, RDF/XML).
    ///   - pretty: collect the whole graph and write it sorted and abbreviated, instead of streaming.
    public init(format: RDFFormat, output: ByteOutput, prefixes: PrefixMap = PrefixMap(), pretty: Bool = false) {
        self.format = format
        switch format {
        case .nTriples: backend = NTriplesSerializer(output: output, format: .nTriples)
        case .nQuads: backend = NTriplesSerializer(output: output, format: .nQuads)
        case .turtle, .trig:
            let syntax: TurtleFormat = format == .trig ? .trig : .turtle
            backend =
                pretty
                ? TurtlePrettySerializer(output: output, format: syntax, prefixes: prefixes)
                : TurtleSerializer(output: output, format: syntax, prefixes: prefixes)
        case .rdfXML: backend = RDFXMLSerializer(output: output, prefixes: prefixes, pretty: pretty)
        }
    }

    public mutating func consume(_ quad: QuadRef) throws { try backend.consume(quad) }

    public mutating func prefix(_ name: String, iri: String) throws { try backend.prefix(name, iri: iri) }

    public mutating func base(_ iri: String) throws { try backend.base(iri) }

    public mutating func finish() throws { try backend.finish() }
}

extension RDFWriter {
    /// Serializes a dataset to bytes.
    public static func serialize(
        _ dataset: Dataset, format: RDFFormat, prefixes: PrefixMap = PrefixMap(), pretty: Bool = false
    ) throws -> [UInt8] {
        let output = MemoryOutput()
        var writer = RDFWriter(format: format, output: output, prefixes: prefixes, pretty: pretty)
        for quad in dataset.sorted() { try writer.consume(quad) }
        try writer.finish()
        return output.bytes
    }
}
