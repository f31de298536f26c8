import Platform

/// A table as a PDF's text lays it out (`pdftotext -layout`, a report saved
/// as text): no pipes and no rule under its header, only its columns aligned —
/// runs of text parted by two spaces or more, standing in the same character
/// columns line after line.
///
///     TT   Chỉ tiêu                        ĐVT          KH 2026   ƯTH 2026
///     1    Thu nhập bình quân đầu người    Triệu đồng   62        63,5
///
/// Its columns are the runs of character columns some row's text covers,
/// parted by columns no row's text covers. A paragraph whose justified lines
/// hold runs of spaces is no such table: its gaps stand anywhere, and the
/// runs of text of its lines, laid over each other, cover nearly every column.
/// A table a word processor saves as text parts its cells by tabs instead,
/// one line a row (``isTabbed(_:)``).
enum AlignedTable {
    /// A run of a line's text between runs of two spaces or more: the
    /// character columns it spans, and whether it is a number alone (`10,2`,
    /// `121.350`, `102,4%`) other than a year (`2025`, as a header gives one).
    struct Piece {
        var span: Range<Int>
        var isNumber: Bool
    }

    /// The pieces of a line's UTF-8 `bytes`, whose first byte stands in character column `column`.
    static func pieces(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) -> [Piece] {
        var pieces: [Piece] = []
        var character = column, start: Int?, end = column, spaces = 0, digits = 0, others = 0, lead: UInt16 = 0
        func close() {
            let isYear = digits == 4 && end - (start ?? end) == 4 && (lead == 0x3139 || lead == 0x3230)
            if let first = start { pieces.append(Piece(span: first..<end, isNumber: digits > 0 && others == 0 && !isYear)) }
            start = nil; digits = 0; others = 0; lead = 0
        }
        for byte in bytes {
            // A byte that continues a scalar's UTF-8 stands in the same character column.
            if byte & 0xC0 == 0x80 { others += 1; continue }
            if byte == 0x20 {
                spaces += 1
                if spaces == 2 { close() }
            } else {
                if start == nil { start = character }
                spaces = 0
                if digits + others < 2 { lead = lead << 8 | UInt16(byte) }
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits += 1 }
                else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") && byte != UInt8(ascii: "%") { others += 1 }
                end = character + 1
            }
            character += 1
        }
        close()
        return pieces
    }

    /// The columns of lines given as their pieces' spans: each run of
    /// character columns that some piece covers, in order.
    static func columns(_ lines: [[Range<Int>]]) -> [Range<Int>] {
        let width = lines.lazy.compactMap { $0.last?.upperBound }.max() ?? 0
        var covered = [Bool](repeating: false, count: width)
        for spans in lines {
            for span in spans { for column in span { covered[column] = true } }
        }
        var columns: [Range<Int>] = []
        var start: Int?
        for column in 0...width {
            let isCovered = column < width && covered[column]
            if isCovered, start == nil { start = column }
            if !isCovered, let first = start {
                columns.append(first..<column)
                start = nil
            }
        }
        return columns
    }

    /// Whether lines, given as their pieces, are such a table: a header (the
    /// lines above the first with a number alone) of two pieces or more, then
    /// rows whose pieces leave at least three columns, no row with two pieces
    /// in one column, two rows of three pieces or more, and a number alone on at
    /// least half the rows. The columns are the rows': a header's name may span
    /// several (`Năm 2025` over `KH` and `TH`).
    /// `continuing`: the rows go on a table past a page's end, under its header: one row of three pieces is enough.
    static func isTable(_ lines: [[Piece]], continuing: Bool = false) -> Bool {
        let headerCount = headerCount(lines)
        let rows = lines.dropFirst(headerCount), least = continuing ? 1 : 2
        guard headerCount >= 1, rows.count >= least, lines.prefix(headerCount).reduce(0, { $0 + $1.count }) >= 2,
              rows.filter({ $0.count >= 3 }).count >= least else { return false }
        let columns = columns(rows.map { $0.map(\.span) })
        guard columns.count >= 3 else { return false }
        for row in rows {
            var last = -1
            for piece in row {
                guard let column = columns.firstIndex(where: { $0.contains(piece.span.lowerBound) }), column > last else { return false }
                last = column
            }
        }
        return rows.filter { $0.contains(where: \.isNumber) }.count * 2 >= rows.count
    }

    /// How many of the lines open such a table as its header: those above the first with a number alone.
    static func headerCount(_ lines: [[Piece]]) -> Int {
        lines.prefix { !$0.contains(where: \.isNumber) }.count
    }

    /// Whether `line` holds two spaces side by side. Read sixteen bytes at a
    /// time, each set against the one after it: every line of every report is asked.
    static func holdsSpaceRun(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(line.baseAddress), line.count >= 2 else { return false }
        guard line.count >= 17 else {
            for index in 0..<(line.count - 1) where line[index] == 0x20 && line[index + 1] == 0x20 { return true }
            return false
        }
        let spaces = SIMD16<UInt8>(repeating: 0x20)
        func pairs(at start: Int) -> Bool {
            let here = base.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
            let next = base.loadUnaligned(fromByteOffset: start + 1, as: SIMD16<UInt8>.self)
            return any((here .== spaces) .& (next .== spaces))
        }
        var start = 0
        while start + 17 <= line.count {
            if pairs(at: start) { return true }
            start += 16
        }
        // The last bytes, read again from seventeen before the end.
        return start + 1 < line.count && pairs(at: line.count - 17)
    }

    /// The pieces of a line of a simple table (``MarkdownTable``) or of such a
    /// table: runs of text split at two spaces or more (a rule's groups, at
    /// one), counted in characters; each a cell, where it starts
    /// in the report, and the characters it spans counting from the line's
    /// first (`location`, after its indentation of spaces).
    static func pieces(of line: Substring, at location: SourceLocation, splitAt gap: Int = 2) -> [(cell: TableCell, span: Range<Int>)] {
        var pieces: [(cell: TableCell, span: Range<Int>)] = []
        var start: Substring.Index?, end = line.startIndex, spaces = 0
        var character = location.column, startCharacter = character
        func close() {
            guard let first = start else { return }
            let column = location.column + line.utf8.distance(from: line.startIndex, to: first)
            pieces.append((TableCell(text: line[first..<end], location: SourceLocation(line: location.line, column: column)),
                           startCharacter..<(startCharacter + line[first..<end].count)))
            start = nil
        }
        for index in line.indices {
            if line[index] == " " {
                spaces += 1
                if spaces == gap { close() }
            } else {
                if start == nil { start = index; startCharacter = character }
                spaces = 0
                end = line.index(after: index)
            }
            character += 1
        }
        close()
        return pieces
    }

    /// The header and rows of such a table, from its lines and where each
    /// starts in the report. The header is the lines above the first with a
    /// number alone but a year (`Kế hoạch` over `2025`), the columns the
    /// rows' (``columns(_:)``); a line below with
    /// text in one column only, not the first, where the row above has words,
    /// goes on that row (a name wrapped over two lines: `Giá trị sản xuất (giá
    /// so sánh` and `2010)`).
    static func rows(_ lines: [Substring], at locations: [SourceLocation]) -> (header: [TableCell], rows: [[TableCell]]) {
        let pieces = zip(lines, locations).map { Self.pieces(of: $0, at: $1) }
        let headerCount = pieces.prefix { line in !line.contains { $0.cell.isValue && !$0.cell.hasLetters && !isYear($0.cell.text) } }.count
        let columns = columns(pieces.dropFirst(headerCount).map { $0.map(\.span) })
        guard let first = locations.first else { return ([], []) }
        // A header's piece names every column it covers half of (`Năm 2025` over `KH` and `TH`), or else the one
        // it overlaps most.
        var header = columns.map { _ in TableCell(text: "", location: first) }
        for line in pieces.prefix(headerCount) {
            for piece in line {
                let overlaps = columns.map { $0.clamped(to: piece.span).count }
                var spanned = columns.indices.filter { overlaps[$0] > 0 && overlaps[$0] * 2 >= columns[$0].count }
                if spanned.isEmpty, let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 {
                    spanned = [best]
                }
                for column in spanned { header[column].append(piece.cell) }
            }
        }
        var rows: [[TableCell]] = []
        for (linePieces, location) in zip(pieces, locations).dropFirst(headerCount) {
            var cells = columns.map { _ in TableCell(text: "", location: location) }
            for piece in linePieces {
                guard let column = columns.firstIndex(where: { $0.contains(piece.span.lowerBound) }) else { continue }
                cells[column].append(piece.cell)
            }
            let filled = cells.indices.filter { !cells[$0].text.isEmpty }
            if let above = rows.last, filled.count == 1, let only = filled.first, only > 0, above[only].hasLetters {
                rows[rows.count - 1][only].append(cells[only])
            } else if let above = rows.last, endsWrappedName(cells, filled: filled, above: above) {
                for column in filled { rows[rows.count - 1][column].append(cells[column]) }
            } else {
                rows.append(cells)
            }
        }
        return (header, rows)
    }

    /// Whether a row's line ends the name the line above began, its values beside the name's last line
    /// (as a PDF sets them at a tall cell's foot or middle): the line above a numbered row's number
    /// (`1`, `2.1`) and name alone, this one no number of its own, its name going on in lower case
    /// (`trên địa bàn`) and values after it.
    ///
    ///     1     Tổng thu ngân sách nhà nước
    ///           trên địa bàn                  Tỷ đồng     74,5     80,2
    private static func endsWrappedName(_ cells: [TableCell], filled: [Int], above: [TableCell]) -> Bool {
        guard filled.count >= 2, let name = filled.first, name > 0, above[name].hasLetters,
              cells[name].text.unicodeScalars.first.map({ $0.properties.isLowercase }) == true,
              filled.dropFirst().contains(where: { cells[$0].isValue && !cells[$0].hasLetters }),
              !above[0].text.isEmpty, above[0].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 || $0 == 0x2E }),
              above.indices.allSatisfy({ $0 <= name || above[$0].text.isEmpty }) else { return false }
        return true
    }

    /// Whether lines are a table whose cells a tab parts, as a word processor
    /// saves a table as text: the first line of three cells or more, two
    /// thirds of the lines of as many cells as it has or one fewer (a last
    /// cell left empty), and a number alone on at least half the lines below it.
    static func isTabbed(_ lines: [UnsafeBufferPointer<UInt8>]) -> Bool {
        guard lines.count >= 3, let first = lines.first else { return false }
        let width = tabs(first) + 1
        guard width >= 3 else { return false }
        let body = lines.dropFirst()
        let even = lines.filter { abs(tabs($0) + 1 - width) <= 1 }.count
        let numbered = body.filter { line in
            line.split(separator: 0x09).contains { cell in
                cell.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                    && cell.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") || $0 == 0x2C || $0 == 0x2E || $0 == 0x25 || $0 == 0x20 }
            }
        }.count
        return even * 3 >= lines.count * 2 && numbered * 2 >= body.count
    }

    private static func tabs(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        line.reduce(0) { $0 + ($1 == 0x09 ? 1 : 0) }
    }

    /// The header and rows of a table whose cells a tab parts: the first line is the header, each other a row,
    /// its cells in order.
    static func tabbedRows(_ lines: [Substring], at locations: [SourceLocation]) -> (header: [TableCell], rows: [[TableCell]]) {
        let rows = zip(lines, locations).map { line, location in
            var cells: [TableCell] = []
            var start = line.startIndex
            while true {
                let end = line[start...].firstIndex(of: "\t") ?? line.endIndex
                let column = location.column + line.utf8.distance(from: line.startIndex, to: start)
                let text = line[start..<end].trimmingWhitespace()
                cells.append(TableCell(text: Substring(text), location: SourceLocation(line: location.line, column: column)))
                guard end < line.endIndex else { break }
                start = line.index(after: end)
            }
            return cells
        }
        return (rows.first ?? [], Array(rows.dropFirst()))
    }

    /// Whether a cell is a year alone (`2025`), as a header's second line may give it under its column's name.
    private static func isYear(_ text: Substring) -> Bool {
        text.utf8.count == 4 && (text.hasPrefix("19") || text.hasPrefix("20")) && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
