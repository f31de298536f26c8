import Platform

/// The line a report writes above a table whose rows give no unit of their
/// own: `Đơn vị tính: triệu đồng`, `ĐVT: tỷ đồng`, `(Đơn vị: triệu đồng)`.
/// Its unit is every value's that neither a unit column, the column's header
/// nor the row's name gives one for.
enum TableCaption {
    /// The unit `paragraph` gives, if it is such a line and nothing else, with where it stands.
    static func unit(of paragraph: Paragraph) -> TableCell? {
        guard paragraph.kind == .body, paragraph.anchors.count == 1 else { return nil }
        let text = paragraph.text
        // The line without the marks around it: brackets, emphasis.
        let marks: Set<Character> = ["(", ")", "*", "_", " "]
        guard let first = text.firstIndex(where: { !marks.contains($0) }),
              let last = text.lastIndex(where: { !marks.contains($0) }) else { return nil }
        let inner = text[first...last]
        guard let colon = inner.firstIndex(of: ":"),
              openings.contains(TextFolding.fold(String(inner[..<colon])).trimmingWhitespace()) else { return nil }
        let unit = inner[inner.index(after: colon)...].drop { $0 == " " || $0 == "*" || $0 == "_" }
        guard !unit.isEmpty, unit.count <= 20, !unit.contains(where: \.isNumber), unit.contains(where: \.isLetter) || unit == "%"
        else { return nil }
        let column = paragraph.location.column + text.utf8.distance(from: text.startIndex, to: unit.startIndex)
        return TableCell(text: unit, location: SourceLocation(line: paragraph.location.line, column: column))
    }

    /// How such a line opens, folded.
    static let openings: Set<String> = ["don vi tinh", "dvt", "don vi"]
}
