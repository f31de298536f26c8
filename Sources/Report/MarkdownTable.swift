import Platform

/// A pipe table of the markdown cut into cells, each with where it starts in
/// the report: its header row, then its body rows (the delimiter row dropped).
///
/// Reports of the genre give their main targets as a table (`Biểu chỉ tiêu
/// chủ yếu`): one row an indicator, its columns the plan, what was done and
/// how that compares. ``TableRowSentence`` reads each row as a sentence.
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
