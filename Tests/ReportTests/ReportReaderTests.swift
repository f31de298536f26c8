import Testing
import Platform
import Foundation
@testable import Report
import TestSupport

@Suite("Reading the report into sections, paragraphs and footnotes")
struct ReportReaderTests {
    let document = Reports.embedded

    func paragraph(containing text: String) -> Paragraph? {
        document.paragraphs.first { $0.text.contains(text) }
    }

    /// The section path of each paragraph of `text`, read as a report, that `kept` keeps (its body's, by default).
    static func paths(in text: String, of kept: (Paragraph) -> Bool = { $0.kind == .body }) -> [String] {
        let document = ReportReader.read(text: text, name: "t")
        return document.paragraphs.filter(kept).map { document.path(of: $0.section) }
    }

    @Test("sections form a tree with numbers and titles, in every heading style")
    func sectionTree() throws {
        let paths = document.sections.map { document.path(of: $0.id) }
        #expect(paths.contains("Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ"))  // #### *a)*
        #expect(paths.contains("Phần I › II › 1 › đ) Hoạt động của các thành phần kinh tế"))      // italic line, đ)
        #expect(paths.contains("Phần I › II › 6 Công tác xây dựng chính quyền và cải cách hành chính"))  // bold line
        #expect(paths.contains("Phần I › III › 2 › 2.1 Nguyên nhân khách quan:"))
        #expect(paths.contains("Phần II › 2 › * › c) Các chỉ tiêu môi trường"))  // `- ##### c)` inside a list
        #expect(paths.contains("Phần II › II › 8"))  // `**8.** Tập trung …`: a number opening a paragraph
        let part = try #require(document.sections.first)
        #expect(part.title == "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023")
    }

