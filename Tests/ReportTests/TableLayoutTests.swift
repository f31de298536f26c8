import Testing
import Platform
@testable import Report

/// Tables in every layout converters write (grid, simple, aligned by
/// spaces as a PDF's text has them, parted by tabs, HTML) read as pipe
/// tables are, and a PDF's text around them: tables over pages, justified
/// paragraphs.
@Suite("Tables in every layout, and a PDF's text")
struct TableLayoutTests {
    /// A table in each layout converters write, with the sentences its rows
    /// must read as, and where the row that begins with `row` stands.
    struct Layout: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var sentences: [String]
        var row: String
        var location: Platform.SourceLocation
        var testDescription: String { name }
    }

    static let layouts: [Layout] = [
        // A grid table: rows between rules, a cell over several lines.
        Layout(name: "grid", text: """
            ## I. KẾT QUẢ NĂM 2025

            +----+----------------------+---------+---------+----------+----------+
            | TT | Chỉ tiêu             | ĐVT     | KH 2025 | ƯTH 2025 | KH 2026  |
            +====+======================+=========+=========+==========+==========+
            | 1  | Doanh thu từ hoạt    | Tỷ đồng | 640     | 702,5    | 760      |
            |    | động du lịch         |         |         |          |          |
            +----+----------------------+---------+---------+----------+----------+
            | 2  | Tỷ lệ hộ nghèo       | %       | 2,1     | 1,9      | 1,5      |
            +----+----------------------+---------+---------+----------+----------+
            """,
            sentences: ["Doanh thu từ hoạt động du lịch ước đạt 702,5 tỷ đồng (kế hoạch 640 tỷ đồng).", "Tỷ lệ hộ nghèo 1,5%."],
            row: "Doanh thu", location: SourceLocation(line: 6, column: 8)),
        // A simple table: columns under the rule's groups of dashes; a border of dashes is no row.
        Layout(name: "simple", text: """
            ## I. KẾT QUẢ NĂM 2025

              ---------------------------------------------------------
              TT   Chỉ tiêu              ĐVT      KH 2025    ƯTH 2025
              ---- --------------------- -------- ---------- ----------
              1    Lượt khách du lịch    lượt       850.000     912.400
              2    Trồng rừng tập trung  ha             300       318,5
              ---------------------------------------------------------
            """,
            sentences: ["Lượt khách du lịch ước đạt 912.400 lượt (kế hoạch 850.000 lượt).",
                        "Trồng rừng tập trung ước đạt 318,5 ha (kế hoạch 300 ha)."],
            row: "Trồng rừng", location: SourceLocation(line: 7, column: 8)),
        // A table as a PDF's text aligns it: no rule, a header over two lines, numbers to the right of their
        // columns and a name wrapped onto a line of its own.
        Layout(name: "aligned", text: """
            ## I. KẾT QUẢ NĂM 2025

                                                          Kế hoạch       Ước thực
             TT   Chỉ tiêu                       ĐVT          2025      hiện 2025
              1   Lượt khách du lịch             lượt      850.000        912.400
              2   Diện tích trồng rừng tập       ha            300          318,5
                  trung
            """,
            sentences: ["Lượt khách du lịch ước đạt 912.400 lượt (kế hoạch 850.000 lượt).",
                        "Diện tích trồng rừng tập trung ước đạt 318,5 ha (kế hoạch 300 ha)."],
            row: "Diện tích trồng rừng", location: SourceLocation(line: 6, column: 7)),
        // … its header's name spanning two columns (`Năm 2025` over `Kế hoạch` and `Ước thực hiện`), a row of a group's
        // name alone, a unit wrapped onto a second line.
        Layout(name: "aligned, grouped header", text: """
            ## I. KẾT QUẢ NĂM 2025

                                                          Năm 2025
             TT   Chỉ tiêu                      ĐVT       Kế hoạch    Ước thực hiện
             I    KINH TẾ
              1   Thu ngân sách trên địa bàn    Tỷ         410,0           452,6
                                                đồng
              2   Tỷ lệ hộ nghèo                %            2,1            1,86
            """,
            sentences: ["Thu ngân sách trên địa bàn ước đạt 452,6 tỷ đồng (kế hoạch 410,0 tỷ đồng).",
                        "Tỷ lệ hộ nghèo ước đạt 1,86% (kế hoạch 2,1%)."],
            row: "Tỷ lệ hộ nghèo", location: SourceLocation(line: 8, column: 7)),
        // … names wrapped with their values beside the last line, or the middle one (a tall cell's foot or middle),
        // each line after the first going on in lower case; a group's row (`II`) and a new name in capitals stay rows.
        Layout(name: "aligned, values beside a wrapped name's last line", text: """
            ## I. KẾT QUẢ NĂM 2025

                                                          Kế hoạch       Ước thực
             TT   Chỉ tiêu                       ĐVT          2025      hiện 2025
              1   Tổng thu ngân sách nhà nước
                  trên địa bàn                   Tỷ đồng      74,5           80,2
              2   Tỷ lệ dân số tham gia
                  bảo hiểm y tế                  %              97           96,4
                  (không kể quân đội)
             II   XÃ HỘI
                  Tỷ lệ hộ nghèo                 %             2,1           1,86
            """,
            sentences: ["Tổng thu ngân sách nhà nước trên địa bàn ước đạt 80,2 tỷ đồng (kế hoạch 74,5 tỷ đồng).",
                        "Tỷ lệ dân số tham gia bảo hiểm y tế (không kể quân đội) ước đạt 96,4% (kế hoạch 97%).",
                        "Tỷ lệ hộ nghèo ước đạt 1,86% (kế hoạch 2,1%)."],
            row: "Tỷ lệ dân số", location: SourceLocation(line: 7, column: 7)),
        // A table a word processor saved as text: its cells parted by tabs. A row whose cell of what was done
        // is empty reports nothing: its plan is no value.
        Layout(name: "tabbed", text: "## I. KẾT QUẢ NĂM 2025\n\nTT\tChỉ tiêu\tĐVT\tKH 2025\tƯTH 2025\n"
                + "1\tLượt khách du lịch\tlượt\t850.000\t912.400\n2\tTrồng rừng tập trung\tha\t300\t\n",
            sentences: ["Lượt khách du lịch ước đạt 912.400 lượt (kế hoạch 850.000 lượt)."],
            row: "Lượt khách", location: SourceLocation(line: 4, column: 3)),
        // The same before any heading, under the report's header: its short rows, opening on a number, are
        // no header lines of their own.
        Layout(name: "tabbed, under the header", text: "UBND XÃ LONG HỮU\nSố: 31/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\n"
                + "TT\tChỉ tiêu\tĐVT\tKH 2025\tƯTH 2025\n1\tTrồng rừng tập trung\tha\t300\t\n"
                + "2\tLượt khách du lịch\tlượt\t850.000\t912.400\n",
            sentences: ["Lượt khách du lịch ước đạt 912.400 lượt (kế hoạch 850.000 lượt)."],
            row: "Lượt khách", location: SourceLocation(line: 9, column: 3)),
        // An HTML table: cells spanning rows and columns, a header of two rows made one,
        // a row over several lines and a blank line within; the text after it stays prose.
        Layout(name: "HTML", text: """
            ## I. KẾT QUẢ NĂM 2025

            <table>
            <tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th colspan="2">Năm 2025</th><th rowspan="2">Kế hoạch năm 2026</th></tr>
            <tr><th>Kế hoạch</th><th>Ước thực hiện</th></tr>
            <tr><td>1</td><td>Doanh thu du lịch</td><td>tỷ đồng</td><td>300</td><td><strong>322,5</strong></td><td>350</td></tr>

            <tr>
            <td>2</td>
            <td>Tỷ lệ hộ nghèo</td>
            <td>%</td><td>2,4</td><td>2,2</td><td>1,8</td>
            </tr>
            </table>

            Doanh thu dịch vụ lưu trú đạt 96 tỷ đồng.
            """,
            sentences: ["Doanh thu du lịch ước đạt 322,5 tỷ đồng (kế hoạch 300 tỷ đồng).", "Tỷ lệ hộ nghèo ước đạt 2,2% (kế hoạch 2,4%).",
                        "Tỷ lệ hộ nghèo 1,8%.", "Doanh thu dịch vụ lưu trú đạt 96 tỷ đồng."],
            row: "Tỷ lệ hộ nghèo ước", location: SourceLocation(line: 10, column: 5)),
    ]

    @Test("grid, simple, aligned, tabbed and HTML tables read as pipe tables are", arguments: layouts)
    func layout(_ layout: Layout) throws {
        let document = ReportReader.read(text: layout.text, name: layout.name)
        let texts = document.paragraphs.map { String($0.text) }
        for sentence in layout.sentences { #expect(texts.contains(sentence), "\(texts)") }
        let row = try #require(document.paragraphs.first { $0.text.hasPrefix(layout.row) })
        #expect(row.location == layout.location)
    }

    @Test("an aligned table's rows past a page's end (its number, a form feed) go on under its header")
    func alignedTableOverPages() throws {
        let text = "## I. KẾT QUẢ NĂM 2025\n\n"
            + "  TT   Chỉ tiêu                       ĐVT      Kế hoạch    Ước thực hiện\n"
            + "   1   Lượt khách du lịch             lượt      850.000         912.400\n"
            + "   2   Trồng rừng tập trung           ha            300           318,5\n\n"
            + "                                   2\n"
            + "\u{0C}  3   Tỷ lệ hộ nghèo                 %             2,1            1,86\n\n"
            + "Năm 2025 có 3 chỉ tiêu đạt kế hoạch.\n"
        let document = ReportReader.read(text: text, name: "pages")
        let texts = document.paragraphs.map { String($0.text) }
        #expect(texts.contains("Tỷ lệ hộ nghèo ước đạt 1,86% (kế hoạch 2,1%)."), "\(texts)")
        let row = try #require(document.paragraphs.first { $0.text.hasPrefix("Tỷ lệ hộ nghèo") })
        #expect(row.location.line == 8)
        // Past prose, rows with no header are no table's.
        let prose = ReportReader.read(text: text.replacingOccurrences(of: "                                   2\n", with: "Tiếp theo là các chỉ tiêu xã hội.\n"),
                                      name: "prose")
        #expect(!prose.paragraphs.contains { $0.text.hasPrefix("Tỷ lệ hộ nghèo ước đạt") })
    }

    @Test("a justified paragraph of a PDF's text is prose, its words parted by one space and kept where they stand")
    func justifiedParagraph() throws {
        let text = """
        ## I. KẾT QUẢ NĂM 2025

        Năm  2025,  huyện  thực  hiện  20  chỉ  tiêu  chủ  yếu,  trong  đó  có  16  chỉ  tiêu  đạt  và
        vượt  kế  hoạch,  4  chỉ  tiêu  chưa  đạt.  Thu  ngân  sách  đạt  412  tỷ  đồng.
        """
        let document = ReportReader.read(text: text, name: "justified")
        let paragraph = try #require(document.paragraphs.first { $0.text.hasPrefix("Năm 2025") })
        #expect(paragraph.text.hasSuffix("4 chỉ tiêu chưa đạt. Thu ngân sách đạt 412 tỷ đồng."))
        #expect(!paragraph.text.contains("  "))
        let scalars = String(paragraph.text).unicodeScalars
        let offsets = scalars.map { String($0).utf8.count }.reduce(into: [0]) { $0.append($0.last! + $1) }
        let locator = Paragraph.Locator(paragraph, byteOffsets: offsets)
        let offset = scalars.distance(from: scalars.startIndex, to: try #require(paragraph.text.range(of: "412"))!.lowerBound)
        // Columns count bytes, as every location does.
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[3]
        let column = line.utf8.distance(from: line.utf8.startIndex, to: try #require(line.range(of: "412")).lowerBound) + 1
        #expect(locator.location(of: offset) == SourceLocation(line: 4, column: column))
    }

    @Test("two spaces side by side are found wherever they stand in a line", arguments: 0..<20)
    func spaceRuns(_ position: Int) {
        for length in 2...21 where position + 1 < length {
            var line = Array(repeating: UInt8(ascii: "a"), count: length)
            line[position] = 0x20
            #expect(line.withUnsafeBufferPointer { !AlignedTable.holdsSpaceRun($0) })
            line[position + 1] = 0x20
            #expect(line.withUnsafeBufferPointer { AlignedTable.holdsSpaceRun($0) }, "\(length) \(position)")
            line[position] = UInt8(ascii: "a")
            if position + 3 < length { line[position + 3] = 0x20 }
            #expect(line.withUnsafeBufferPointer { !AlignedTable.holdsSpaceRun($0) }, "\(length) \(position)")
        }
    }
}
