import RDFCanon
import RDFModel

/// The difference between two datasets after their blank nodes are matched: both are put in
/// RDFC-1.0 canonical form, so isomorphic datasets have no difference at all whatever their
/// blank node labels, and the statements are compared as canonical quads.
package struct GraphDiff: Sendable {
    /// In A, not in B (canonical labels of A).
    package var removed: [Quad]
    /// In B, not in A (canonical labels of B).
    package var added: [Quad]
    /// A and B in canonical form.
    package var a: [Quad]
    package var b: [Quad]

    package var isEmpty: Bool { removed.isEmpty && added.isEmpty }

    package init(_ a: [Quad], _ b: [Quad], canonicalizer: Canonicalizer = Canonicalizer()) throws(CanonicalizationError) {
        let left = try canonicalizer.canonicalize(a).quads
        let right = try canonicalizer.canonicalize(b).quads
        let leftSet = Set(left)
        let rightSet = Set(right)
        self.a = left.sorted()
        self.b = right.sorted()
        removed = left.filter { !rightSet.contains($0) }.sorted()
        added = right.filter { !leftSet.contains($0) }.sorted()
    }
}
