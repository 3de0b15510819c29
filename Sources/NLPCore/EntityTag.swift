/// A named-entity tag in the BIO (IOB2) scheme; words outside entities have no tag (`O`).
public struct EntityTag: Sendable, Hashable, CustomStringConvertible {
    /// Where a word lies in its entity.
    public enum Position: Sendable, Hashable {
        /// The first word of an entity (`B-`).
        case begin
        /// A following word of the same entity (`I-`).
        case inside
    }

    public var position: Position
    /// The entity type, such as `PER`, `ORG` or `LOC`.
    public var type: String

    public init(_ position: Position, _ type: String) {
        self.position = position
        self.type = type
    }

    /// Parses `B-TYPE` or `I-TYPE`; `nil` for anything else (including `O`).
    public init?(iob2 tag: String) {
        let utf8 = tag.utf8
        guard utf8.count > 2, utf8.dropFirst().first == UInt8(ascii: "-") else { return nil }
        switch utf8.first {
        case UInt8(ascii: "B"): position = .begin
        case UInt8(ascii: "I"): position = .inside
        default: return nil
        }
        type = String(decoding: utf8.dropFirst(2), as: UTF8.self)
    }

    /// The IOB2 spelling: `B-PER`, `I-LOC`.
    public var description: String { (position == .begin ? "B-" : "I-") + type }
}