    @Test("section paths made from their parents' prefixes are the paths walked alone, in both reports and out of order")
    func sectionPaths() {
        for document in [document, Reports.second] {
            // Asked for in reverse, so that children come before their parents' prefixes are made.
            var paths = SectionPaths(document)
            for id in document.sections.indices.reversed() { #expect(paths.path(of: id) == document.path(of: id)) }
            #expect(paths.path(of: nil) == "")
        }
        // A parent listed after its child (no reader makes one) is walked, not read from a prefix not yet made.
        let location = Platform.SourceLocation(line: 1, column: 1)
        let shuffled = ReportDocument(name: "x", sections: [
            Section(id: 0, numbering: .letter("a"), title: "Con", parent: 1, location: location),
            Section(id: 1, numbering: .roman("II"), title: "Cha", parent: nil, location: location),
        ], paragraphs: [], footnotes: [:])
        var paths = SectionPaths(shuffled)
        #expect([paths.path(of: 0), paths.path(of: 1)] == ["II › a) Con", "II Cha"])
        #expect([paths.path(of: 0), paths.path(of: 1)] == [shuffled.path(of: 0), shuffled.path(of: 1)])
    }

    @Test("a path's last label is the piece after its last separator, empty pieces passed over")
    func lastLabel() {
        #expect(SectionPaths.lastLabel(of: "A › I › 1 › c) Du lịch") == "c) Du lịch")
        #expect(SectionPaths.lastLabel(of: "II Kinh tế") == "II Kinh tế")
        #expect(SectionPaths.lastLabel(of: "II › ") == "II")
        #expect(SectionPaths.lastLabel(of: "") == "")
        #expect(SectionPaths.lastLabel(of: " › ") == " › ")
        // Against the splitting it stands for, on every path of two reports.
        for document in [document, Reports.second] {
            for id in document.sections.indices {
                let path = document.path(of: id)
                #expect(SectionPaths.lastLabel(of: path) == path.split(separator: ReportDocument.pathSeparator).last.map(String.init) ?? path)
            }
        }
    }

    @Test("a point of three numbers opens a section under its dotted point, and a letter's list nests under either")
    func deepNumbering() {
        let text = "A. KẾT QUẢ\n\nI. Kinh tế\n\n1. Tài chính\n\n1.1. Ngân sách\n\n1.1.1. Thu ngân sách\n\na) Thu nội địa\n\nThu được 12 tỷ đồng.\n\n1.1.2. Chi ngân sách\n\nChi 9 tỷ đồng.\n\n1.2. Du lịch\n\nb) Lữ hành\n\nĐón 300 lượt khách.\n\nII. Văn hóa - xã hội\n\nCó 4 trường.\n"
        #expect(Self.paths(in: text) == [
            "A › I › 1 › 1.1 › 1.1.1 › a) Thu nội địa", "A › I › 1 › 1.1 › 1.1.2 Chi ngân sách",
            "A › I › 1 › 1.2 › b) Lữ hành", "A › II Văn hóa - xã hội",
        ])
    }

    @Test("a paragraph knows its section path")
    func paragraphSection() throws {
        let revenue = try #require(paragraph(containing: "Doanh thu du lịch ước đạt"))
        #expect(document.path(of: revenue.section) == "Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ")
    }

    @Test("a sentence cut by a page break and a block of footnotes is whole again")
    func pageBreakRejoined() throws {
        let tourism = try #require(paragraph(containing: "Tổng lượt khách du lịch"))
        #expect(tourism.text.contains("(vượt 10,9% kế hoạch)<sup>3</sup>; Doanh thu du lịch"))
        #expect(tourism.kind == .body)
        // The rejoined piece keeps its own line: "hoạch)…" starts line 45.
        #expect(tourism.anchors.map(\.location.line).contains(45))
        let cut = try #require(paragraph(containing: "Chương trình MTQG phát triển kinh"))
        #expect(cut.text.contains("phát triển kinh tế - xã hội vùng đồng bào"))
        let afterFootnotes = try #require(paragraph(containing: "Nghị quyết số 15/2021/NQ-HĐND của HĐND"))
        #expect(afterFootnotes.text.contains("của HĐND tỉnh sửa đổi bổ sung"))
        let uppercaseContinuation = try #require(paragraph(containing: "Số TTHC đã được Chủ tịch"))
        #expect(uppercaseContinuation.text.contains("Chủ tịch UBND tỉnh phê duyệt phương án cắt giảm"))
    }

    @Test("a page's number alone is a page break: the sentence it cut is whole again, even where its rest opens on a figure", arguments: [
        "3", "- 3 -", "– 12 –", "Trang 3", "Trang 3/24", "3/24",
    ])
    func pageNumber(_ mark: String) {
        let text = "Thu ngân sách ước đạt 45,2 tỷ đồng, bằng\n\n\(mark)\n\n104,5% dự toán, tăng 6,1%.\n\nĐón 9.200 lượt khách."
        let document = ReportReader.read(text: text, name: "t")
        #expect(document.paragraphs.map(\.text) == ["Thu ngân sách ước đạt 45,2 tỷ đồng, bằng 104,5% dự toán, tăng 6,1%.", "Đón 9.200 lượt khách."])
    }

    @Test("a page's number between two pages' lines, with no blank line around it, is a page break too; a bare number at the margin only after a printed line of prose or a sentence's end", arguments: [
        ("Chi ngân sách đạt 92,7 tỷ đồng.\n                                        2\nCấp 214 giấy phép xây dựng.",
         ["Chi ngân sách đạt 92,7 tỷ đồng.", "Cấp 214 giấy phép xây dựng."]),
        ("Thu ngân sách đạt 186,4 tỷ\n                                                  12\nđồng, tăng 6,8%.",
         ["Thu ngân sách đạt 186,4 tỷ đồng, tăng 6,8%."]),
        ("Chi ngân sách đạt 92,7 tỷ đồng.\n- 3 -\nCấp 214 giấy phép xây dựng.", ["Chi ngân sách đạt 92,7 tỷ đồng.", "Cấp 214 giấy phép xây dựng."]),
        ("Đàn trâu có\n12\ncon.", ["Đàn trâu có 12 con."]),
        ("Thu ngân sách đạt 11,7 tỷ đồng.\n3\nĐón 38.400 lượt khách.", ["Thu ngân sách đạt 11,7 tỷ đồng.", "Đón 38.400 lượt khách."]),
        ("Tổng đàn trâu, bò có 21.450 con; đàn lợn 38.600 con; đàn gia cầm hiện có khoảng\n2\n612.000 con.",
         ["Tổng đàn trâu, bò có 21.450 con; đàn lợn 38.600 con; đàn gia cầm hiện có khoảng 612.000 con."]),
    ])
    func pageNumberInRun(_ text: String, _ paragraphs: [String]) {
        let document = ReportReader.read(text: text, name: "t")
        #expect(document.paragraphs.map { String($0.text) } == paragraphs)
    }

    @Test("a paragraph opening on a figure goes on with one cut mid-sentence; a numbered item, or after a closed sentence, stands alone", arguments: [
        ("Xảy ra\n\n3 vụ cháy.", ["Xảy ra 3 vụ cháy."]),
        ("Tổng số\n\n1.250 hộ.", ["Tổng số 1.250 hộ."]),
        ("Kết quả cụ thể\n\n2. Văn hóa xã hội", ["Kết quả cụ thể", "Văn hóa xã hội"]),
        ("Kết quả cụ thể\n\n2) Văn hóa xã hội", ["Kết quả cụ thể", "2) Văn hóa xã hội"]),
        ("Xảy ra 3 vụ.\n\n2026 là năm đầu.", ["Xảy ra 3 vụ.", "2026 là năm đầu."]),
    ])
    func figureOpening(_ text: String, _ paragraphs: [String]) {
        let document = ReportReader.read(text: text, name: "t")
        #expect(document.paragraphs.map { String($0.text) } == paragraphs)
    }

    @Test("markdown a word processor wrote, its list marks and numbers' points escaped, reads as written plainly")
    func escapedMarkdown() throws {
        let text = "I\\. KẾT QUẢ\n\n1\\. Kinh tế\n\n\\- Thu ngân sách đạt 41,3 tỷ đồng.\n\\+ Đón 9.200 lượt khách\\*.\n\nb\\) Du lịch\n\nA\\. NHIỆM VỤ NĂM 2027\n"
        let document = ReportReader.read(text: text, name: "t")
        #expect(document.sections.map(\.numbering) == [.roman("I"), .arabic(1), .letter("b"), .lettered("A")])
        #expect(document.sections.map(\.title) == ["KẾT QUẢ", "Kinh tế", "Du lịch", "NHIỆM VỤ NĂM 2027"])
        let items = document.paragraphs.filter { $0.kind == .body }
        #expect(items.count == 2)
        #expect(items.map { InlineMarkup.plainText(String($0.text)) } == ["- Thu ngân sách đạt 41,3 tỷ đồng.", "+ Đón 9.200 lượt khách*."])
    }

    @Test("a paragraph's lines are joined by one space, each line anchored at its own line and column")
    func linesJoined() {
        let document = ReportReader.read(text: "  Dòng một có ư  \nhai 😀 ba\t\r\n\nKhác", name: "t")
        #expect(document.paragraphs.map(\.text) == ["Dòng một có ư hai 😀 ba", "Khác"])
        let anchors = document.paragraphs[0].anchors
        #expect(anchors.map(\.offset) == [0, 14])
        #expect(anchors.map(\.location) == [Platform.SourceLocation(line: 1, column: 3), Platform.SourceLocation(line: 2, column: 1)])
    }

    @Test("footnote texts cut by a page break are rejoined too")
    func footnoteRejoined() throws {
        let footnote2 = try #require(document.footnotes[2].map { document.paragraphs[$0] })
        #expect(footnote2.text.hasSuffix("tìm kiểm thông tin."))
        let footnote8 = try #require(document.footnotes[8].map { document.paragraphs[$0] })
        #expect(footnote8.text.contains("tiêu chí xây dựng nông thôn mới kiểu mẫu, xã Quảng Lạc"))
        let footnote45 = try #require(document.footnotes[45].map { document.paragraphs[$0] })
        #expect(footnote45.text.hasSuffix("Hạ tầng kỹ thuật khu dân cư Trần Quang Khải, phường Chi Lăng;"))
        let footnote78 = try #require(document.footnotes[78].map { document.paragraphs[$0] })
        #expect(footnote78.text.contains("Kế hoạch, VHTT, phòng TNMT"))
    }

    @Test("each footnote is linked to the paragraph that refers to it")
    func footnotesLinked() throws {
        #expect(document.footnotes.count == 89)
        for (number, index) in document.footnotes {
            let footnote = document.paragraphs[index]
            let referrer = try #require(footnote.referrer, "footnote \(number) has no referrer")
            #expect(InlineMarkup.footnoteReferences(in: document.paragraphs[referrer].text).contains(number))
        }
        let footnote3 = try #require(document.footnotes[3].map { document.paragraphs[$0] })
        #expect(document.path(of: document.effectiveSection(of: footnote3)) == "Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ")
    }

    @Test("markdown's own footnotes (`[^2]`, `[^2]: …`) are footnotes as `<sup>2</sup>` marks are, linked and read plain")
    func markdownFootnotes() throws {
        let text = "# I. KẾT QUẢ\n\nThu ngân sách đạt 86,4 tỷ đồng[^2], vượt dự toán.\n\n[^2]: Dự toán giao 80 tỷ đồng.\n"
        let document = ReportReader.read(text: text, name: "t")
        let index = try #require(document.footnotes[2])
        let footnote = document.paragraphs[index]
        #expect(footnote.referrer.map { document.paragraphs[$0].text.hasPrefix("Thu ngân sách") } == true)
        #expect(InlineMarkup.footnoteReferences(in: "đạt 7,2%[^1] và [^x] và [^12]") == [1, 12])
        #expect(InlineMarkup.plainText("đạt 7,2%[^1], [^ và [1]") == "đạt 7,2%[1], [^ và [1]")
        #expect(InlineMarkup.plainSentence(String(footnote.text), footnote: 2) == "Dự toán giao 80 tỷ đồng.")
    }

    @Test("m<sup>2</sup> and m<sup>3</sup> are units, not footnote references")
    func unitExponents() {
        #expect(InlineMarkup.footnoteReferences(in: "diện tích sàn 85.722,34m<sup>2</sup>, xong<sup>13</sup>") == [13])
        #expect(InlineMarkup.plainText("52,9m<sup>3</sup> và 7.283m<sup>2</sup><sup>5</sup>") == "52,9m³ và 7.283m²[5]")
    }

    @Test("footnote marks in superscript digits (`tỷ đồng³`, `tạ/ha¹²`, `³ Gồm …`) are footnotes; `m²`, `km²`, `m³` stay units")
    func superscriptFootnotes() throws {
        let text = "# I. KẾT QUẢ\n\nThu ngân sách đạt 86,4 tỷ đồng³, năng suất 61,2 tạ/ha¹², nhà ở 27,5 m²/người, "
            + "rừng 4,1 km², nước 520 m³; trạm² mới.\n\n³ Dự toán giao 80 tỷ đồng.\n¹² Vụ Đông Xuân đạt 63 tạ/ha.\n"
        let document = ReportReader.read(text: text, name: "t")
        let index = try #require(document.footnotes[3])
        #expect(document.paragraphs[index].referrer.map { document.paragraphs[$0].text.hasPrefix("Thu ngân sách") } == true)
        // Footnotes listed line after line at a page's foot are each their own.
        let twelfth = try #require(document.footnotes[12])
        #expect(document.paragraphs[index].text.hasSuffix("80 tỷ đồng."))
        #expect(document.paragraphs[twelfth].text.hasSuffix("63 tạ/ha."))
        let body = try #require(document.paragraphs.first { $0.text.hasPrefix("Thu ngân sách") })
        #expect(InlineMarkup.footnoteReferences(in: body.text) == [3, 12, 2])
        #expect(InlineMarkup.plainText(String(body.text)).contains("27,5 m²/người, rừng 4,1 km², nước 520 m³"))
        // A text with no superscript digit is the same string.
        #expect("Thu 86,4 tỷ đồng – “đạt”".withSuperscriptMarks == "Thu 86,4 tỷ đồng – “đạt”")
    }

    @Test("footnote marks in brackets (`dự toán[2]`, a last line `[2] Trong đó …`) are footnotes of their paragraph, not the plan's last lines")
    func bracketFootnotes() throws {
        let text = "PHẦN THỨ NHẤT\nKẾT QUẢ NĂM 2025\n\nThu ngân sách đạt 52,7 tỷ đồng, đạt 117,1% dự toán[2]; gieo trồng 3.420 ha[1].\n\n"
            + "PHẦN THỨ HAI\nKẾ HOẠCH NĂM 2026\n\nThu ngân sách 55 tỷ đồng.\n\n[1] Trong đó lúa 1.120 ha.\n[2] Trong đó thu tiền sử dụng đất 9,6 tỷ đồng.\n"
        let document = ReportReader.read(text: text, name: "t")
        let second = try #require(document.footnotes[2])
        #expect(document.paragraphs[second].text.hasSuffix("9,6 tỷ đồng."))
        #expect(document.paragraphs[second].referrer.map { document.paragraphs[$0].text.hasPrefix("Thu ngân sách đạt") } == true)
        #expect(document.paragraphs[try #require(document.footnotes[1])].text.hasSuffix("1.120 ha."))
        let body = try #require(document.paragraphs.first { $0.text.hasPrefix("Thu ngân sách đạt") })
        #expect(InlineMarkup.footnoteReferences(in: body.text) == [2, 1])
        #expect(InlineMarkup.plainText(String(body.text)) == "Thu ngân sách đạt 52,7 tỷ đồng, đạt 117,1% dự toán[2]; gieo trồng 3.420 ha[1].")
        // A link, a year, naught or four digits in brackets are no marks; nor is an unclosed bracket.
        for kept in ["[1](http://a.vn)", "[1][2]", "[a][2]", "[2025]", "[0] ", "[1234]", "[12 ", "[]"] {
            #expect(kept.withBracketMarks == kept)
        }
        #expect("x[12]. [3] y".withBracketMarks == "x[^12]. [^3] y")
    }

    @Test("the second report's page break and footnotes read the same way")
    func secondReport() throws {
        let second = Reports.second
        let tourism = try #require(second.paragraphs.first { $0.text.contains("Tổng lượt khách du lịch") })
        #expect(tourism.text.contains("(vượt 5% kế hoạch)<sup>2</sup>; Doanh thu du lịch"))
        #expect(second.footnotes.count == 2)
        #expect(second.paragraphs[second.footnotes[2]!].referrer == tourism.id)
    }
}

