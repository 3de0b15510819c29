import ArgumentParser
import KnowledgeGraph
import NLPPipeline

/// One article file to its graph, as `build` and `render` do it.
struct ArticleBuilding {
    let pipeline: Pipeline
    let builder: ArticleGraphBuilder

    init(models: String?, minter: IRIMinter) throws {
        pipeline = try FileIO.loadPipeline(models)
        builder = ArticleGraphBuilder(minter: minter)
    }

    /// The minter for a `--base` option; a bad IRI is a usage error.
    static func minter(base: String) throws -> IRIMinter {
        do { return try IRIMinter(base: base) } catch { throw ValidationError("--base: \(error)") }
    }

    /// The graph of the article at `path` (errors are reported and exit with status 1).
    func graph(_ path: String) throws -> ArticleGraph {
        let article = try FileIO.readArticle(path)
        let document = pipeline.annotate(text: ArticleGraphBuilder.analysedText(article))
        let key = ArticleGraphBuilder.key(article.metadata, fallback: ArticlePaths.stem(path))
        return builder.build(article, document: document, key: key)
    }
}
