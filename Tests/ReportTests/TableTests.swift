import Testing
import Platform
@testable import Report

/// Tables of targets, as reports of the genre give them: each body row read
/// as a sentence, its numbers where their cells are.
@Suite("Tables: rows read as sentences")
struct TableTests {
    /// A nine-month report of our own, no parts, opening with its table of targets.
    static let report = """
    ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP

    Số: 41/BC-UBND

    Tân Lập, ngày 02 tháng 10 năm 2025

    ## BÁO CÁO

    ## Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2025

    ### I. Các chỉ tiêu chủ yếu

    Kết quả các chỉ tiêu chính như sau:
    | STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Ước thực hiện 9 tháng | So với KH (%) | So với cùng kỳ (%) | Kế hoạch năm 2026 |
    |:---:|---|---|---:|---:|---:|---:|---:|
    | I | **Kinh tế** | | | | | | |
    | 1 | Thu ngân sách trên địa bàn | tỷ đồng | 310 | 236,8 | 76,4 | 109,2 | 335 |
    | 2 | Tỷ lệ hộ nghèo | % | 4,5 | 4,8 | | | 3,9 |
    | 3 | Ghi chú \\| không phải số | | | | | | |
    Các chỉ tiêu còn lại được đánh giá vào cuối năm.

    ### II. Kinh tế

    Doanh thu du lịch ước đạt 96 tỷ đồng.
    """

    static let document = ReportReader.read(text: report, name: "tan-lap")

    @Test("a table is a block of its own, even with no blank line around it; a line of pipes alone is text, lines alike of three cells or more a table")
    func blocks() {
        var kinds: [MarkdownBlock.Kind] = []
        MarkdownBlock.forEachBlock(of: "Trước bảng:\n| A | B |\n|---|---|\n| 1 | 2 |\nSau bảng.\n\n| không | phải bảng |\n\n"
                                   + "| Chỉ tiêu | ĐVT | Kế hoạch |\n| Thu ngân sách | tỷ đồng | 40 |\n\n| a | b |\n| c | d |\n") {
            kinds.append($0.kind)
        }
        #expect(kinds == [.paragraph, .table, .paragraph, .paragraph, .table, .paragraph])
        // With no delimiter row, every line after the header is a body row.
        let undelimited = ReportReader.read(text: "| Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n| Thu ngân sách | tỷ đồng | 40 | 43,2 |\n",
                                            name: "undelimited")
        #expect(undelimited.paragraphs.map { String($0.text) } == ["Thu ngân sách đạt 43,2 tỷ đồng (kế hoạch 40 tỷ đồng)."])
    }

    @Test("cells are split at pipes that are not escaped, and keep where they start")
    func cells() {
        let cells = MarkdownTable.cells(of: "| a |  Thu ngân sách | x \\| y | 7", at: SourceLocation(line: 4, column: 3))
        #expect(cells.map(\.text) == ["a", "Thu ngân sách", "x \\| y", "7"])
        // `| a |  ` is seven bytes: the second cell starts at column 3 + 7.
        #expect(cells[1].location == SourceLocation(line: 4, column: 10))
    }

    @Test("each header says what its column holds", arguments: [
        ("STT", TableColumn.number), ("TT", .number), ("Chỉ tiêu", .label), ("Nội dung", .label), ("ĐVT", .unit),
        ("Đơn vị tính", .unit), ("Kế hoạch năm 2025", .plan(year: 2025)), ("KH 2026", .plan(year: 2026)),
        ("Chỉ tiêu Nghị quyết", .plan(year: nil)), ("Ước thực hiện 9 tháng", .actual(estimate: true)),
        ("Thực hiện", .actual(estimate: false)), ("Thực hiện năm 2024", .previous), ("So với KH (%)", .percentOfPlan),
        ("So với dự toán (%)", .percentOfEstimate), ("So với cùng kỳ (%)", .percentOfPrevious),
        ("So với năm 2024 (%)", .percentOfPrevious), ("Cùng kỳ năm trước", .previous), ("Ghi chú", .other),
        ("ƯTH 2025", .actual(estimate: true, wholeYear: true)), ("Đạt (%)", .percentOfPlan), ("Tỷ lệ đạt", .percentOfPlan), ("Tăng, giảm so với cùng kỳ (%)", .changeOnPrevious(inRowUnit: false)),
        ("Đánh giá", .verdict), ("Kết quả đánh giá", .verdict), ("Năm 2025", .other), ("Chỉ tiêu năm 2026", .plan(year: 2026)),
        ("TH/KH (%)", .percentOfPlan), ("ƯTH/CK (%)", .percentOfPrevious), ("So CK (%)", .percentOfPrevious),
        ("TH 2024", .previous), ("Thực hiện năm 2022", .other), ("ƯTH/Dự toán", .percentOfEstimate),
        ("Tăng (+), giảm (-)", .changeOnPrevious(inRowUnit: true)), ("Tăng/giảm", .changeOnPrevious(inRowUnit: true)), ("Tăng trưởng", .other),
        // A group's year above a percent of what follows its sign; a plan in percent after its year.
        ("Năm 2026 % KH", .percentOfPlan), ("Năm 2026 % so CK", .percentOfPrevious), ("Kế hoạch năm 2027 (%)", .plan(year: 2027)),
    ] as [(String, TableColumn)])
    func roles(_ header: String, _ role: TableColumn) {
        #expect(TableColumn.of(header: header[...], year: 2025) == role)
    }

