/// A place in a report: 1-based line and column, the column counted in UTF-8
/// bytes as swift-markdown and most editors do.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

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
