import Platform

/// An HTML table in the markdown (`<table><tr><td>…`), as converters write a
/// table whose cells span columns or rows, cut into ``TableCell``s as a pipe
/// table is. A cell spanning several columns or rows stands in each of them;
/// the rows of the header (those of `<thead>`, or the first rows made of
/// `<th>` alone, else the first row) become one, each column's header the
/// texts above it joined (`Năm 2025` over `Ước thực hiện`).
enum HTMLTable {
    /// One `<td>` or `<th>`: its text without tags, where that text starts, and its spans.
    struct Cell {
        var cell: TableCell
        var isHeader: Bool
        var columns = 1, rows = 1
    }

    /// The header and body rows of the table whose text (lines joined by
    /// spaces) is `text`, each line starting at one of `anchors`.
    static func rows(of text: Substring, anchors: [TextAnchor]) -> (header: [TableCell], rows: [[TableCell]]) {
        let parsed = parse(text, anchors: anchors)
        let grid = placed(parsed.rows)
        guard !grid.isEmpty else { return ([], []) }
        var headerCount = parsed.headRows
        if headerCount == 0 { headerCount = max(1, parsed.rows.prefix { !$0.isEmpty && $0.allSatisfy(\.isHeader) }.count) }
        headerCount = min(headerCount, grid.count)
        let width = grid.map(\.count).max() ?? 0
        var header: [TableCell] = []
        for column in 0..<width {
            var pieces: [TableCell] = []
            for row in grid.prefix(headerCount) where column < row.count {
                let cell = row[column]
                if !cell.text.isEmpty, !pieces.contains(where: { $0.text == cell.text }) { pieces.append(cell) }
            }
            let location = pieces.first?.location ?? anchors.first?.location ?? SourceLocation(line: 1, column: 1)
            header.append(TableCell(text: Substring(pieces.map(\.text).joined(separator: " ")), location: location))
        }
        return (header, Array(grid.dropFirst(headerCount)))
    }

    /// The rows of cells as written, and how many rows `<thead>` holds.
    static func parse(_ text: Substring, anchors: [TextAnchor]) -> (rows: [[Cell]], headRows: Int) {
        let scalars = Array(text.unicodeScalars)
        var rows: [[Cell]] = []
        var headRows = 0, inHead = false
        var index = 0
        while let open = scalars[index...].firstIndex(of: "<") {
            guard let close = scalars[open...].firstIndex(of: ">") else { break }
            let tag = tagName(scalars[(open + 1)..<close])
            index = close + 1
            switch tag {
            case "thead": inHead = true
            case "/thead": inHead = false
            case "tr":
                rows.append([])
                if inHead { headRows += 1 }
            case "td", "th":
                if rows.isEmpty { rows.append([]) }
                let end = cellEnd(in: scalars, from: index)
                let attributes = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
                rows[rows.count - 1].append(Cell(cell: cell(scalars, index..<end, anchors: anchors), isHeader: tag == "th",
                                                 columns: span("colspan", in: attributes), rows: span("rowspan", in: attributes)))
                index = end
            default: break
            }
        }
        return (rows, headRows)
    }

    /// The cells placed in a grid: a cell spanning columns or rows fills each.
    static func placed(_ rows: [[Cell]]) -> [[TableCell]] {
        var grid: [[TableCell?]] = Array(repeating: [], count: rows.count)
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row {
                while column < grid[rowIndex].count, grid[rowIndex][column] != nil { column += 1 }
                for down in rowIndex..<min(rows.count, rowIndex + cell.rows) {
                    for across in column..<(column + cell.columns) {
                        while grid[down].count <= across { grid[down].append(nil) }
                        grid[down][across] = cell.cell
                    }
                }
                column += cell.columns
            }
        }
        return grid.filter { !$0.isEmpty }.map { row in
            row.map { $0 ?? TableCell(text: "", location: SourceLocation(line: 1, column: 1)) }
        }
    }

    /// `tr`, `/td`, `th` of `th class="x"`, lower case.
    static func tagName(_ inner: ArraySlice<Unicode.Scalar>) -> String {
        var name = String.UnicodeScalarView()
        for scalar in inner {
            if scalar == "/" && name.isEmpty { name.append(scalar); continue }
            guard TextFolding.isLetter(scalar) || ("0"..."9").contains(scalar) else { break }
            name.append(scalar)
        }
        return String(name).lowercased()
    }

    /// Where a cell's text ends: at its closing tag, or where the next cell or row opens.
    static func cellEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while let open = scalars[index...].firstIndex(of: "<") {
            guard let close = scalars[open...].firstIndex(of: ">") else { return scalars.count }
            let name = tagName(scalars[(open + 1)..<close])
            if ["/td", "/th", "td", "th", "tr", "/tr", "/table"].contains(name) { return open }
            index = close + 1
        }
        return scalars.count
    }

    /// A span attribute's value (`colspan="2"`), 1 when absent; at most 50.
    static func span(_ name: String, in attributes: String) -> Int {
        guard let range = attributes.lowercased().utf8Range(of: name) else { return 1 }
        let digits = attributes[range.upperBound...].drop { !$0.isNumber }.prefix { $0.isNumber }
        return min(max(Int(digits) ?? 1, 1), 50)
    }

    /// The cell's text: its inner tags (`<br>`, `<strong>`, `<p>`) as spaces,
    /// spaces collapsed, entities of the markup decoded; it starts where its first letter does.
    static func cell(_ scalars: [Unicode.Scalar], _ range: Range<Int>, anchors: [TextAnchor]) -> TableCell {
        var text = String.UnicodeScalarView()
        var first: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "<", let close = scalars[index..<range.upperBound].firstIndex(of: ">") {
                if !text.isEmpty, text.last != " " { text.append(" ") }
                index = close + 1
                continue
            }
            if scalar == " " || scalar == "\t" {
                if !text.isEmpty, text.last != " " { text.append(" ") }
            } else {
                if first == nil { first = index }
                text.append(scalar)
            }
            index += 1
        }
        let string = HTMLEntities.decoded(String(text)).trimmingWhitespace()
        return TableCell(text: Substring(string), location: location(of: first ?? range.lowerBound, in: scalars, anchors: anchors))
    }

    /// Where the scalar at `offset` of the joined lines stands in the report.
    static func location(of offset: Int, in scalars: [Unicode.Scalar], anchors: [TextAnchor]) -> SourceLocation {
        // The last anchor at or before the offset, by bisection: a long table has many lines and cells.
        var low = 0, high = anchors.count
        while low < high {
            let middle = (low + high) / 2
            if anchors[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return SourceLocation(line: 1, column: 1) }
        let anchor = anchors[low - 1]
        let bytes = scalars[anchor.offset..<offset].reduce(0) { $0 + UTF8.width($1) }
        return SourceLocation(line: anchor.location.line, column: anchor.location.column + bytes)
    }
}
