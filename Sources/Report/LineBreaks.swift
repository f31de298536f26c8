import Platform

/// Where a run of lines with no blank line between them breaks into blocks,
/// as text taken from a PDF or typed without blank lines writes a report:
/// one line a printed line, headings and body run together.
///
///     ỦY BAN NHÂN DÂN
///     HUYỆN LẠC SƠN
///     Số: 611/BC-UBND
///     …
///     I. KẾT QUẢ THỰC HIỆN NĂM 2026
///     1. Kinh tế
///     Tổng thu ngân sách nhà nước trên địa bàn ước đạt 148,6 tỷ đồng, đạt 112,3% dự
///     toán tỉnh giao, tăng 9,4% so với cùng kỳ. …
///
/// A heading in capitals opens a block, and one numbered after a line that
/// ends a sentence, a short line or another heading (a numbered item, after
/// a sentence's end); a heading in capitals ends its block, and
/// so does a short numbered one before a line opening on a capital. Above the
/// first heading, in the report's header, a short line ends its block before
/// a line opening on a capital: the issuer, the number, the motto, the place
/// and date are lines of their own (a title's second line, in lower case, is not).
/// Rows of a table whose cells tabs part never break.
enum LineBreaks {
    /// What breaking asks of a line.
    struct Line {
        /// A heading by its shape (`I. KẾT QUẢ …`, `1. Kinh tế`, `PHẦN THỨ HAI`).
        var isHeading = false
        /// A heading whose title is in capitals (a part's, a lettered or a Roman section's).
        var isCapitalsHeading = false
        /// Shorter than a printed line: at most ``shortLength`` bytes.
        var isShort = false
        /// Its last character ends a sentence or a clause list (`.`, `:`, `;`, `!`, `?`).
        var endsSentence = false
        /// Its first letter is a capital, or it opens on a digit.
        var opensOnCapital = false
        /// It opens on a section's or an item's number (`1.`, `a)`, `II.`), heading or not.
        var opensOnNumber = false
        /// Wholly in capitals with no number before it, a title of its own: a
        /// part's under its number (`PHẦN THỨ HAI` / `KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027`).
        var isCapitalsTitle = false
        /// It holds two tabs or more: a row of a table a word processor saved as text, three cells or more.
        var isTabbedRow = false
    }

    /// The longest line, in UTF-8 bytes, that is short: about 45 Vietnamese
    /// characters, half a printed line.
    static let shortLength = 64

    /// How the line `bytes` stands for breaking.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Line {
        guard let first = bytes.first, let last = bytes.last else { return Line() }
        var line = Line()
        line.isShort = bytes.count <= shortLength
        line.endsSentence = endsSentence(last)
        if let tab = bytes.firstIndex(of: 0x09), bytes[(tab + 1)...].contains(0x09) { line.isTabbedRow = true }
        // A capital: ASCII's, or a Vietnamese one, read from the scalar its lead byte opens.
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") || first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") {
            line.opensOnCapital = true
        } else if first >= 0xC0 {
            line.opensOnCapital = TextFolding.isUppercase(bytes.scalar(at: 0).scalar)
        }
        // A heading written as a plain line, as a PDF's text has them (`I. KẾT QUẢ …`, `1. Kinh tế`, `a) Du lịch`).
        guard let (numbering, _) = HeadingSyntax.numbering(in: 0..<bytes.count, of: bytes), numbering != .star else {
            line.isCapitalsTitle = line.opensOnCapital && !line.endsSentence && isCapitals(bytes)
            return line
        }
        line.opensOnNumber = true
        if let (numbering, title) = HeadingSyntax.plainHeading(in: 0..<bytes.count, of: bytes) {
            line.isHeading = true
            line.isCapitalsHeading = numbering.rank <= 2 && HeadingSyntax.isMostlyCapitals(title)
        }
        return line
    }

    /// Whether a line's last byte ends a sentence or a clause list (`.`, `:`, `;`, `!`, `?`).
    static func endsSentence(_ last: UInt8) -> Bool {
        last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }

    /// Whether every letter of a line is a capital, there are a few of them
    /// and no run of spaces parts columns (an aligned table's `I    KINH TẾ`):
    /// a sentence stops the scan at its second letter, in lower case.
    private static func isCapitals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0, capitals = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: " "), index > 0, bytes[index - 1] == UInt8(ascii: " ") { return false }
            let (scalar, length) = bytes.scalar(at: index)
            index += length
            guard TextFolding.isLetter(scalar) else { continue }
            guard TextFolding.isUppercase(scalar) else { return false }
            capitals += 1
        }
        return capitals >= 3
    }

    /// Whether `line` opens a block of its own after `previous`, in the same
    /// run of lines; `inHeader`: no heading has been met yet.
    static func breaks(before line: Line, after previous: Line, inHeader: Bool) -> Bool {
        // The rows of a tabbed table go on, short as they are and numbered as they open (`1⇥Tổng thu …`).
        if line.isTabbedRow && previous.isTabbedRow { return false }
        if line.isCapitalsHeading || line.isHeading && (previous.endsSentence || previous.isShort || previous.isHeading) { return true }
        // A numbered item after a sentence's end, however long.
        if line.opensOnNumber && previous.endsSentence { return true }
        if previous.isHeading && (previous.isCapitalsHeading || previous.isShort && line.opensOnCapital) { return true }
        // A title in capitals, below the header, ends its block (its second line in capitals goes on with it).
        if !inHeader && previous.isCapitalsTitle && !line.isCapitalsTitle { return true }
        return inHeader && previous.isShort && line.opensOnCapital
    }
}
