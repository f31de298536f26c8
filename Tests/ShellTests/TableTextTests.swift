import Testing
@testable import Shell

/// The table's readings of its cells by bytes agree with the readings by
/// characters they stand in for, on the cells a table shows and on the odd ones.
@Suite("Table cells read by bytes as by characters")
struct TableTextTests {
    static let cells = [
        "1.746 tỷ đồng", "118,3%", "-5%", "+2,5 điểm %", "#15", "−0,02%", "1.200–1.400 ha", "12", "3.", "3,", "4/4 tiêu chí",
        "Lạng Sơn", "Đạt", "tỉ lệ", "", "—", "null", "1\u{0303}2 thôn", "7,\u{0663}", "-", "#", ".5", "12 ", "2024\u{0301}",
    ]

    @Test("a number's length at the start of a cell, and where it ends", arguments: cells)
    func numberPrefix(_ cell: String) {
        let length = TableLayout.numberPrefixLengthByCharacters(cell)
        #expect(TableLayout.numberPrefixLength(cell) == length)
        #expect(TableLayout.numberPrefixEnd(cell) == cell.index(cell.startIndex, offsetBy: length))
    }

    @Test("a cell's width read from its bytes is its width read scalar by scalar", arguments: cells + [
        "Doanh thu du lịch", "中文", "e\u{0301}", "tab\there", "ǅ", "\u{1EF9}\u{1F00}", "\u{02FF}\u{0300}",
    ])
    func width(_ cell: String) {
        #expect(TextWidth.of(cell) == TextWidth.ofByScalars(cell))
    }

    @Test("a cell cut to a width ends where cutting by characters ends it", arguments: [
        "Doanh thu du lịch ước đạt", "economy.tourism.revenue", "Thu ngân sách nhà nước trên địa bàn", "e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}",
        "ab\u{0301}cdefghij", "中文的文字很宽的", "short",
    ])
    func truncate(_ text: String) {
        for width in 0...12 {
            #expect(TextWidth.truncate(text, to: width) == TextWidth.truncateByCharacters(text, to: width), "\(width)")
        }
    }

    @Test("a cell opening on digits that run into a hyphen or slash and a letter is a name, left-aligned text", arguments: [
        ("842-BC-UBND-2025", true), ("20-yen-binh-2025", true), ("842/BC-UBND", true),
        ("2023-11-24", false), ("1.200–1.400 ha", false), ("4/4 tiêu chí", false), ("-5%", false), ("12", false),
    ])
    func names(_ cell: String, _ isName: Bool) {
        #expect(TableLayout.isName(cell) == isName)
        #expect(TableLayout(header: ["x"], rows: [[cell]], decimalMark: ",").isNumeric(0) == !isName)
    }

    @Test("rows of several reports keep both the report and the indicator when columns must go")
    func keyColumns() {
        let header = ["report", "indicator", "label", "actual", "plan", "status"]
        let rows = [["20-yen-binh-2025", "economy.budget.revenue", "Thu ngân sách nhà nước (ước cả năm)", "318,4 tỷ đồng", "349,1 tỷ đồng", "missed"]]
        let layout = TableLayout(header: header, rows: rows, decimalMark: ",", keyColumns: 2)
        let natural = header.indices.map { column in max(TextWidth.of(header[column]), TextWidth.of(rows[0][column])) }
        let (visible, widths) = layout.fit(natural, numeric: header.indices.map(layout.isNumeric), into: 60)
        #expect(visible.prefix(2) == [0, 1])
        #expect(widths.reduce(0, +) + 2 * (visible.count - 1) <= 60)
    }

    @Test("trailing spaces go, and only they")
    func trailingSpaces() {
        #expect("a  b   ".trimmingTrailingSpaces() == "a  b")
        #expect("   ".trimmingTrailingSpaces() == "")
        #expect("đồng".trimmingTrailingSpaces() == "đồng")
        #expect("x \u{0301}".trimmingTrailingSpaces() == "x \u{0301}")
    }
}
