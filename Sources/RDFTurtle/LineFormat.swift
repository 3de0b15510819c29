/// The line-based formats: [N-Triples](https://www.w3.org/TR/n-triples/) and
/// [N-Quads](https://www.w3.org/TR/n-quads/).
public enum LineFormat: Sendable, Hashable { case nTriples, nQuads }
