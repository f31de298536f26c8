import Platform

/// What text taken from a PDF keeps of its page breaks: a paragraph holding
/// only the page's number, and a paragraph cut where the page ended, its rest
/// opening the next page on a figure (`104,5% dự toán, …`).
enum PageNumber {
    /// Whether a paragraph is a page's number alone: `3`, `- 3 -`, `– 12 –`,
    /// `Trang 3`, `Trang 3/24`, `3/24`. At most three digits a number; a year
    /// or a figure with a unit is no page number.
    static func isPageNumber(_ text: Substring) -> Bool {
        // Asked of every paragraph: most are longer than any page's number, told by their byte count alone.
        guard text.utf8.count <= longest else { return false }
        let dashes: Set<Unicode.Scalar> = [" ", "-", "–"]
        var rest = text.unicodeScalars[...]
        while let first = rest.first, dashes.contains(first) { rest.removeFirst() }
        while let last = rest.last, dashes.contains(last) { rest.removeLast() }
        for word in ["Trang ", "trang "] where rest.starts(with: word.unicodeScalars) {
            rest.removeFirst(word.unicodeScalars.count)
        }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in (1...3).contains(part.count) && part.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// Whether a line within a run of lines (no blank line around it) is a
    /// page's number alone, as a PDF's text laid out keeps it between the
    /// last line of one page and the first of the next: a bare number set
    /// well in from the margin (centred or to the right: `indent` bytes of
    /// spaces and tabs), or one marked as a page's (`- 3 -`, `Trang 3`) anywhere,
    /// or a bare number at the margin after a printed line of prose or a
    /// sentence's end (`afterProse`), as text taken without its layout keeps
    /// it. Anywhere else a bare number at the margin may be a table's cell,
    /// one a line, and stays.
    static func isPageNumberLine(_ content: UnsafeBufferPointer<UInt8>, indent: Int, afterProse: Bool = false) -> Bool {
        guard content.count <= longest, let first = content.first else { return false }
        let text = Substring(String(decoding: content, as: UTF8.self))
        guard isPageNumber(text) else { return false }
        let isBare = first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
        return !isBare || indent >= marginIndent || afterProse
    }

    /// How far in a bare number must stand to be a page's: past any list's or code's indentation.
    private static let marginIndent = 10

    /// The most bytes a page's number takes: `– 999 –`, `Trang 999/999`.
    private static let longest = 16

    /// Whether a paragraph opens on a figure that goes on with a sentence
    /// rather than numbering an item: digits then `,` `.` `%` or a lowercase
    /// word (`104,5% dự toán`, `3 vụ`), not `2. Văn hóa` nor `2) …`.
    static func startsOnFigure(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) { index = scalars.index(after: index) }
        guard index > scalars.startIndex, index < scalars.endIndex else { return false }
        let next = scalars[index]
        if next == "%" { return true }
        if next == "," || next == "." {
            // A decimal or thousands mark, then another digit: `104,5`, `1.250`.
            let after = scalars.index(after: index)
            return after < scalars.endIndex && ("0"..."9").contains(scalars[after])
        }
        guard next == " " else { return false }
        let word = scalars.index(after: index)
        guard word < scalars.endIndex else { return false }
        let first = scalars[word]
        return TextFolding.isLowercase(first)
    }
}
