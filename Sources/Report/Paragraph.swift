import Platform

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
    /// The raw markdown text, its pieces joined by single spaces. A paragraph
    /// of one line of the report (nearly every one) is a slice of the report's
    /// text, which it keeps in memory; one joined from several is a copy.
    public var text: Substring
    /// Where each piece of `text` starts in the report, in offset order.
    public var anchors: [TextAnchor]
    /// The innermost section the paragraph is in (nil before the first heading).
    public var section: Int?
    /// For a footnote: its number.
    public var footnote: Int?
    /// For a footnote: the paragraph that refers to it, once linked.
    public var referrer: Int?

    public init(id: Int, kind: ParagraphKind, text: Substring, anchors: [TextAnchor], section: Int?,
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

    /// Finds report locations of scalar offsets in `text`, from the UTF-8 width of
    /// every scalar before them, counted once by whoever decodes the text, not
    /// walked from the anchor for each number.
    public struct Locator {
        let anchors: [TextAnchor]
        /// `byteOffsets[i]`: UTF-8 bytes before scalar `i`.
        let byteOffsets: [Int]
        /// The string the paragraph's text is a slice of, and where the slice
        /// starts in its bytes: found once a paragraph, where reading the
        /// slice's bytes for each cut found them again and retained the string.
        let base: String
        let baseStart: Int

        /// A locator from byte offsets already counted, one per scalar and one
        /// more for the whole length.
        public init(_ paragraph: Paragraph, byteOffsets: [Int]) {
            anchors = paragraph.anchors
            self.byteOffsets = byteOffsets
            base = paragraph.text.base
            baseStart = base.utf8.distance(from: base.utf8.startIndex, to: paragraph.text.startIndex)
        }

        /// The text of the paragraph's scalars in `range`, cut at their byte
        /// offsets: a copy of the bytes, where encoding the scalars again would
        /// also validate them again.
        public func text(_ range: Range<Int>) -> String {
            let bytes = byteRange(range)
            return base.withUTF8Bytes { $0.string(cutAt: (baseStart + bytes.lowerBound)..<(baseStart + bytes.upperBound)) }
        }

        /// The bytes of the paragraph's text (its own offsets, from 0) that its
        /// scalars in `range` take; a range beyond the text is cut to it.
        public func byteRange(_ range: Range<Int>) -> Range<Int> {
            let last = byteOffsets.count - 1
            let lower = byteOffsets[min(max(range.lowerBound, 0), last)]
            let upper = byteOffsets[min(max(range.upperBound, 0), last)]
            return lower..<max(lower, upper)
        }

        /// The report location of the scalar at `offset`.
        public func location(of offset: Int) -> SourceLocation {
            let clamped = min(max(offset, 0), byteOffsets.count - 1)
            // The last anchor at or before the offset: anchors are in offset order.
            var low = 0, high = anchors.count
            while low < high {
                let middle = (low + high) / 2
                if anchors[middle].offset <= clamped { low = middle + 1 } else { high = middle }
            }
            guard let anchor = low > 0 ? anchors[low - 1] : anchors.first else { return SourceLocation(line: 1, column: 1) }
            let start = min(max(anchor.offset, 0), clamped)
            return SourceLocation(line: anchor.location.line,
                                  column: anchor.location.column + byteOffsets[clamped] - byteOffsets[start])
        }
    }
}