@Suite("Bad report input gives a clear error or an empty document")
struct BadReportInputTests {
    @Test func emptyFile() {
        #expect(throws: ReportError.empty(path: "x.md")) { try ReportReader.read(data: Data(), name: "x", path: "x.md") }
    }

    @Test func notUTF8() {
        let bytes = Data("Thu ngân sách ".utf8) + Data([0xFF, 0xFE]) + Data("x".utf8)
        #expect(throws: ReportError.notUTF8(path: "bad.md", byteOffset: 16)) { try ReportReader.read(data: bytes, name: "bad", path: "bad.md") }
        #expect(ReportError.notUTF8(path: "bad.md", byteOffset: 16).description.contains("not UTF-8"))
    }

    @Test("a PDF or a word processor's file is refused with the command that makes text of it", arguments: [
        (Data("%PDF-1.7\n%âãÏÓ".utf8), "reports/x.pdf",
         "report 'reports/x.pdf' is a PDF, not text; convert it first: pdftotext -layout 'reports/x.pdf' 'reports/x.txt'"),
        (Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), "báo cáo's.docx",
         "report 'báo cáo's.docx' is a zipped document (.docx, .odt, .xlsx), not text; "
            + "convert it first: pandoc 'báo cáo'\\''s.docx' -t markdown -o 'báo cáo'\\''s.md'"),
        (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00]), "old.doc",
         "report 'old.doc' is an old Word or Excel file (.doc, .xls), not text; "
            + "convert it first: libreoffice --headless --convert-to docx 'old.doc', then pandoc"),
    ] as [(Data, String, String)])
    func notText(_ bytes: Data, _ path: String, _ message: String) {
        do {
            _ = try ReportReader.read(data: bytes, name: "x", path: path)
            Issue.record("\(path) was read")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("a byte-order mark opens no text, and UTF-16 with its mark reads as UTF-8 does", arguments: [
        Data([0xEF, 0xBB, 0xBF]) + Data(Self.header.utf8),
        Data([0xFF, 0xFE]) + Data(Self.header.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        Data([0xFE, 0xFF]) + Data(Self.header.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
    ])
    func byteOrderMarks(_ bytes: Data) throws {
        let document = try ReportReader.read(data: bytes, name: "bom", path: "bom.md")
        #expect(document.header.placeKind == "xã")
        #expect(document.header.place == "Tân Lập")
        #expect(document.paragraphs.first?.location.column == 1)
    }

    /// A report's first lines, its issuer's kind on the first.
    static let header = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 12/BC-UBND\n\nTân Lập, ngày 2 tháng 12 năm 2026\n\nI. KẾT QUẢ\n\nThu 5 tỷ đồng.\n"

    @Test func directory() {
        #expect(throws: ReportError.isDirectory(path: NSTemporaryDirectory())) { try ReportReader.read(path: NSTemporaryDirectory()) }
    }

    @Test func missingFile() {
        #expect(throws: ReportError.unreadable(path: "/no/such/report.md", reason: "no such file")) { try ReportReader.read(path: "/no/such/report.md") }
    }

    @Test("a report with no headings still reads its paragraphs")
    func noHeadings() {
        let document = ReportReader.read(text: "Doanh thu du lịch đạt 5 tỷ đồng.\n\nKhông có tiêu đề.", name: "flat")
        #expect(document.sections.isEmpty)
        #expect(document.paragraphs.count == 2)
        #expect(document.path(of: document.paragraphs[0].section) == "")
    }

    @Test("a 5 MB report reads without trouble")
    func largeReport() throws {
        let text = try String(contentsOfFile: EmbeddedReport.path!, encoding: .utf8)
        let copies = (5 << 20) / text.utf8.count + 1
        let big = String(repeating: text + "\n\n", count: copies)
        let document = ReportReader.read(text: big, name: "big")
        #expect(document.paragraphs.count > 300 * copies / 2)
    }

    @Test("the embedded report is found without a resource bundle")
    func embedded() throws {
        let path = try #require(EmbeddedReport.path)
        #expect(path.hasSuffix(".md"))
        #expect(FileStatus.exists(path))
    }

    @Test("reading in the arena's room changes nothing read")
    func readingInTheArena() throws {
        IngestArena.reserve(forTextBytes: 4 << 20)
        let text = try #require(EmbeddedReport.path.map { try String(contentsOfFile: $0, encoding: .utf8) })
        let corpus = Array(repeating: text, count: 10).joined(separator: "\n\n")
        let document = ReportReader.read(text: corpus, name: "corpus")
        #expect(document.paragraphs.count == ReportReader.read(text: text, name: "report").paragraphs.count * 10)
    }
}
