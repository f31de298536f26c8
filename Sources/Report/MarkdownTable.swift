import Platform

/// A pipe table of the markdown cut into cells, each with where it starts in
/// the report: its header row, then its body rows (the delimiter row dropped).
///
/// Reports of the genre give their main targets as a table (`Biểu chỉ tiêu
/// chủ yếu`): one row an indicator, its columns the plan, what was done and
/// how that compares. ``TableRow`` reads each row as a sentence.
struct MarkdownTable {
    /// One cell: its text, trimmed, and where that text starts.
    struct Cell {
        var text: Substring
        var location: SourceLocation
    }

    var header: [Cell]
    var rows: [[Cell]]

    /// The table of a ``MarkdownBlock`` of kind `.table`: its lines are joined
    /// by single spaces, each starting at one of its anchors.
    init(text: Substring, anchors: [TextAnchor]) {
        let scalars = text.unicodeScalars
        var lines: [[Cell]] = []
        for (number, anchor) in anchors.enumerated() {
            let start = scalars.index(scalars.startIndex, offsetBy: anchor.offset, limitedBy: scalars.endIndex) ?? scalars.endIndex
            var end = scalars.endIndex
            if number + 1 < anchors.count {
                // The next line starts one scalar (the joining space) after this one ends.
                let next = anchors[number + 1].offset - 1
                end = scalars.index(scalars.startIndex, offsetBy: max(next, anchor.offset), limitedBy: scalars.endIndex) ?? scalars.endIndex
            }
            lines.append(Self.cells(of: text[start..<end], at: anchor.location))
        }
        header = lines.first ?? []
        rows = Array(lines.dropFirst(2))
    }

    /// The cells of one row: the text between unescaped pipes, trimmed. The
    /// pipes that open and close the row bound no cell.
    static func cells(of line: Substring, at location: SourceLocation) -> [Cell] {
        var cells: [Cell] = []
        let utf8 = line.utf8
        var cellStart = utf8.startIndex
        var index = utf8.startIndex
        var escaped = false
        func close(at end: Substring.UTF8View.Index) {
            var first = cellStart, last = end
            while first < last, utf8[first] == 0x20 || utf8[first] == 0x09 { first = utf8.index(after: first) }
            while last > first, utf8[utf8.index(before: last)] == 0x20 || utf8[utf8.index(before: last)] == 0x09 {
                last = utf8.index(before: last)
            }
            let column = location.column + utf8.distance(from: utf8.startIndex, to: first)
            cells.append(Cell(text: line[first..<last], location: SourceLocation(line: location.line, column: column)))
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "|") && !escaped {
                if index != utf8.startIndex { close(at: index) }
                cellStart = utf8.index(after: index)
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            index = utf8.index(after: index)
        }
        // Text after the last pipe is a cell too, when the row does not close with one.
        if cellStart < utf8.endIndex, line[cellStart...].contains(where: { $0 != " " && $0 != "\t" }) {
            close(at: utf8.endIndex)
        }
        return cells
    }
}

extension MarkdownTable.Cell {
    /// A value: digits, and no letters but those of a unit written in it (`%`).
    var isValue: Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) } && !hasLetters
    }

    var hasLetters: Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The text with its line breaks (`Doanh thu<br>du lịch`, as tables
    /// converted from documents write them) as spaces, so that its words are words.
    var joiningLines: String {
        guard text.contains("<br") else { return String(text) }
        var result = String(text)
        for tag in ["<br />", "<br/>", "<br>", "<BR>"] { result = result.replacing(tag, with: " ") }
        return result
    }

    /// The unit a header or a name gives in its closing parentheses:
    /// `Thực hiện (tỷ đồng)`, `Tổng thu ngân sách (tỷ đồng)`. In a name
    /// (`strict`) only `%` or a word in lower case is a unit: `(GRDP)` is not.
    func parenthesisedUnit(strict: Bool) -> MarkdownTable.Cell? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let first = inner.first, inner.count <= 12, !inner.contains(where: \.isNumber) else { return nil }
        if strict && !(inner == "%" || first.isLowercase) { return nil }
        let column = location.column + text.utf8.distance(from: text.startIndex, to: inner.startIndex)
        return MarkdownTable.Cell(text: inner, location: SourceLocation(line: location.line, column: column))
    }

    /// What a header calls its column, its unit and line breaks left out:
    /// `Tổng mức đầu tư (tỷ đồng)` → `tổng mức đầu tư`.
    var name: String {
        var name = joiningLines
        if let unit = parenthesisedUnit(strict: false), let open = name.lastIndex(of: "("),
           name[name.index(after: open)...].dropLast() == unit.joiningLines {
            name = String(name[..<open]).trimmingWhitespace()
        }
        return name.prefix(1).lowercased() + name.dropFirst()
    }
}