    @Test("a comparison in percent that names nothing, beside the year's plan and no figure of last year, is of that plan", arguments: [
        (["Nội dung", "Dự toán 2025", "Ước thực hiện 2025", "So sánh (%)"], TableColumn.percentOfEstimate),
        (["Chỉ tiêu", "KH 2025", "TH 2025", "Tỷ lệ (%)"], .percentOfPlan),
        (["Chỉ tiêu", "KH 2025", "Cùng kỳ", "TH 2025", "So sánh (%)"], .other),
        (["Chỉ tiêu", "TH 2025", "So sánh (%)"], .other),
    ])
    func bareComparison(_ headers: [String], _ role: TableColumn) {
        let cells = headers.enumerated().map { TableCell(text: $0.element[...], location: SourceLocation(line: 1, column: $0.offset * 10 + 1)) }
        #expect(TableColumn.roles(of: cells, year: 2025).last == role)
    }

    @Test("beside a column of what was done, a column of the year before the report's alone is last year's; an earlier year's is not")
    func yearAloneBesideActual() {
        let headers = ["Chỉ tiêu", "Năm 2023", "Năm 2024", "Kế hoạch 2025", "Ước thực hiện 2025"]
        let cells = headers.enumerated().map { TableCell(text: $0.element[...], location: SourceLocation(line: 1, column: $0.offset * 10 + 1)) }
        #expect(TableColumn.roles(of: cells, year: 2025) == [.label, .other, .previous, .plan(year: 2025), .actual(estimate: true, wholeYear: true)])
    }

    @Test("a row is the sentence its headers make of it; rows without values make none")
    func sentences() {
        let texts = Self.document.paragraphs.map { String($0.text) }
        #expect(texts.contains("Thu ngân sách trên địa bàn ước đạt 236,8 tỷ đồng, bằng 76,4% kế hoạch, bằng 109,2% so với cùng kỳ (kế hoạch 310 tỷ đồng)."))
        #expect(texts.contains("Tỷ lệ hộ nghèo ước đạt 4,8% (kế hoạch 4,5%)."))
        #expect(!texts.contains { $0.contains("Kinh tế") && $0.contains("đạt") })
        #expect(!texts.contains { $0.contains("Ghi chú") })
        // The text around the table stays as it was.
        #expect(texts.contains("Kết quả các chỉ tiêu chính như sau:"))
        #expect(texts.contains("Các chỉ tiêu còn lại được đánh giá vào cuối năm."))
    }

    @Test("a row whose cell of what was done is empty, in a table with such a column, gives no sentence: its plan is no value")
    func emptyActual() {
        let document = ReportReader.read(text: """
            ## I. KẾT QUẢ NĂM 2025

            | TT | Chỉ tiêu | ĐVT | KH 2025 | ƯTH 2025 |
            |---|---|---|---|---|
            | 1 | Trồng rừng tập trung | ha | 300 | |
            | 2 | Lượt khách du lịch | lượt | 850.000 | 912.400 |
            """, name: "empty")
        #expect(!document.paragraphs.contains { $0.text.hasPrefix("Trồng rừng") })
        #expect(document.paragraphs.contains { $0.text.hasPrefix("Lượt khách du lịch ước đạt 912.400 lượt") })
    }

