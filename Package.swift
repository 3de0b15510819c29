// swift-tools-version:6.1
import PackageDescription

/// Arrows point to what a target may import; nothing points back up:
/// RDFModel ← RDFTurtle, RDFXML (← CLibXML2) ← RDFIO ← newsgraph (← ArgumentParser).
/// RDFModel ← RDFCanon (RDFC-1.0 canonicalization, SHA-2) ← RDFDiff (with RDFIO: diffs, RDF Patch, SPARQL Update).
/// RDFIO, RDFDiff ← TripleStore (loading into triple stores: Graph Store Protocol, SPARQL Update; the only
/// target that speaks HTTP, through AsyncHTTPClient).
/// NLPCore (stdlib only: Document, Sentence, Token, CoNLL-U) depends on nothing.
/// NLPCore ← Tokenization (rule-based sentence splitter and tokenizer, stdlib only).
/// Perceptron (averaged perceptron, feature hashing, the model file format) depends on nothing.
/// NLPCore, Perceptron ← Tagging (POS tagger, lemmatizer).
/// NLPCore, Perceptron ← DependencyParsing (arc-hybrid transition parser, attachment scores).
/// NLPCore, Perceptron ← EntityRecognition (named entities: IOB2 reader, span scorer, recognizer).
/// NLPCore ← NLPEvaluation (CoNLL 2018-style scores).
/// NLPCore ← Extraction (relations from dependency trees).
/// CLibXML2 ← ArticleInput (an article's main text and metadata from plain text or HTML).
/// NLPCore, Extraction, ArticleInput, RDFModel ← KnowledgeGraph (an article's RDF graph: IRIs, provenance).
/// RDFModel ← GraphDOT (GraphViz DOT from any RDF graph).
/// CGraphviz ← GraphRendering (the only target that links graphviz: DOT to SVG, PNG, PDF).
/// EnglishModels: the trained model files, as resources.
/// Tokenization, Tagging, DependencyParsing, EntityRecognition, EnglishModels ← NLPPipeline (in order).
let package = Package(
    name: "Newsgraph",
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "RDFIO", targets: ["RDFIO"]),
        .library(name: "NLPCore", targets: ["NLPCore"]),
        .library(name: "Tokenization", targets: ["Tokenization"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .target(name: "RDFModel"),
        .target(name: "RDFTurtle", dependencies: ["RDFModel"]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "RDFXML", dependencies: ["RDFModel", "CLibXML2"]),
        .target(name: "RDFIO", dependencies: ["RDFModel", "RDFTurtle", "RDFXML"]),
        .target(name: "RDFCanon", dependencies: ["RDFModel"]),
        .target(name: "RDFDiff", dependencies: ["RDFModel", "RDFCanon", "RDFIO"]),
        .target(
            name: "TripleStore",
            dependencies: ["RDFModel", "RDFIO", "RDFDiff", .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        .target(name: "ArticleInput", dependencies: ["CLibXML2"]),
        .target(name: "KnowledgeGraph", dependencies: ["NLPCore", "Extraction", "ArticleInput", "RDFModel"]),
        .target(name: "GraphDOT", dependencies: ["RDFModel"]),
        .systemLibrary(
            name: "CGraphviz", path: "Sources/CGraphviz",
            pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "GraphRendering", dependencies: ["CGraphviz"]),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "RDFIO", "RDFCanon", "RDFDiff", "NLPCore", "Perceptron", "Tagging", "DependencyParsing", "EntityRecognition", "NLPPipeline",
                "NLPEvaluation", "Extraction", "ArticleInput", "KnowledgeGraph", "GraphDOT", "GraphRendering", "TripleStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(name: "NLPCore"),
        .target(name: "Tokenization", dependencies: ["NLPCore"]),
        .target(name: "Perceptron"),
        .target(name: "Tagging", dependencies: ["NLPCore", "Perceptron"]),
        .target(name: "DependencyParsing", dependencies: ["NLPCore", "Perceptron"]),
        .target(name: "EntityRecognition", dependencies: ["NLPCore", "Perceptron"]),
        .target(name: "NLPEvaluation", dependencies: ["NLPCore"]),
        .target(name: "Extraction", dependencies: ["NLPCore"]),
        .target(name: "EnglishModels", exclude: ["Training"], resources: [.copy("Models")]),
        .target(
            name: "NLPPipeline",
            dependencies: [
                "NLPCore", "Perceptron", "Tokenization", "Tagging", "DependencyParsing", "EntityRecognition",
                "EnglishModels",
            ]),

        .target(
            name: "NewsgraphTestSupport", dependencies: ["RDFModel", "RDFIO"],
            path: "Tests/NewsgraphTestSupport"),
        .testTarget(name: "RDFModelTests", dependencies: ["RDFModel", "NewsgraphTestSupport"]),
        .testTarget(name: "RDFTurtleTests", dependencies: ["RDFTurtle", "NewsgraphTestSupport"]),
        .testTarget(name: "RDFXMLTests", dependencies: ["RDFXML", "NewsgraphTestSupport"]),
        .testTarget(name: "RDFIOTests", dependencies: ["RDFIO", "NewsgraphTestSupport"]),
        .testTarget(name: "ConformanceTests", dependencies: ["RDFIO", "NewsgraphTestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["RDFIO", "RDFModel", "NewsgraphTestSupport"]),
        .testTarget(name: "NLPCoreTests", dependencies: ["NLPCore", "NewsgraphTestSupport"]),
        .testTarget(name: "PerceptronTests", dependencies: ["Perceptron"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NLPCore"]),
        .testTarget(
            name: "KnowledgeGraphTests",
            dependencies: ["KnowledgeGraph", "Extraction", "ArticleInput", "NLPCore", "RDFModel", "RDFIO", "NewsgraphTestSupport"]),
        .testTarget(
            name: "GraphDOTTests", dependencies: ["GraphDOT", "RDFModel", "RDFIO", "NewsgraphTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "GraphRenderingTests", dependencies: ["GraphRendering"]),
        .testTarget(name: "RDFCanonTests", dependencies: ["RDFCanon", "RDFModel", "RDFIO", "NewsgraphTestSupport", "Perceptron"]),
        .testTarget(name: "TripleStoreTests", dependencies: ["TripleStore", "RDFModel"]),
        .testTarget(name: "RDFDiffTests", dependencies: ["RDFDiff", "RDFCanon", "RDFModel", "RDFIO", "Perceptron"]),
        .testTarget(name: "ArticleInputTests", dependencies: ["ArticleInput", "NewsgraphTestSupport"]),
        .testTarget(name: "NLPEvaluationTests", dependencies: ["NLPEvaluation", "NLPCore", "NewsgraphTestSupport"]),
        .testTarget(
            name: "NLPPipelineTests",
            dependencies: [
                "NLPPipeline", "NLPEvaluation", "EntityRecognition", "Extraction", "ArticleInput", "NLPCore",
                "KnowledgeGraph", "RDFModel", "RDFDiff", "GraphDOT", "GraphRendering", "NewsgraphTestSupport",
            ]),
        .testTarget(
            name: "TaggingTests", dependencies: ["Tagging", "NLPCore", "Perceptron", "NewsgraphTestSupport"]),
        .testTarget(
            name: "DependencyParsingTests",
            dependencies: ["DependencyParsing", "NLPCore", "Perceptron", "NewsgraphTestSupport"]),
        .testTarget(
            name: "EntityRecognitionTests",
            dependencies: ["EntityRecognition", "NLPCore", "Perceptron", "NewsgraphTestSupport"]),
        .testTarget(
            name: "TokenizationTests", dependencies: ["Tokenization", "NLPCore", "NewsgraphTestSupport"]),
    ]
)
