import CGraphviz
import Synchronization

/// Image formats graphviz renders to.
package enum ImageFormat: String, CaseIterable, Sendable {
    case svg, png, pdf

    /// The graphviz output format (`png:cairo`, so PNG goes through cairo like PDF does).
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        }
    }
}

/// Why graphviz could not lay out or render a graph, in its own words when it gave any.
package struct RenderError: Error, Equatable, CustomStringConvertible, Sendable {
    package var message: String
    package var description: String { message }
}

/// Lays out and renders DOT in process through libgvc. Graphviz keeps global state and is not
/// thread-safe, so calls are serialized; what graphviz reports (errors and warnings) is
/// collected instead of being printed, and a failure carries its messages.
package enum GraphvizRenderer {
    /// Serializes every call into graphviz; holds the one context, made on first use.
    private static let context = Mutex<OpaquePointer?>(nil)
    /// What graphviz reported during the current call.
    private static let messages = Mutex<[String]>([])

    /// The engines that can be asked for by name.
    package static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// `dot` laid out with `engine` and rendered as `format`. Layout engines other than `dot` start
    /// from a fixed seed, so the same graph gives the same bytes.
    package static func render(dot: String, engine: String, format: ImageFormat) throws(RenderError) -> [UInt8] {
        guard engines.contains(engine) else {
            throw RenderError(message: "unknown layout '\(engine)'; expected one of \(engines.joined(separator: ", "))")
        }
        let result: Result<[UInt8], RenderError> = context.withLock { stored in
            messages.withLock { $0 = [] }
            _ = agseterr(AGWARN)
            _ = agseterrf { text in
                if let text { GraphvizRenderer.record(String(cString: text)) }
                return 0
            }
            defer { _ = agreseterrors() }
            if stored == nil { stored = gvContext() }
            guard let gvc = stored else { return .failure(RenderError(message: "graphviz: cannot create a context")) }
            guard let graph = agmemread(dot) else { return .failure(failure("cannot read the DOT graph")) }
            defer { agclose(graph) }
            if engine != "dot" { set(graph, "start", "1") }
            guard gvLayout(gvc, graph, engine) == 0 else { return .failure(failure("layout '\(engine)' failed")) }
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, graph, format.graphvizName, &data, &length) == 0, let data else {
                return .failure(failure("cannot render \(format.rawValue)"))
            }
            defer { gvFreeRenderData(data) }
            return .success(Array(UnsafeRawBufferPointer(start: data, count: Int(length))))
        }
        return try result.get()
    }

    static func record(_ text: String) {
        let trimmed = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        if !trimmed.isEmpty { messages.withLock { $0.append(trimmed) } }
    }

    /// A failure with what graphviz said, `Error:`/`Warning:` prefixes dropped.
    static func failure(_ what: String) -> RenderError {
        let said = messages.withLock { $0 }.map { message in
            var text = Substring(message)
            for prefix in ["Error: ", "Warning: ", "Error:", "Warning:"] where text.hasPrefix(prefix) {
                text = text.dropFirst(prefix.count)
            }
            return text.drop { $0 == " " }
        }
        let detail = said.isEmpty ? "" : ": " + said.joined(separator: "; ")
        return RenderError(message: "graphviz: \(what)\(detail)")
    }

    static func set(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String, _ value: String) {
        var name = Array(name.utf8CString)
        var value = Array(value.utf8CString)
        var empty: [CChar] = [0]
        _ = agsafeset(UnsafeMutableRawPointer(graph), &name, &value, &empty)
    }
}