    @Test("a value's location is its cell's")
    func locations() throws {
        let paragraph = try #require(Self.document.paragraphs.first { $0.text.hasPrefix("Thu ngân sách") })
        let line = Self.report.split(separator: "\n", omittingEmptySubsequences: false)[paragraph.location.line - 1]
        let text = String(paragraph.text)
        let offsets = text.unicodeScalars.map { String($0).utf8.count }.reduce(into: [0]) { $0.append($0.last! + $1) }
        let locator = Paragraph.Locator(paragraph, byteOffsets: offsets)
        for value in ["236,8", "76,4", "109,2", "310"] {
            let scalarOffset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                            to: try #require(text.range(of: value)).lowerBound)
            let location = locator.location(of: scalarOffset)
            let column = line.utf8.distance(from: line.utf8.startIndex, to: try #require(line.range(of: " \(value) ")).lowerBound) + 2
            #expect(location == SourceLocation(line: paragraph.location.line, column: column), "\(value)")
        }
    }

    @Test("a column of a later year's plan is that year's target, in a section of the plan under the table's")
    func laterPlan() throws {
        let plan = try #require(Self.document.paragraphs.first { $0.text == "Thu ngân sách trên địa bàn 335 tỷ đồng." })
        let section = try #require(plan.section)
        #expect(Self.document.sections[section].title == "Kế hoạch năm 2026")
        #expect(Self.document.part(of: plan) == .plan)
        #expect(Self.document.paragraphs.contains { $0.text == "Tỷ lệ hộ nghèo 3,9%." })
    }

    @Test("in a report without parts, a first section of main targets reports results")
    func targetsSectionIsResults() throws {
        let row = try #require(Self.document.paragraphs.first { $0.text.hasPrefix("Thu ngân sách trên địa bàn ước") })
        #expect(Self.document.part(of: row) == .results)
        #expect(Self.document.header.year == 2025)
    }

    @Test("a table of years alone reports its latest, the year before as last year's; a signed change and a verdict read as the genre words them")
    func yearsChangesVerdicts() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | Tăng, giảm so với cùng kỳ (%) | Đánh giá |
        |---|---|---|---|---|---|---|
        | 1 | Doanh thu du lịch | tỷ đồng | 60 | 71,5 | +19,2 | Không đạt |
        | 2 | Số hợp tác xã thành lập mới | hợp tác xã | 4 | 3 | − 25 | Vượt |
        | 3 | Tổng lượt khách | lượt | 110.000 | 120.000 | 9,1 | Hoàn thành |
        """, name: "years")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Doanh thu du lịch đạt 71,5 tỷ đồng (không đạt kế hoạch), tăng 19,2% so với cùng kỳ (cùng kỳ năm trước 60 tỷ đồng).",
            "Số hợp tác xã thành lập mới đạt 3 hợp tác xã (vượt kế hoạch), giảm 25% so với cùng kỳ (cùng kỳ năm trước 4 hợp tác xã).",
            "Tổng lượt khách đạt 120.000 lượt (đạt kế hoạch), tăng 9,1% so với cùng kỳ (cùng kỳ năm trước 110.000 lượt).",
        ])
        // The change's number without its sign, where it stands in its cell (`− 25`: a 3-byte sign and a space).
        let paragraph = document.paragraphs[1]
        let text = String(paragraph.text)
        let offsets = text.unicodeScalars.map { String($0).utf8.count }.reduce(into: [0]) { $0.append($0.last! + $1) }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: "25%")!.lowerBound)
        let row = "| 2 | Số hợp tác xã thành lập mới | hợp tác xã | 4 | 3 | − 25 | Vượt |"
        let column = row.utf8.distance(from: row.utf8.startIndex, to: row.range(of: "25")!.lowerBound) + 1
        #expect(Paragraph.Locator(paragraph, byteOffsets: offsets).location(of: start) == SourceLocation(line: 4, column: column))
    }

    @Test("in a report on a year and the next one's plan, a table of years alone gives the year before as last year's, the report's year as what was done and the next as its plan")
    func yearsAloneWithPlan() throws {
        let document = ReportReader.read(text: """
        BÁO CÁO

        Kết quả năm 2026 và kế hoạch năm 2027

        I. KẾT QUẢ NĂM 2026

        | Chỉ tiêu | ĐVT | 2025 | 2026 | 2027 |
        |---|---|---|---|---|
        | Thu ngân sách nhà nước | Triệu đồng | 8.020 | 9.150 | 9.500 |
        """, name: "years-plan")
        #expect(document.header.year == 2026)
        let done = try #require(document.paragraphs.first { $0.text.hasPrefix("Thu ngân sách nhà nước đạt") })
        #expect(done.text == "Thu ngân sách nhà nước đạt 9.150 triệu đồng (cùng kỳ năm trước 8.020 triệu đồng).")
        #expect(document.part(of: done) == .results)
        let plan = try #require(document.paragraphs.first { $0.text == "Thu ngân sách nhà nước 9.500 triệu đồng." })
        #expect(document.part(of: plan) == .plan)
    }

    @Test("a column of the yearly average growth over the years a table spans (`Tăng BQ (%)`) is no change on last year")
    func averageGrowthColumn() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | Năm 2026 | Tăng BQ (%) |
        |---|---|---|---|---|---|---|
        | 1 | Thu ngân sách trên địa bàn | tỷ đồng | 38,5 | 42,1 | 47,3 | 10,8 |
        """, name: "average")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách trên địa bàn đạt 47,3 tỷ đồng (cùng kỳ năm trước 42,1 tỷ đồng).",
        ])
    }

    @Test("a converter's escape opening a cell (`\\%`, `\\-3`) is markdown's: the unit and the sign read as written without it")
    func escapedCells() {
        let document = ReportReader.read(text: """
        | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026 | Tăng (+), giảm (-) |
        |---|---|---|---|---|
        | Tỷ lệ tham gia bảo hiểm y tế | \\% | 93,8 | 94,6 | 0,8 |
        | Tai nạn giao thông | Vụ | 15 | 12 | \\-3 |
        """, name: "escapes")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Tỷ lệ tham gia bảo hiểm y tế đạt 94,6%, tăng 0,8% so với cùng kỳ (cùng kỳ năm trước 93,8%).",
            "Tai nạn giao thông đạt 12 vụ, giảm 3 vụ so với cùng kỳ (cùng kỳ năm trước 15 vụ).",
        ])
    }

    @Test("a table of a period in two years (`Quý I/2025 | Quý I/2026`) reports the later, the earlier as last year's, and a bare comparison beside them is of last year")
    func periodsOfTwoYears() {
        let document = ReportReader.read(text: """
        | Chỉ tiêu | ĐVT | Quý I/2025 | Quý I/2026 | So sánh (%) |
        |---|---|---|---|---|
        | Thu ngân sách trên địa bàn | Triệu đồng | 2.840 | 3.105 | 109,3 |
        | Doanh nghiệp thành lập mới | Doanh nghiệp | 5 | 4 | 80 |
        """, name: "quarters")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách trên địa bàn đạt 3.105 triệu đồng, bằng 109,3% so với cùng kỳ (cùng kỳ năm trước 2.840 triệu đồng).",
            "Doanh nghiệp thành lập mới đạt 4 doanh nghiệp, bằng 80% so với cùng kỳ (cùng kỳ năm trước 5 doanh nghiệp).",
        ])
    }

    @Test("a column headed by a percent sign and what it is of (`% KH`, `% CK`) is a share of the plan or of last year")
    func percentOfNamed() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | KH năm 2026 | TH 6 tháng 2025 | Ước TH 6 tháng 2026 | % KH | % CK |
        |---|---|---|---|---|---|---|---|
        | 1 | Thu ngân sách trên địa bàn | Tỷ đồng | 240 | 104,6 | 118,3 | 49,3 | 113,1 |
        """, name: "percents")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách trên địa bàn ước đạt 118,3 tỷ đồng, bằng 49,3% kế hoạch, bằng 113,1% so với cùng kỳ (cùng kỳ năm trước 104,6 tỷ đồng) (kế hoạch 240 tỷ đồng).",
        ])
    }

    @Test("a header over two rows, its top cells spanning columns, is one header")
    func twoRowHeader() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | | |
        |---|---|---|---|---|---|---|
        | | | | Thực hiện | Kế hoạch | Ước thực hiện | So sánh KH (%) |
        | 1 | Thu ngân sách trên địa bàn | tỷ đồng | 388 | 420 | 431,6 | 102,8 |
        | | Kinh tế | | | | | |
        """, name: "two-rows")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách trên địa bàn ước đạt 431,6 tỷ đồng, bằng 102,8% kế hoạch (cùng kỳ năm trước 388 tỷ đồng) (kế hoạch 420 tỷ đồng).",
        ])
    }

    @Test("a name's parentheses give its unit only when they hold one")
    func unitsInNames() {
        let document = ReportReader.read(text: """
        | Nội dung | Ước thực hiện |
        |---|---|
        | Thu ngân sách nhà nước (tỷ đồng) | 90 |
        | Tăng trưởng kinh tế (GRDP) | 7,2 |
        """, name: "units")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách nhà nước (tỷ đồng) ước đạt 90 tỷ đồng.",
            "Tăng trưởng kinh tế (GRDP) ước đạt 7,2.",
        ])
    }

    @Test("a line above the table that gives the unit (`Đơn vị tính: triệu đồng`) is every value's that names none", arguments: [
        "Đơn vị tính: triệu đồng", "(ĐVT: triệu đồng)", "*Đơn vị: triệu đồng*",
    ])
    func captionUnit(_ caption: String) throws {
        let document = ReportReader.read(text: """
        \(caption)

        | Nội dung | Dự toán | Ước thực hiện | Ghi chú (%) |
        |---|---|---|---|
        | Thu ngân sách nhà nước | 185.000 | 201.350 | |
        | Tỷ lệ giải ngân (%) | 100 | 96,5 | |
        """, name: "caption")
        let texts = document.paragraphs.map { String($0.text) }
        #expect(texts.contains("Thu ngân sách nhà nước ước đạt 201.350 triệu đồng (kế hoạch 185.000 triệu đồng)."), "\(texts)")
        // A unit of the row's own comes first.
        #expect(texts.contains("Tỷ lệ giải ngân (%) ước đạt 96,5% (kế hoạch 100%)."), "\(texts)")
        // The value's location is its cell's, the unit's the caption's.
        let row = try #require(document.paragraphs.first { $0.text.hasPrefix("Thu ngân sách") })
        #expect(row.location.line == 5)
    }

    @Test("a line that says more than the unit gives the table none")
    func notACaption() {
        let document = ReportReader.read(text: """
        Đơn vị tính: triệu đồng, trong đó thu nội địa chiếm 80% tổng thu.

        | Nội dung | Ước thực hiện |
        |---|---|
        | Thu ngân sách nhà nước | 201.350 |
        """, name: "caption")
        #expect(document.paragraphs.map { String($0.text) }.contains("Thu ngân sách nhà nước ước đạt 201.350."))
    }

    @Test("a table of next year's targets in the plan part gives the targets, not results")
    func planTable() throws {
        let document = ReportReader.read(text: """
        ## BÁO CÁO

        ## Tình hình kinh tế - xã hội năm 2025 và kế hoạch năm 2026

        ## PHẦN THỨ HAI - KẾ HOẠCH NĂM 2026

        | Nội dung | Đơn vị tính | Chỉ tiêu năm 2026 |
        |---|---|---|
        | Doanh thu du lịch | tỷ đồng | 250 |
        """, name: "plan")
        let row = try #require(document.paragraphs.first { $0.text == "Doanh thu du lịch 250 tỷ đồng." })
        #expect(document.part(of: row) == .plan)
    }

    @Test("a table of main targets in an appendix after the plan reports results in its columns of what was done")
    func appendixAfterPlan() throws {
        let document = ReportReader.read(text: """
        ## BÁO CÁO

        ## Tình hình kinh tế - xã hội năm 2025 và kế hoạch năm 2026

        ## II. KẾ HOẠCH NĂM 2026

        PHỤ LỤC

        | Chỉ tiêu | ĐVT | KH 2025 | ƯTH 2025 | KH 2026 |
        |---|---|---|---|---|
        | Doanh thu du lịch | tỷ đồng | 200 | 212 | 240 |
        """, name: "appendix")
        let done = try #require(document.paragraphs.first { $0.text.hasPrefix("Doanh thu du lịch ước đạt 212") })
        #expect(document.part(of: done) == .results)
        // The appendix is a part of its own, after the plan's.
        #expect(document.path(of: done.section) == "PHỤ LỤC")
        let plan = try #require(document.paragraphs.first { $0.text == "Doanh thu du lịch 240 tỷ đồng." })
        #expect(document.part(of: plan) == .plan)
    }
}
