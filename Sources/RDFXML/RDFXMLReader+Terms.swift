import CLibXML2
import RDFModel

/// Building terms into the scope strings: IRI resolution, `rdf:ID`, `rdf:nodeID`, predicates.
extension RDFXMLReader {
    /// Appends `reference` resolved against the in-scope base to the scope strings.
    /// Reports an error and returns nil when it is relative and there is no base.
    mutating func resolve(_ reference: UnsafeRawBufferPointer) -> Span? {
        if let error = IRISyntax.validate(reference, allowRelative: true) {
            fail("invalid IRI <\(Self.string(reference))>: \(error.message)")
            return nil
        }
        let start = strings.count
        if IRIResolver.isAbsoluteWithoutDotSegments(reference) {
            strings.append(reference)
            return strings.span(from: start)
        }
        guard let resolver = resolvers.last else {
            if hasScheme(reference) {
                // absolute but with dot segments: resolve against itself
                guard let resolver = try? IRIResolver(base: reference) else { return nil }
                return append(resolving: reference, with: resolver)
            }
            fail("relative IRI <\(Self.string(reference))> and no base IRI")
            return nil
        }
        return append(resolving: reference, with: resolver)
    }

    private mutating func append(resolving reference: UnsafeRawBufferPointer, with resolver: IRIResolver) -> Span {
        resolved.removeAll(keepingCapacity: true)
        resolver.resolve(reference, into: &resolved)
        let start = strings.count
        resolved.withUnsafeBytes { strings.append($0) }
        return strings.span(from: start)
    }

    private mutating func hasScheme(_ s: UnsafeRawBufferPointer) -> Bool {
        guard let first = s.first, IRISyntax.isAlpha(first) else { return false }
        for b in s.dropFirst() {
            if b == UInt8(ascii: ":") { return true }
            if !IRISyntax.isSchemeChar(b) { return false }
        }
        return false
    }

    /// Appends the IRI of `rdf:ID="id"` (`#id` resolved against the base), after checking that
    /// `id` is an NCName and was not used before with the same base.
    mutating func resolveID(_ id: UnsafeRawBufferPointer) -> Span? {
        guard XMLName.isNCName(id) else {
            fail("rdf:ID \"\(Self.string(id))\" is not an XML NCName")
            return nil
        }
        scratch.removeAll()
        scratch.append(UInt8(ascii: "#"))
        scratch.append(id)
        guard let span = resolve(scratch.all) else { return nil }
        let iri = Array(strings.bytes(span))
        guard usedIDs.insert(iri).inserted else {
            fail("rdf:ID \"\(Self.string(id))\" is used twice with the same base IRI")
            return nil
        }
        return span
    }

    /// Appends the blank node label of `rdf:nodeID="label"` (labels starting with `g` get `g_` in
    /// front, so they never clash with the `g<n>` labels the reader makes up).
    mutating func nodeIDLabel(_ label: UnsafeRawBufferPointer) -> Span? {
        guard XMLName.isNCName(label) else {
            fail("rdf:nodeID \"\(Self.string(label))\" is not an XML NCName")
            return nil
        }
        let start = strings.count
        if label.first == UInt8(ascii: "g") { strings.append("g_") }
        strings.append(label)
        return strings.span(from: start)
    }

    @inline(__always)
    mutating func newBlankNode() -> Int {
        defer { blankNodeCounter &+= 1 }
        return blankNodeCounter
    }

    /// Appends the IRI `namespace` + `localName` to the scope strings.
    @inline(__always)
    mutating func appendName(_ namespace: UnsafePointer<xmlChar>, _ localName: UnsafePointer<xmlChar>) -> Span {
        let start = strings.count
        strings.append(cString: namespace)
        strings.append(cString: localName)
        return strings.span(from: start)
    }

    /// Applies `xml:base` and `xml:lang` of a start tag: pushes a resolver for a new base and
    /// returns the language span for the new frame (the parent's when there is no `xml:lang`).
    mutating func applyScope(_ attributes: AttributeSet) -> Span? {
        if let base = attributes.base {
            guard let span = resolve(base) else { return nil }
            // The base is copied into the resolver, so its span need not stay.
            guard let resolver = try? IRIResolver(base: strings.bytes(span)) else {
                fail("xml:base \"\(Self.string(base))\" is not an absolute IRI")
                return nil
            }
            strings.truncate(to: span.start)
            resolvers.append(resolver)
        }
        if let language = attributes.language {
            let start = strings.count
            strings.append(language)
            return strings.span(from: start)
        }
        return frames.last?.language ?? .empty
    }

    // MARK: Emitting

    @inline(__always)
    mutating func emit(_ subject: Resource, _ predicate: Resource, _ object: Object) {
        queue.add(subject, predicate, object, strings: strings)
    }

    /// Emits the statement of property element `frame` with `object`, and its reification when
    /// the element has an `rdf:ID`.
    mutating func emitProperty(_ frame: Frame, _ object: Object) {
        emit(frame.subject, frame.predicate, object)
        guard !frame.reification.isEmpty else { return }
        let statement = Resource.iri(frame.reification)
        emit(statement, .fixed(RDFTerms.type), .resource(.fixed(RDFTerms.statement)))
        emit(statement, .fixed(RDFTerms.subject), .resource(frame.subject))
        emit(statement, .fixed(RDFTerms.predicate), .resource(frame.predicate))
        emit(statement, .fixed(RDFTerms.object), object)
    }

    /// Emits the property attributes in ``propertyAttributes`` about `subject`.
    mutating func emitPropertyAttributes(of subject: Resource, language: Span) -> Bool {
        for attribute in propertyAttributes {
            if attribute.isType {
                guard let type = resolve(attribute.value) else { return false }
                emit(subject, .fixed(RDFTerms.type), .resource(.iri(type)))
            } else {
                let predicate = appendName(attribute.namespace, attribute.localName)
                emit(
                    subject, .iri(predicate),
                    .literal(value: attribute.value, datatype: Self.none, language: strings.bytes(language)))
            }
        }
        return true
    }

    static var none: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }
}
