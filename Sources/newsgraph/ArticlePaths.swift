import Glibc
import RDFIO

/// The article files named on the command line: files as given, folders walked for `.txt`,
/// `.html` and `.htm` files (sorted, hidden entries skipped).
enum ArticlePaths {
    static let extensions = [".txt", ".html", ".htm"]

    static func expand(_ inputs: [String]) -> (paths: [String], missing: [String]) {
        var paths: [String] = []
        var missing: [String] = []
        for input in inputs {
            if input == "-" {
                paths.append(input)
                continue
            }
            var info = stat()
            guard stat(input, &info) == 0 else {
                missing.append(input)
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR { paths += walk(input) } else { paths.append(input) }
        }
        return (paths, missing)
    }

    static func walk(_ directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        var result: [String] = []
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                result += walk(path)
            } else if extensions.contains(where: { name.lowercased().hasSuffix($0) }) {
                result.append(path)
            }
        }
        return result
    }

    /// Whether `path` names an article (not an RDF file): a `.txt`, `.html` or `.htm` file.
    static func isArticle(_ path: String) -> Bool {
        RDFFormat(path: path) == nil && extensions.contains { path.lowercased().hasSuffix($0) }
    }

    /// The output name of an article file: its file name without the extension.
    static func stem(_ path: String) -> String {
        guard path != "-" else { return "article" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
