import DependencyParsing
import EnglishModels
import EntityRecognition
import Glibc
import Perceptron
import Tagging

/// Why the pipeline's models could not be loaded.
package enum PipelineLoadingError: Error, CustomStringConvertible {
    case unreadable(String, String)
    case model(ModelFileError)

    package var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): error: cannot read model: \(reason)"
        case .model(let error): error.description
        }
    }
}

extension Pipeline {
    /// The pipeline with the models in `directory` (default: the shipped models). The tagger is
    /// required; the parser and the recognizer run when their model files are there.
    package static func load(directory: String? = nil) throws(PipelineLoadingError) -> Pipeline {
        var timings: Timings = []
        return try load(directory: directory, timings: &timings)
    }

    /// ``load(directory:)``, recording how long each model took to read and set up.
    package static func load(directory: String? = nil, timings: inout Timings) throws(PipelineLoadingError) -> Pipeline {
        let clock = ContinuousClock()
        guard let directory = directory ?? EnglishModels.directory else {
            throw .unreadable("Models", "the model directory was not found; set NEWSGRAPH_MODELS")
        }
        func path(_ name: String) -> String { directory + "/" + name }
        func exists(_ name: String) -> Bool { access(path(name), F_OK) == 0 }
        do {
            var start = clock.now
            let tagger = try Tagger(modelBytes: try readFile(path(EnglishModels.tagger)), path: path(EnglishModels.tagger))
            timings.append(("load tagger", clock.now - start))
            var pipeline = Pipeline(tagger: tagger)
            if exists(EnglishModels.parser) {
                start = clock.now
                let bytes = try readFile(path(EnglishModels.parser))
                pipeline.parser = try DependencyParser(modelBytes: bytes, path: path(EnglishModels.parser))
                timings.append(("load parser", clock.now - start))
            }
            if exists(EnglishModels.recognizer) {
                start = clock.now
                let bytes = try readFile(path(EnglishModels.recognizer))
                pipeline.recognizer = try EntityRecognizer(modelBytes: bytes, path: path(EnglishModels.recognizer))
                timings.append(("load ner", clock.now - start))
            }
            return pipeline
        } catch let error as ModelFileError {
            throw .model(error)
        } catch let error as PipelineLoadingError {
            throw error
        } catch {
            throw .unreadable(directory, "\(error)")
        }
    }
}

/// The whole contents of the file at `path`.
func readFile(_ path: String) throws(PipelineLoadingError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 { throw .unreadable(path, String(cString: strerror(errno))) }
        if count == 0 { return result }
        result.append(contentsOf: chunk[0..<count])
    }
}
