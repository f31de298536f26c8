// Trimming user input without Foundation: `trimmingCharacters(in:)` bridges
// to NSString. (Report lines are trimmed as byte ranges: `HeadingSyntax`,
// `MarkdownBlock`.)

extension StringProtocol {
    /// The text without leading and trailing white space other than line breaks
    /// (what Foundation's `.whitespaces` trims, without bridging to NSString).
    /// Inlinable, so that it is specialised where it is called: unspecialised,
    /// its first call looks up generic metadata.
    @inlinable
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace && scalar.value != 0x85
                && scalar.value != 0x2028 && scalar.value != 0x2029)
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        // A slice by the scalar indices, copied as bytes, not re-encoded
        // scalar by scalar through the view's generic iterator.
        return String(self[first...last])
    }
}
