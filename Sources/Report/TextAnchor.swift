import Platform

/// Ties an offset in a paragraph's joined text back to the report line it came
/// from: a paragraph may be several lines, or pieces rejoined across a page break.
public struct TextAnchor: Hashable, Sendable {
    /// Offset, in Unicode scalars, into the paragraph's text where this piece starts.
    public var offset: Int
    /// Where that piece starts in the report.
    public var location: SourceLocation

    public init(offset: Int, location: SourceLocation) {
        self.offset = offset
        self.location = location
    }
}
