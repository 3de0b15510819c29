import RDFModel

extension PrettyRenderer {
    /// Writes every graph: the default graph first, then the named graphs in term order.
    mutating func render(into out: inout ByteWriter) {
        let rank = self.rank
        var graphs = dataset.byGraph.keys.filter { $0 != Dataset.defaultGraphID }.sorted { rank[Int($0)] < rank[Int($1)] }
        if dataset.byGraph[Dataset.defaultGraphID] != nil { graphs.insert(Dataset.defaultGraphID, at: 0) }
        for (index, g) in graphs.enumerated() {
            let roots = plan(graph: g)
            if index > 0 { out.append(UInt8(ascii: "\n")) }
            let named = format == .trig && g != Dataset.defaultGraphID
            if named {
                writeTerm(g, into: &out)
                out.append(" {\n")
            }
            let indent = named ? 4 : 0
            for (i, root) in roots.enumerated() {
                if i > 0 { out.append(UInt8(ascii: "\n")) }
                spaces(indent, into: &out)
                if isAnonymousRoot(root) {
                    out.append(UInt8(ascii: "["))
                    writeProperties(of: root, indent: indent + 4, into: &out)
                    out.append(UInt8(ascii: "\n"))
                    spaces(indent, into: &out)
                    out.append(UInt8(ascii: "]"))
                } else {
                    writeTerm(root, into: &out)
                    writeProperties(of: root, indent: indent + 4, into: &out)
                }
                out.append(" .\n")
            }
            if named { out.append("}\n") }
        }
    }

    /// Writes `\n<indent>predicate objects` for each predicate, separated by ` ;`.
    private func writeProperties(of subject: UInt32, indent: Int, into out: inout ByteWriter) {
        var lastPredicate: UInt32?
        for quad in properties(of: subject) {
            if quad.predicate == lastPredicate {
                out.append(" ,\n")
                spaces(indent + 4, into: &out)
            } else {
                if lastPredicate != nil { out.append(UInt8(ascii: " "), UInt8(ascii: ";")) }
                out.append(UInt8(ascii: "\n"))
                spaces(indent, into: &out)
                if quad.predicate == typeID {
                    out.append(UInt8(ascii: "a"))
                } else {
                    writeTerm(quad.predicate, into: &out)
                }
                out.append(UInt8(ascii: " "))
                lastPredicate = quad.predicate
            }
            writeObject(quad.object, indent: indent, into: &out)
        }
    }

    /// Writes an object: a collection, an inlined blank node, `()` for rdf:nil, or the term.
    private func writeObject(_ id: UInt32, indent: Int, into out: inout ByteWriter) {
        switch shape[id] {
        case .list(let items):
            out.append(UInt8(ascii: "("))
            for item in items {
                out.append(UInt8(ascii: " "))
                writeObject(item, indent: indent, into: &out)
            }
            out.append(UInt8(ascii: " "), UInt8(ascii: ")"))
        case .inline:
            guard ranges[id] != nil else {
                out.append(UInt8(ascii: "["), UInt8(ascii: "]"))
                return
            }
            out.append(UInt8(ascii: "["))
            writeProperties(of: id, indent: indent + 4, into: &out)
            out.append(UInt8(ascii: "\n"))
            spaces(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case nil:
            if id == nilID {
                out.append(UInt8(ascii: "("), UInt8(ascii: ")"))
            } else {
                writeTerm(id, into: &out)
            }
        }
    }

    private func writeTerm(_ id: UInt32, into out: inout ByteWriter) {
        dataset.term(id).withRef { terms.write($0, into: &out) }
    }

    private func spaces(_ n: Int, into out: inout ByteWriter) {
        out.reserve(n)
        for _ in 0..<n { out.append(UInt8(ascii: " ")) }
    }
}
