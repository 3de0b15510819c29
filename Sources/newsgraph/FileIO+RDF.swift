import ArgumentParser
import RDFIO
import RDFModel

extension FileIO {
    /// The whole dataset in `path` (`-` for standard input) in `format`; a syntax error is
    /// reported as `path:line:column: error: …` and exits with status 1.
    static func readDataset(_ path: String, format: RDFFormat) throws -> Dataset {
        let bytes = try read(path)
        var dataset = Dataset()
        do {
            var parser = RDFParser(format: format, baseIRI: path == "-" ? nil : "file://" + path)
            try bytes.withUnsafeBytes { try parser.append($0, into: &dataset) }
            try parser.finish(into: &dataset)
        } catch {
            Diagnostics.printRaw(Diagnostics.describe(error, inputPath: path))
            throw ExitCode.failure
        }
        return dataset
    }
}
