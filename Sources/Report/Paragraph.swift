/// What a paragraph is in the report's layout.
public enum ParagraphKind: String, Hashable, Sendable, Codable {
    /// Running text of the body, list items included.
    case body
    /// The text of footnote `n` (a block that starts with `<sup>n</sup>`).
    case footnote
    /// The text of a heading, kept so that numbers in titles are read too.
    case heading
}

/// One paragraph of the report, whole again after page breaks, with inline
/// markup left in (`<sup>`, emphasis) so that offsets map back to the source.
public struct Paragraph: Hashable, Sendable, Identifiable {
    public var id: Int
    public var kind: ParagraphKind
    /// The raw markdown text, its pieces joined by single spaces.
    public var text: String
    /// Where each piece of `text` starts in the report, in offset order.
    public var anchors: [TextAnchor]
    /// The innermost section the paragraph is in (nil before the first heading).
    public var section: Int?
    /// For a footnote: its number.
    public var footnote: Int?
    /// For a footnote: the paragraph that refers to it, once linked.
    public var referrer: Int?

    public init(id: Int, kind: ParagraphKind, text: String, anchors: [TextAnchor], section: Int?,
                footnote: Int? = nil, referrer: Int? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.anchors = anchors
        self.section = section
        self.footnote = footnote
        self.referrer = referrer
    }

    /// Where the paragraph starts in the report.
    public var location: SourceLocation { anchors.first?.location ?? SourceLocation(line: 1, column: 1) }

    /// The report location of the scalar at `offset` in `text`.
    public func location(ofScalarOffset offset: Int, in scalars: [Unicode.Scalar]) -> SourceLocation {
        var anchor = anchors.first ?? TextAnchor(offset: 0, location: SourceLocation(line: 1, column: 1))
        for candidate in anchors where candidate.offset <= offset { anchor = candidate }
        var column = anchor.location.column
        var index = anchor.offset
        while index < offset && index < scalars.count {
            column += UTF8.width(scalars[index])
            index += 1
        }
        return SourceLocation(line: anchor.location.line, column: column)
    }
}
