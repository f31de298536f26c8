// Trimming spaces from report lines and user input without Foundation:
// `trimmingCharacters(in:)` bridges to NSString, and Character-wise trimming
// walks grapheme clusters.

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String {
        // Bytes, not Characters: a space or tab is one byte and never part of a multi-byte scalar.
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String { Substring(self).trimmingSpaces() }
}

extension StringProtocol {
    /// The text without leading and trailing white space other than line breaks
    /// (what Foundation's `.whitespaces` trims, without bridging to NSString,
    /// whose first use costs a one-shot query a millisecond). Inlinable, so
    /// that it is specialised where it is called: unspecialised, its first call
    /// looks up generic metadata, a tenth of answering a one-shot query.
    @inlinable
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace && scalar.value != 0x85
                && scalar.value != 0x2028 && scalar.value != 0x2029)
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        // A slice by the scalar indices, copied as bytes (re-encoding the scalars
        // one by one through the view's generic iterator was a quarter of running a script).
        return String(self[first...last])
    }
}
