import Glibc
import KnowledgeGraph
import RDFCanon

/// What `build` wrote for which article content, so a re-run skips unchanged articles.
///
/// Kept in `OUTPUT/.newsgraph-cache.tsv`: a first line with the fingerprint of the build (the
/// executable, the models, the formats and the base IRI), then per article its content hash, its
/// output name and its counts. Written after the outputs, atomically: a build killed midway leaves
/// the previous cache, which only names outputs that were complete.
struct BuildCache {
    struct Entry: Sendable, Equatable {
        var name: String
        /// The article's IRI: its graph's name in the corpus dataset.
        var article: String
        var counts: ArticleGraph.Counts
        var triples: Int
    }

    static let fileName = ".newsgraph-cache.tsv"
    let fingerprint: String
    private(set) var entries: [String: Entry] = [:]

    /// The cache in `folder` if its fingerprint matches, else an empty one.
    init(folder: String, fingerprint: String) {
        self.fingerprint = fingerprint
        guard let bytes = try? FileIO.readQuietly(folder + "/" + Self.fileName) else { return }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard lines.first.map(String.init) == "# " + fingerprint else { return }
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7, let sentences = Int(fields[3]), let entities = Int(fields[4]),
                let statements = Int(fields[5]), let triples = Int(fields[6])
            else { continue }
            entries[fields[0]] = Entry(
                name: fields[1], article: fields[2], counts: ArticleGraph.Counts(sentences: sentences, entities: entities, statements: statements),
                triples: triples)
        }
    }

    subscript(key: String) -> Entry? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    /// The cache file's text, entries sorted by key.
    var text: String {
        var out = "# " + fingerprint + "\n"
        for key in entries.keys.sorted() {
            guard let entry = entries[key] else { continue }
            let counts = entry.counts
            out += "\(key)\t\(entry.name)\t\(entry.article)\t\(counts.sentences)\t\(counts.entities)\t\(counts.statements)\t\(entry.triples)\n"
        }
        return out
    }

    /// The key of an article: its bytes' SHA-256 and its output name (two files with the same
    /// text are two articles).
    static func key(_ bytes: [UInt8], name: String) -> String { HashAlgorithm.sha256.hexDigest(bytes) + ":" + name }

    /// What a build's outputs depend on besides the article: this executable (size and time),
    /// the models folder, the formats and the base IRI.
    static func fingerprint(models: String?, formats: [String], base: String) -> String {
        var info = stat()
        let executable = stat("/proc/self/exe", &info) == 0 ? "\(info.st_size)-\(info.st_mtim.tv_sec)" : "unknown"
        return "newsgraph \(executable) models=\(models ?? "shipped") formats=\(formats.joined(separator: ",")) base=\(base)"
    }
}
