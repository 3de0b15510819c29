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

    /// The graph of the article at `path` (errors are reported and exit with status 1).
    func graph(_ path: String) throws -> ArticleGraph {
        let article = try FileIO.readArticle(path)
        let document = pipeline.annotate(text: ArticleGraphBuilder.analysedText(article))
        let key = ArticleGraphBuilder.key(article.metadata, fallback: ArticlePaths.stem(path))
        return builder.build(article, document: document, key: key)
    }
}
