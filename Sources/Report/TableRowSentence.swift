import Platform

/// A sentence written for a row of a table (``TableRow``), piece by piece:
/// every piece keeps where it stands in the report (an anchor each), so a
/// number's line and column are those of its cell, and the words joining the
/// cells are anchored at the header that says them.
struct TableRowSentence {
    private(set) var text = ""
    private(set) var anchors: [TextAnchor] = []
    private var scalars = 0

    init() {}

    /// `Thu ngân sách trên địa bàn 350 tỷ đồng.`: a name and its value.
    init(label: MarkdownTable.Cell, value: MarkdownTable.Cell, unit: MarkdownTable.Cell?) {
        add(label.joiningLines, at: label.location)
        add(" ", at: value.location)
        addValue(value, unit: unit)
        add(".", at: value.location)
    }

    mutating func add(_ piece: some StringProtocol, at location: SourceLocation) {
        guard !piece.isEmpty else { return }
        anchors.append(TextAnchor(offset: scalars, location: location))
        text += piece
        scalars += piece.unicodeScalars.count
    }

    /// A value and its unit: `251,4 tỷ đồng`, `7,9%`; a bound's words stay
    /// around them (`không dưới 61,5%`, `4% trở lên`).
    mutating func addValue(_ value: MarkdownTable.Cell, unit: MarkdownTable.Cell?) {
        guard let unit, !value.text.containsUTF8("%") else { return add(value.text, at: value.location) }
        let text = value.text
        let numberEnd = text.lastIndex(where: \.isNumber).map(text.index(after:)) ?? text.endIndex
        add(text[..<numberEnd], at: value.location)
        add(unit.afterNumber, at: unit.location)
        var after = value.location
        after.column += text.utf8.distance(from: text.startIndex, to: numberEnd)
        add(text[numberEnd...], at: after)
    }

    /// `, bằng 78,6% kế hoạch`: a share, its words after it (`% kế hoạch`).
    mutating func addShare(_ cell: MarkdownTable.Cell, of words: String, header: MarkdownTable.Cell) {
        add(", bằng ", at: header.location)
        add(cell.text, at: cell.location)
        add((cell.text.hasSuffix("%") ? " " : "% ") + words, at: header.location)
    }

    /// `, tăng 8,2% so với cùng kỳ` from a signed cell (`8,2`, `+8,2`, `-3,5`): the sign says the verb.
    /// A column of changes in the row's unit (`Tăng (+), giảm (-)`) passes that `unit` (`inRowUnit`), and
    /// where the row has none the change has none: it is no percentage.
    mutating func addChange(_ cell: MarkdownTable.Cell, header: MarkdownTable.Cell, unit: MarkdownTable.Cell?, inRowUnit: Bool = false) {
        var text = cell.text, location = cell.location
        let falls = text.first == "-" || text.first == "−"
        if falls || text.first == "+" {
            // The number without its sign, where it starts in the cell.
            text = text.dropFirst().drop { $0 == " " }
            location.column += cell.text.utf8.count - text.utf8.count
        }
        add(falls ? ", giảm " : ", tăng ", at: header.location)
        add(text, at: location)
        if text.hasSuffix("%") {
            add(" so với cùng kỳ", at: header.location)
        } else if let unit {
            add(unit.afterNumber + " so với cùng kỳ", at: unit.location)
        } else if inRowUnit {
            add(" so với cùng kỳ", at: header.location)
        } else {
            add("% so với cùng kỳ", at: header.location)
        }
    }

    /// ` (không đạt kế hoạch)`: the report's verdict, from a verdict cell's
    /// `Không đạt`, `Chưa đạt`, `Vượt`, `Đạt`, `Hoàn thành`; nothing for other words.
    mutating func addVerdict(_ cell: MarkdownTable.Cell) {
        let words = TableColumn.Words(cell.text)
        let verdict: String
        if words.has(Self.missedWords) {
            verdict = " (không đạt kế hoạch)"
        } else if words.has(Self.exceededWords) {
            verdict = " (vượt kế hoạch)"
        } else if words.has(Self.metWords) {
            verdict = " (đạt kế hoạch)"
        } else {
            return
        }
        add(verdict, at: cell.location)
    }

    /// Whether a cell says a verdict and nothing else: `Đạt`, `Không đạt`, `Vượt KH`.
    static func isVerdict(_ cell: MarkdownTable.Cell) -> Bool {
        let padded = TableColumn.Words(cell.text).padded
        return verdictCells.contains(padded)
    }

    static let verdictCells = Set(TableColumn.phrases("Đạt", "Không đạt", "Chưa đạt", "Vượt", "Vượt KH", "Vượt kế hoạch",
                                                      "Đạt KH", "Đạt kế hoạch", "Không đạt KH", "Không đạt kế hoạch",
                                                      "Hoàn thành", "Không hoàn thành", "Chưa hoàn thành",
                                                      "Vượt dự toán", "Đạt dự toán", "Không đạt dự toán", "Chưa đạt dự toán"))
    static let missedWords = TableColumn.phrases("Không đạt", "Chưa đạt", "Không hoàn thành", "Chưa hoàn thành")
    static let exceededWords = TableColumn.phrases("Vượt")
    static let metWords = TableColumn.phrases("Đạt", "Hoàn thành")
}
