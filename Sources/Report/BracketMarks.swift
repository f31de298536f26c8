import Platform

/// Footnote marks written as a number in square brackets (`đạt 117,1% dự toán[2]`,
/// a footnote's text opening its line on `[2] Trong đó …`), as a plain-text
/// report copied from a word processor or a PDF has them, rewritten as markdown's
/// own (`[^2]`, and `[^2]:` opening a line before its text), which ``InlineMarkup``
/// and ``HeadingSyntax`` read: else the mark's digits are read as a figure, and a
/// footnote at the report's end as a paragraph of whatever part comes last (the
/// plan's). A markdown link (`[2](…)`, `[a][2]`) is left as it is, and so is a
/// bracket of more than three digits (`[2025]`).
extension String {
    /// The text with each bracketed footnote mark written as markdown's.
    var withBracketMarks: String {
        guard hasBracketMarks else { return self }
        return withUTF8Bytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            // Whether only spaces stand before the index on its line: a footnote's text opens there.
            var opensLine = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "["), let close = Self.bracketMarkEnd(bytes, at: index) {
                    let next = close + 1 < bytes.count ? bytes[close + 1] : nil
                    out.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "^")])
                    out.append(contentsOf: bytes[(index + 1)...close])
                    if opensLine, next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") { out.append(UInt8(ascii: ":")) }
                    opensLine = false
                    index = close + 1
                    continue
                }
                out.append(byte)
                opensLine = byte == UInt8(ascii: "\n") || opensLine && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t"))
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Where the `]` of a footnote mark opening at `open` stands: one to three digits, not
    /// naught, and no link's `(` or `[` right after it nor `]` right before.
    static func bracketMarkEnd(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        if open > 0, bytes[open - 1] == UInt8(ascii: "]") { return nil }
        var end = open + 1
        while end < bytes.count, end - open <= 3, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
        guard (1...3).contains(end - open - 1), end < bytes.count, bytes[end] == UInt8(ascii: "]"),
              bytes[(open + 1)..<end].contains(where: { $0 != UInt8(ascii: "0") }) else { return nil }
        if end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "(") || bytes[end + 1] == UInt8(ascii: "[") { return nil }
        return end
    }

    /// Whether the text holds a bracketed mark, found with `memchr` on `[`.
    var hasBracketMarks: Bool {
        containsScalar(leadingWith: [UInt8(ascii: "[")]) { bytes, at in Self.bracketMarkEnd(bytes, at: at) != nil }
    }
}
