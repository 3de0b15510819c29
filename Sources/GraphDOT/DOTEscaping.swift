/// DOT string escaping: a double-quoted ID in which `"` and `\` are escaped and line breaks become
/// `\n` (so graphviz's own escapes such as `\N` or `\l` cannot be injected from data).
enum DOTEscaping {
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": break
            case "\t": result += " "
            default:
                // Other control characters have no place in a label.
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `teachAt` → `teach at`; `hasRole` → `has role`.
    static func words(fromCamelCase name: Substring) -> String {
        var result = ""
        for character in name {
            if character.isUppercase, !result.isEmpty, result.last != " " { result += " " }
            result += character.lowercased()
        }
        return result.replacingUnderscores()
    }

    /// Wraps `text` at spaces so no line is much longer than `width` characters.
    static func wrapped(_ text: String, width: Int = 24) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
