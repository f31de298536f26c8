import Platform

/// A pipe table of the markdown cut into cells, each with where it starts in
/// the report: its header row, then its body rows (the delimiter row dropped).
///
/// Reports of the genre give their main targets as a table (`Biểu chỉ tiêu
/// chủ yếu`): one row an indicator, its columns the plan, what was done and
/// how that compares. ``TableRow`` reads each row as a sentence.
struct MarkdownTable {
    typealias Cell = TableCell

    var header: [Cell]
    var rows: [[Cell]]

    /// The table of a ``MarkdownBlock`` of kind `.table`: its lines are joined
    /// by single spaces, each starting at one of its anchors.
    init(text: Substring, anchors: [TextAnchor]) {
        let scalars = text.unicodeScalars
        // The index of a scalar offset, walked on from the last one asked (the offsets ascend), not from the
        // start each time: a long table's lines are many.
        var walked = (index: scalars.startIndex, offset: 0)
        func index(at offset: Int) -> String.Index {
            if offset < walked.offset { walked = (scalars.startIndex, 0) }
            walked = (scalars.index(walked.index, offsetBy: offset - walked.offset, limitedBy: scalars.endIndex) ?? scalars.endIndex, offset)
            return walked.index
        }
        var lines: [Substring] = []
        for (number, anchor) in anchors.enumerated() {
            let start = index(at: anchor.offset)
            var end = scalars.endIndex
            if number + 1 < anchors.count {
                // The next line starts one scalar (the joining space) after this one ends.
                let next = anchors[number + 1].offset - 1
                end = index(at: max(next, anchor.offset))
            }
            lines.append(text[start..<end])
        }
        if lines.first?.first == "<" {
            (header, rows) = HTMLTable.rows(of: text, anchors: anchors)
        } else if lines.first?.first == "+" {
            (header, rows) = Self.gridRows(lines, at: anchors.map(\.location))
        } else if lines.first?.first != "|" {
            (header, rows) = Self.simpleRows(lines, at: anchors.map(\.location))
            // No column rule: a table a word processor saved as text, parted by tabs, or as a PDF's text aligns it.
            if header.isEmpty, lines.first?.contains("\t") == true {
                (header, rows) = AlignedTable.tabbedRows(lines, at: anchors.map(\.location))
            } else if header.isEmpty {
                (header, rows) = AlignedTable.rows(lines, at: anchors.map(\.location))
            }
        } else {
            let cells = zip(lines, anchors).map { Self.cells(of: $0, at: $1.location) }
            header = cells.first ?? []
            // The delimiter row under the header, where one is written (``MarkdownBlock/pipeRowsAlike(_:of:)``).
            let delimited = lines.count >= 2 && lines[1].utf8.contains(UInt8(ascii: "-"))
                && lines[1].utf8.allSatisfy { Self.delimiterBytes.contains($0) }
            rows = Array(cells.dropFirst(delimited ? 2 : 1))
        }
        (header, rows) = Self.mergingSubheader(header, rows)
    }

    /// What a delimiter row holds: pipes, dashes (one at least: a row of empty cells is none), colons and spaces.
    private static let delimiterBytes: Set<UInt8> = [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09]

    /// The rows of a grid table: the lines between two rules make one row,
    /// each cell the text of its column on those lines, joined by spaces and
    /// starting where its first piece does. The header is the first row.
    static func gridRows(_ lines: [Substring], at locations: [SourceLocation]) -> (header: [Cell], rows: [[Cell]]) {
        var rows: [[Cell]] = []
        var current: [Cell] = []
        func close() {
            if current.contains(where: { !$0.text.isEmpty }) { rows.append(current) }
            current = []
        }
        for (line, location) in zip(lines, locations) {
            guard line.first != "+" else { close(); continue }
            for (column, cell) in cells(of: line, at: location).enumerated() {
                if column == current.count { current.append(cell) } else { current[column].append(cell) }
            }
        }
        close()
        return (rows.first ?? [], Array(rows.dropFirst()))
    }

    /// The rows of a simple table: its columns are the groups of dashes of
    /// its column rule; a line's pieces (text between runs of two spaces or
    /// more) each go to the column they overlap most, counted in characters
    /// as the table was aligned. The lines above the rule are the header;
    /// each line below it, a row. Borders of dashes alone are left out.
    static func simpleRows(_ lines: [Substring], at locations: [SourceLocation]) -> (header: [Cell], rows: [[Cell]]) {
        // The column rule, as the block splitter found it.
        guard let ruleIndex = lines.firstIndex(where: { $0.withUTF8Bytes { MarkdownBlock.columnRuleGroups($0) >= 2 } }) else { return ([], []) }
        let columns = AlignedTable.pieces(of: lines[ruleIndex], at: locations[ruleIndex], splitAt: 1).map(\.span)
        func cells(_ line: Substring, _ location: SourceLocation) -> [Cell] {
            var cells = columns.map { _ in Cell(text: "", location: location) }
            for piece in AlignedTable.pieces(of: line, at: location) {
                let overlaps = columns.map { $0.clamped(to: piece.span).count }
                guard let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 else { continue }
                cells[best].append(piece.cell)
            }
            return cells
        }
        let isBorder = { (line: Substring) in line.allSatisfy { $0 == "-" } }
        var header = columns.map { _ in Cell(text: "", location: locations[ruleIndex]) }
        for index in 0..<ruleIndex where !isBorder(lines[index]) {
            for (column, cell) in cells(lines[index], locations[index]).enumerated() where !cell.text.isEmpty {
                header[column].append(cell)
            }
        }
        let rows = (ruleIndex + 1..<lines.count).filter { !isBorder(lines[$0]) }.map { cells(lines[$0], locations[$0]) }
        return (header, rows)
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
            // A converter's escape opening the cell (`\%` for a unit, `\-5` for a fall) is markdown's, not the text's.
            if first < last, utf8[first] == UInt8(ascii: "\\"), case let next = utf8.index(after: first), next < last,
               (0x21...0x2F).contains(utf8[next]) || (0x3A...0x40).contains(utf8[next]) {
                first = next
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
