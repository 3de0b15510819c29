import CLibXML2

/// Serializes the content of an `rdf:parseType="Literal"` property element the way Exclusive XML
/// Canonicalization (with comments) does, which is the lexical form the W3C tests expect:
/// namespace declarations only where a prefix is visibly used and not already declared by an
/// output ancestor, declarations sorted by prefix, attributes sorted by (namespace, local name),
/// empty elements as start/end pairs, and the c14n character escapes.
///
/// Names are libxml2 dictionary pointers, valid as long as the parser context lives.
struct XMLLiteralWriter {
    private struct Declaration {
        var prefix: UnsafePointer<xmlChar>?
        var namespace: UnsafePointer<xmlChar>?
    }

    struct Attribute {
        var localName: UnsafePointer<xmlChar>
        var prefix: UnsafePointer<xmlChar>?
        var namespace: UnsafePointer<xmlChar>?
        var value: UnsafeRawBufferPointer
    }

    /// The serialized literal so far.
    private(set) var output = ByteBuffer(capacity: 256)
    /// Declarations rendered by the open elements, innermost last.
    private var rendered: [Declaration] = []
    /// `rendered.count` before each open element.
    private var marks: [Int] = []
    private var pending: [Declaration] = []

    func release() { output.release() }

    var depth: Int { marks.count }

    mutating func reset() {
        output.removeAll()
        rendered.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
    }

    /// Opens an element; `attributes` carry decoded values and namespaces.
    mutating func startElement(
        localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?,
        attributes: inout [Attribute], xmlNamespace: UnsafePointer<xmlChar>?
    ) {
        marks.append(rendered.count)
        pending.removeAll(keepingCapacity: true)
        need(prefix: prefix, namespace: namespace)
        for attribute in attributes {
            if let prefix = attribute.prefix, attribute.namespace != xmlNamespace {
                need(prefix: prefix, namespace: attribute.namespace)
            }
        }
        output.append(UInt8(ascii: "<"))
        appendQName(prefix, localName)
        pending.sort { Self.compare($0.prefix, $1.prefix) < 0 }
        for declaration in pending {
            if let prefix = declaration.prefix {
                output.append(" xmlns:")
                output.append(cString: prefix)
            } else {
                output.append(" xmlns")
            }
            output.append("=\"")
            if let namespace = declaration.namespace { appendEscaped(cString: namespace, attribute: true) }
            output.append(UInt8(ascii: "\""))
            rendered.append(declaration)
        }
        attributes.sort {
            let byNamespace = Self.compare($0.namespace, $1.namespace)
            return byNamespace != 0 ? byNamespace < 0 : Self.compare($0.localName, $1.localName) < 0
        }
        for attribute in attributes {
            output.append(UInt8(ascii: " "))
            appendQName(attribute.prefix, attribute.localName)
            output.append("=\"")
            appendEscaped(attribute.value, attribute: true)
            output.append(UInt8(ascii: "\""))
        }
        output.append(UInt8(ascii: ">"))
    }

    mutating func endElement(localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) {
        output.append("</")
        appendQName(prefix, localName)
        output.append(UInt8(ascii: ">"))
        if let mark = marks.popLast() { rendered.removeSubrange(mark...) }
    }

    mutating func text(_ bytes: UnsafeRawBufferPointer) { appendEscaped(bytes, attribute: false) }

    mutating func comment(_ text: UnsafePointer<xmlChar>) {
        output.append("<!--")
        output.append(cString: text)
        output.append("-->")
    }

    mutating func processingInstruction(target: UnsafePointer<xmlChar>, data: UnsafePointer<xmlChar>?) {
        output.append("<?")
        output.append(cString: target)
        if let data, data[0] != 0 {
            output.append(UInt8(ascii: " "))
            output.append(cString: data)
        }
        output.append("?>")
    }

    /// Records that the element uses `prefix` (nil: the default namespace) bound to `namespace`.
    private mutating func need(prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?) {
        if pending.contains(where: { Self.compare($0.prefix, prefix) == 0 }) { return }
        let inScope = rendered.last { Self.compare($0.prefix, prefix) == 0 }
        if let inScope {
            if Self.compare(inScope.namespace, namespace) == 0 { return }
        } else if namespace == nil || namespace?[0] == 0 {
            return  // no namespace, and no output ancestor declared a default one: nothing to undo
        }
        pending.append(Declaration(prefix: prefix, namespace: namespace))
    }

    private mutating func appendQName(_ prefix: UnsafePointer<xmlChar>?, _ localName: UnsafePointer<xmlChar>) {
        if let prefix {
            output.append(cString: prefix)
            output.append(UInt8(ascii: ":"))
        }
        output.append(cString: localName)
    }

    private mutating func appendEscaped(cString: UnsafePointer<xmlChar>, attribute: Bool) {
        appendEscaped(UnsafeRawBufferPointer(start: cString, count: cStringLength(cString)), attribute: attribute)
    }

    /// The c14n escapes: text `& < > CR`; attribute values `& < " TAB LF CR`.
    private mutating func appendEscaped(_ bytes: UnsafeRawBufferPointer, attribute: Bool) {
        for b in bytes {
            switch b {
            case UInt8(ascii: "&"): output.append("&amp;")
            case UInt8(ascii: "<"): output.append("&lt;")
            case UInt8(ascii: ">") where !attribute: output.append("&gt;")
            case UInt8(ascii: "\"") where attribute: output.append("&quot;")
            case 0x09 where attribute: output.append("&#x9;")
            case 0x0A where attribute: output.append("&#xA;")
            case 0x0D: output.append("&#xD;")
            default: output.append(b)
            }
        }
    }

    /// Compares two optional C strings by bytes; nil (no prefix / no namespace) sorts first.
    private static func compare(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let a?, let b?):
            if a == b { return 0 }
            var i = 0
            while true {
                if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
                if a[i] == 0 { return 0 }
                i += 1
            }
        }
    }
}
