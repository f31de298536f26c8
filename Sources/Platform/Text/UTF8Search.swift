/// Finding text in text byte for byte.
///
/// `contains(_:)` and `firstRange(of:)` of `_StringProcessing` compare
/// character by character, through canonical equivalence, and cost much
/// however short the text: too much for a table's every column heading or a
/// header's every line, asked of every report of a corpus (docs/PERFORMANCE.md).
/// Where the text and what is sought are in one normal form — a report is
/// read in NFC, and folded text is ASCII but for `đ` — the same bytes are the
/// same characters, and ``ByteSearch`` finds them.
extension StringProtocol {
    /// Whether the text holds `part`'s bytes: `contains(part)` for text in one normal form.
    /// An empty `part` is held by none, as `contains` says.
    public func containsUTF8(_ part: String) -> Bool {
        utf8Range(of: part) != nil
    }

    /// Where `part`'s bytes first stand in the text: `firstRange(of: part)` for text in one
    /// normal form; nil for an empty `part`.
    public func utf8Range(of part: String) -> Range<Index>? {
        guard let offset = firstUTF8Offset(of: part) else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: part.utf8.count)
    }

    /// The offset in UTF-8 bytes from the text's start where `part`'s bytes first stand.
    private func firstUTF8Offset(of part: String) -> Int? {
        var part = part
        return part.withUTF8 { pattern in
            if let inPlace = utf8.withContiguousStorageIfAvailable({ ByteSearch.firstIndex(of: pattern, in: $0, from: 0) }) {
                return inPlace
            }
            return ByteSearch.firstIndex(of: Array(pattern), in: Array(utf8), from: 0)
        }
    }
}
