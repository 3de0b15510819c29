import ArgumentParser
import ArticleInput

extension FileIO {
    /// Whether `path` names an HTML page (by its extension).
    static func isHTML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
    }

    /// An article from plain text or, by extension, HTML; a failure is reported and exits with status 1.
    static func readArticle(_ path: String) throws -> Article {
        guard isHTML(path) else { return PlainTextArticle.read(try readText(path)) }
        let bytes = try read(path)
        do {
            return try HTMLArticle.read(bytes, path: path)
        } catch {
            Diagnostics.printRaw(error.description)
            throw ExitCode.failure
        }
    }
}
