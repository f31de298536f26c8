import Testing
import Platform
@testable import Report
import TestSupport

/// Headers in the many ways places lay them out: who issues the report and
/// for which place, its number and date, a title over two lines, a header
/// in a table or in a PDF's columns.
extension ReportMeaningTests {
    @Test("a body under the place's council, on the line after it, is no part of the place's name")
    func bodyUnderCouncil() {
        let department = ReportReader.read(text: "UBND TỈNH CAO BẰNG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 2150/BC-SVHTTDL\n\n"
                                           + "BÁO CÁO\n\nTổng kết công tác năm 2025\n\nNội dung.\n", name: "t").header
        #expect(department.place == "Cao Bằng" && department.placeKind == "tỉnh")
        // A statistics office, a social insurance office, a treasury: bodies too.
        for body in ["THỐNG KÊ TỈNH CAO BẰNG", "CỤC THỐNG KÊ", "BẢO HIỂM XÃ HỘI TỈNH", "KHO BẠC NHÀ NƯỚC"] {
            let header = ReportReader.read(text: "UBND TỈNH CAO BẰNG\n\(body)\n\nSố: 318/BC-TK\n\nBÁO CÁO\n\nTình hình tháng 10 năm 2025\n\nNội dung.\n",
                                           name: "t").header
            #expect(header.place == "Cao Bằng", "\(body)")
        }
        // … and with no council over it, the body is the issuer, its place the report's.
        for (body, place) in [("THỐNG KÊ TỈNH KHÁNH HÒA", "Khánh Hòa"), ("SỞ TÀI CHÍNH TỈNH ĐẮK LẮK", "Đắk Lắk"), ("CỤC THỐNG KÊ", nil)] {
            let header = ReportReader.read(text: "\(body)\n\nSố: 318/BC-TK\n\nBÁO CÁO\n\nTình hình tháng 10 năm 2025\n\nNội dung.\n",
                                           name: "t").header
            #expect(header.issuer == body && header.place == place, "\(body)")
        }
        // A place whose name holds such a word keeps it.
        for (issuer, place) in [("UBND THÀNH PHỐ HẢI PHÒNG", "Hải Phòng"), ("UBND XÃ HOÀNG VĂN THỤ", "Hoàng Văn Thụ")] {
            let header = ReportReader.read(text: "\(issuer)\n\nSố: 5/BC-UBND\n\nBÁO CÁO\n\nTình hình năm 2025\n\nNội dung.\n", name: "t").header
            #expect(header.place == place)
        }
    }

    @Test("a township, a special zone, a council, a Party committee and a numbered ward issue a place's report too", arguments: [
        ("UBND THỊ TRẤN CẦU GIÁT", "Cầu Giát", "thị trấn"), ("ỦY BAN NHÂN DÂN ĐẶC KHU VÂN ĐỒN", "Vân Đồn", "đặc khu"),
        ("HĐND HUYỆN CAO LỘC", "Cao Lộc", "huyện"), ("HUYỆN ỦY CAO LỘC", "Cao Lộc", "huyện"),
        ("THÀNH ỦY LẠNG SƠN", "Lạng Sơn", "thành phố"), ("ĐẢNG ỦY XÃ TÂN LẬP", "Tân Lập", "xã"),
        // A place named by its number is called with its kind.
        ("ỦY BAN NHÂN DÂN PHƯỜNG 12", "Phường 12", "phường"), ("UBND QUẬN 3", "Quận 3", "quận"),
    ])
    func otherPlaceKinds(_ issuer: String, _ place: String, _ kind: String) {
        let header = ReportReader.read(text: "\(issuer)\n\nSố: 5/BC-UBND\n\nBÁO CÁO\n\nTình hình năm 2025\n\nNội dung.\n", name: "t").header
        #expect(header.place == place && header.placeKind == kind)
    }

    @Test("a Party committee under its Party organisation, naming only the kind of place, gets the name from the date's line")
    func partyCommitteeUnderOrganisation() {
        let header = ReportReader.read(text: "ĐẢNG BỘ XÃ PHÚ NAM\nĐẢNG ỦY XÃ\n*\nSố 41-BC/ĐU    Phú Nam, ngày 28 tháng 11 năm 2026\n\n"
                                       + "BÁO CÁO\nkết quả lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2026\n\nNội dung.\n", name: "t").header
        #expect(header.place == "Phú Nam" && header.placeKind == "xã")
        #expect(header.issuer == "ĐẢNG ỦY XÃ")
    }

    @Test("a note in brackets closing the title is no part of it, nor is a date inside it the report's; a period in brackets is the title's",
          arguments: [
              ("Tình hình kinh tế - xã hội 6 tháng đầu năm 2026", "(Số liệu ước tính đến ngày 15/6/2026)", false),
              ("Tình hình kinh tế - xã hội 6 tháng đầu năm 2026", "(Tài liệu phục vụ kỳ họp thứ Mười HĐND huyện)", false),
              ("Tình hình kinh tế - xã hội 6 tháng đầu năm 2026", "(Dự thảo lần 2)", false),
              ("Kết quả thực hiện nhiệm vụ kinh tế - xã hội", "(từ ngày 01/7/2026 đến 31/12/2026)", true),
          ])
    func closingNoteOfTitle(_ line: String, _ note: String, _ titlesPeriod: Bool) {
        let header = ReportReader.read(text: "UBND HUYỆN TIÊN YÊN\nSố: 12/BC-UBND\n\nBÁO CÁO\n\(line)\n\(note)\n\n## I. KINH TẾ\n\nNội dung.\n",
                                       name: "t").header
        #expect(header.title == (titlesPeriod ? line + " " + note : line))
        #expect(header.period == (titlesPeriod ? .lastMonths(6) : .months(6)))
        #expect(header.date == nil)
    }

    @Test("a date in figures on the place's line, and the kind of report after `BÁO CÁO`, are read as the header's")
    func dateInFiguresAndReportKind() {
        let header = ReportReader.read(text: "UBND HUYỆN KIM SƠN\n\nSố: 88/BC-UBND\n\nKim Sơn, ngày 05/12/2025\n\nBÁO CÁO TÓM TẮT\n\n"
                                       + "Kết quả thực hiện nhiệm vụ quý III năm 2025\n\nNội dung.\n", name: "t").header
        #expect(header.date == "2025-12-05")
        #expect(header.title == "Kết quả thực hiện nhiệm vụ quý III năm 2025")
        #expect(header.period == .quarter(3))
        // A sentence of the body that opens on a date in figures names no place, and is no header's date.
        let body = ReportReader.read(text: "Số: 9/BC-UBND\n\nBÁO CÁO\n\nTình hình năm 2025\n\nNgày 12/02/2025, huyện tổ chức lễ giao quân.\n",
                                     name: "t").header
        #expect(body.date == nil)
    }

    @Test("an issuer over two lines, a number with spaces, a place line without its kind")
    func headerOverSeveralLines() {
        let twoLines = ReportReader.read(text: "ỦY BAN NHÂN DÂN\n\nHUYỆN SƠN THỦY\n\nSố:    215  /BC-UBND\n\nSơn Thủy, ngày  28  tháng 6 năm 2025\n\n"
                                         + "BÁO CÁO\n\nKết quả 6 tháng đầu năm;\n\nPhương hướng nhiệm vụ 6 tháng cuối năm 2025\n\nI. KINH TẾ\n\nNội dung.\n",
                                         name: "t").header
        #expect(twoLines.issuer == "ỦY BAN NHÂN DÂN HUYỆN SƠN THỦY")
        #expect(twoLines.place == "Sơn Thủy" && twoLines.placeKind == "huyện")
        #expect(twoLines.number == "215/BC-UBND" && twoLines.date == "2025-06-28")
        #expect(twoLines.period == .months(6) && twoLines.year == 2025)
        let placeLine = ReportReader.read(text: "Số: 9/BC-UBND\n\nĐồng Tâm, ngày 3 tháng 1 năm 2026\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\nNội dung.\n",
                                          name: "t").header
        #expect(placeLine.place == "Đồng Tâm" && placeLine.placeKind == nil)
    }

    @Test("a commune's or ward's report under its superior body: the lower body issues it")
    func superiorBody() {
        for lines in ["UBND TỈNH THÁI NGUYÊN\nUBND PHƯỜNG PHAN ĐÌNH PHÙNG", "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\nỦY BAN NHÂN DÂN\nPHƯỜNG PHAN ĐÌNH PHÙNG"] {
            let header = ReportReader.read(text: lines + "\nSố: 87/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025 của UBND phường\n\n"
                                           + "Tổng thu ngân sách đạt 96,8 tỷ đồng.\n", name: "t").header
            #expect(header.issuer?.hasSuffix("PHƯỜNG PHAN ĐÌNH PHÙNG") == true, "\(header.issuer ?? "")")
            #expect(header.place == "Phan Đình Phùng" && header.placeKind == "phường")
            #expect(header.title == "Kết quả thực hiện nhiệm vụ năm 2025 của UBND phường")
        }
    }

    @Test("the rules typed under a header's lines are no part of the issuer or the place")
    func ruledHeader() {
        let header = ReportReader.read(text: "ỦY BAN NHÂN DÂN\nTHỊ XÃ AN LẠC\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                       + "Độc lập - Tự do - Hạnh phúc\n_______________\n\nSố: 1540/BC-UBND\n\n"
                                       + "An Lạc, ngày 05 tháng 12 năm 2025\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\nNội dung.\n",
                                       name: "t").header
        #expect(header.issuer == "ỦY BAN NHÂN DÂN THỊ XÃ AN LẠC")
        #expect(header.place == "An Lạc" && header.placeKind == "thị xã")
        #expect(header.number == "1540/BC-UBND" && header.year == 2025)
    }

    @Test("a header whose lines run together in one paragraph, as converters write a two-column header")
    func linesRunTogether() {
        let header = ReportReader.read(text: "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                       + "Số 45/BC-UBND An Phú, ngày 3 tháng 6 năm 2025\n\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
                                       + "Tổng thu ngân sách đạt 45 tỷ đồng.\n", name: "t").header
        #expect(header.issuer == "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ")
        #expect(header.place == "An Phú" && header.placeKind == "huyện")
        #expect(header.number == "45/BC-UBND" && header.date == "2025-06-03")
        #expect(header.title == "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025")
        #expect(header.period == .months(6) && header.year == 2025)
    }

    @Test("a two-column header a word processor saved as text, its columns parted by tabs", arguments: ["\t", "\t\t"])
    func tabbedColumns(_ tab: String) {
        let header = ReportReader.read(text: "ỦY BAN NHÂN DÂN\(tab)CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ NAM DU\(tab)Độc lập - Tự do - Hạnh phúc\n"
                                       + "Số: 150/BC-UBND\(tab)Nam Du, ngày 15 tháng 12 năm 2026\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026\n\n"
                                       + "Tổng thu ngân sách đạt 14,3 tỷ đồng.\n", name: "t").header
        #expect(header.issuer == "ỦY BAN NHÂN DÂN XÃ NAM DU")
        #expect(header.place == "Nam Du" && header.placeKind == "xã")
        #expect(header.number == "150/BC-UBND" && header.date == "2026-12-15")
        #expect(header.title == "Kết quả thực hiện nhiệm vụ năm 2026")
    }

    @Test("a number and a date in figures on one line, parted by a comma: neither takes the comma")
    func numberCommaDate() {
        let header = ReportReader.read(text: "UBND HUYỆN VĂN QUAN\nSố: 402/BC-UBND, ngày 10/12/2026\n\nBÁO CÁO\n"
                                       + "Tình hình kinh tế - xã hội năm 2026\n\nTổng thu ngân sách đạt 45 tỷ đồng.\n", name: "t").header
        #expect(header.number == "402/BC-UBND" && header.date == "2026-12-10")
        #expect(header.place == "Văn Quan" && header.year == 2026)
    }

    @Test("a header laid out as a table, pipe or HTML, is read from its cells; a table of figures there is none", arguments: [
        "| ỦY BAN NHÂN DÂN<br>HUYỆN AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
            + "| Số: 45/BC-UBND | *An Phú, ngày 3 tháng 6 năm 2025* |\n",
        "<table><tr><td>ỦY BAN NHÂN DÂN<br/>HUYỆN AN PHÚ</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>"
            + "<tr><td>Số: 45/BC-UBND</td><td>An Phú, ngày 3 tháng 6 năm 2025</td></tr></table>\n",
    ])
    func headerTable(_ table: String) {
        let report = ReportReader.read(text: table + "\nBÁO CÁO\n\nTình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
                                       + "Tổng thu ngân sách đạt 45 tỷ đồng.\n", name: "t")
        let header = report.header
        #expect(header.issuer == "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ")
        #expect(header.place == "An Phú" && header.placeKind == "huyện")
        #expect(header.number == "45/BC-UBND" && header.date == "2025-06-03")
        #expect(header.title == "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025")
        #expect(header.period == .months(6) && header.year == 2025)
        // A table of figures at the top is read as one.
        let figures = ReportReader.read(text: "| Chỉ tiêu | Thực hiện 2025 |\n|---|---|\n| Thu ngân sách (tỷ đồng) | 45 |\n", name: "f")
        #expect(figures.paragraphs.contains { $0.text.contains("45") && $0.text.lowercased().contains("thu ngân sách") })
    }

    @Test("a report taken from a PDF, no blank line anywhere: its header, sections and plan part are read")
    func pdfText() {
        let report = ReportReader.read(text: """
            ỦY BAN NHÂN DÂN
            HUYỆN AN LẠC
            Số: 88/BC-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            An Lạc, ngày 2 tháng 12 năm 2026
            BÁO CÁO
            Tình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027
            I. KẾT QUẢ THỰC HIỆN NĂM 2026
            Thu ngân sách trên địa bàn ước đạt 48,2 tỷ đồng, đạt 104% dự toán, tăng
            6,1% so với cùng kỳ.
            II. KẾ HOẠCH NĂM 2027
            Phấn đấu thu ngân sách đạt 50 tỷ đồng.

            """, name: "t")
        let header = report.header
        #expect(header.issuer == "ỦY BAN NHÂN DÂN HUYỆN AN LẠC")
        #expect(header.place == "An Lạc" && header.number == "88/BC-UBND" && header.date == "2026-12-02")
        #expect(header.title == "Tình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027")
        #expect(report.sections.map(\.title) == ["KẾT QUẢ THỰC HIỆN NĂM 2026", "KẾ HOẠCH NĂM 2027"])
        #expect(report.sections.map(\.part) == [.results, .plan])
    }

    @Test("a header copied from a legal library's page: its table of particulars first, `Số:` on a line of its own, a bar between cells, a cell wrapped")
    func headerOfLibraryPage() {
        let header = ReportReader.read(text: """
            ỦY BAN NHÂN DÂN
            XÃ ĐÔNG HƯNG
            -------
            |
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            |
            Số:
            57/BC-UBND
            |
            Đông Hưng, ngày 9
            tháng 12 năm 2026
            |
            BÁO CÁO
            KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026
            I. KẾT QUẢ

            """, name: "t").header
        #expect(header.issuer == "ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG" && header.place == "Đông Hưng")
        #expect(header.number == "57/BC-UBND" && header.date == "2026-12-09")
        #expect(header.title == "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026" && header.year == 2026)
        // The page's own table of the document's particulars before it, and cells wrapped at their width.
        let page = ReportReader.read(text: """
            Báo cáo 57/BC-UBND năm 2026 kết quả thực hiện nhiệm vụ xã Đông Hưng
            Số hiệu:
            |
            57/BC-UBND
            |
            Loại văn bản:
            |
            Báo cáo
            |
            Nơi ban hành:
            |
            Xã Đông Hưng
            |
            Ngày ban hành:
            |
            09/12/2026
            |
            ỦY
            BAN NHÂN DÂN
            XÃ ĐÔNG HƯNG
            |
            CỘNG
            HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            |
            Số:
            57/BC-UBND
            |
            Đông
            Hưng, ngày 9 tháng 12 năm 2026
            |
            BÁO CÁO
            KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026
            I. KẾT QUẢ

            """, name: "t").header
        #expect(page.issuer == "ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG" && page.place == "Đông Hưng" && page.placeKind == "xã")
        #expect(page.number == "57/BC-UBND" && page.date == "2026-12-09")
        #expect(page.title == "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026" && page.year == 2026)
        // `Số:` before a line with no number names none.
        let unnumbered = ReportReader.read(text: "UBND XÃ ĐÔNG HƯNG\nSố:\nĐông Hưng, ngày 9 tháng 12 năm 2026\n\nBÁO CÁO\nTình hình năm 2026\n",
                                           name: "t").header
        #expect(unnumbered.number == nil && unnumbered.date == "2026-12-09")
    }

    @Test("a header laid out in columns by a PDF's text: spaces part the issuer from the national name and motto")
    func headerInColumns() {
        let header = ReportReader.read(text: """
                ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN AN LẠC                                Độc lập - Tự do - Hạnh phúc

               Số: 88/BC-UBND                       An Lạc, ngày 2 tháng 12 năm 2026

                                           BÁO CÁO
                      Tình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027

                I. KẾT QUẢ THỰC HIỆN NĂM 2026

            """, name: "t").header
        #expect(header.issuer == "ỦY BAN NHÂN DÂN HUYỆN AN LẠC")
        #expect(header.place == "An Lạc" && header.placeKind == "huyện")
        #expect(header.number == "88/BC-UBND" && header.date == "2026-12-02")
        #expect(header.title == "Tình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027")
    }

    @Test("a body under the council on a line of its own issues the report, in the council's place")
    func councilBodyOnOwnLine() {
        let header = ReportReader.read(text: "UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH\n\nSố: 45/BC-STC\n\nAn Giang, ngày 3 tháng 7 năm 2026\n\n"
                                       + "BÁO CÁO\nTình hình thu ngân sách 6 tháng đầu năm 2026\n", name: "t").header
        #expect(header.issuer == "UBND TỈNH AN GIANG SỞ TÀI CHÍNH")
        #expect(header.place == "An Giang" && header.placeKind == "tỉnh")
    }

    @Test("a council's committee under the council issues its review of the report, titled by the report reviewed")
    func councilCommittee() {
        let header = ReportReader.read(text: "HỘI ĐỒNG NHÂN DÂN HUYỆN MƯỜNG LA\nBAN KINH TẾ - XÃ HỘI\n\nSố: 17/BC-KTXH\n\n"
                                       + "Mường La, ngày 4 tháng 12 năm 2026\n\nBÁO CÁO THẨM TRA\n"
                                       + "Báo cáo tình hình kinh tế - xã hội năm 2026, kế hoạch năm 2027\n\nNội dung.\n", name: "t").header
        #expect(header.issuer == "HỘI ĐỒNG NHÂN DÂN HUYỆN MƯỜNG LA BAN KINH TẾ - XÃ HỘI")
        #expect(header.place == "Mường La" && header.number == "17/BC-KTXH" && header.date == "2026-12-04")
        #expect(header.title == "Báo cáo tình hình kinh tế - xã hội năm 2026, kế hoạch năm 2027" && header.year == 2026)
    }

    @Test("a congress's political report names the coming term; signed as it opens, it reports the term it closes")
    func termOfOffice() {
        let read = { (date: String) in
            ReportReader.read(text: "ĐẢNG BỘ HUYỆN CAO LỘC\n\nCao Lộc, \(date)\n\nBÁO CÁO CHÍNH TRỊ\n"
                              + "của Ban Chấp hành Đảng bộ huyện trình Đại hội đại biểu lần thứ XXVI, nhiệm kỳ 2025 - 2030\n", name: "t").header
        }
        let political = read("ngày 15 tháng 6 năm 2025")
        #expect(political.period == .years(first: 2020, last: 2025) && political.year == 2025 && political.planYear == 2026)
        // Its targets' heading names the coming term: the plan's part, after the term's results.
        #expect(SectionMeaning.of(heading: "II. MỤC TIÊU NHIỆM KỲ 2025 - 2030", year: 2025, planYear: 2026, inherited: .results) == .plan)
        #expect(SectionMeaning.of(heading: "II. MỤC TIÊU ĐÃ ĐẠT", year: 2025, planYear: 2026, inherited: .results) == nil)
        // Signed as the term closes, the report is on the term it names.
        let closing = read("ngày 20 tháng 5 năm 2030")
        #expect(closing.period == .years(first: 2025, last: 2030) && closing.year == 2030)
    }

    @Test("a body of a lower place under the higher one's issues the report, in the lower place", arguments: [
        ("CÔNG AN TỈNH HÀ NAM\nCÔNG AN HUYỆN KIM BẢNG", "Kim Bảng", "huyện"),
        ("UBND TỈNH HÀ NAM\nCHI CỤC THỐNG KÊ HUYỆN KIM BẢNG", "Kim Bảng", "huyện"),
        ("UBND TỈNH HÀ NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Hà Nam", "tỉnh"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", nil, nil),
    ])
    func lowerBodyOnOwnLine(_ lines: String, _ place: String?, _ kind: String?) {
        let header = ReportReader.read(text: lines + "\n\nSố: 310/BC-CAH\n\nPhủ Lý, ngày 9 tháng 12 năm 2026\n\n"
                                       + "BÁO CÁO\nTổng kết công tác năm 2026\n", name: "t").header
        #expect(header.place == place ?? "Phủ Lý" && header.placeKind == kind)
    }

    @Test("a title goes on to a second line in lower case, not to the first heading, caption or sentence")
    func titleEnd() {
        let read = { (rest: String) in
            ReportReader.read(text: "UBND HUYỆN BẮC SƠN\n\nSố: 7/BC-UBND\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025;\n\n" + rest,
                              name: "t").header.title
        }
        #expect(read("nhiệm vụ, giải pháp năm 2026\n\nI. KINH TẾ\n") == "Tình hình kinh tế - xã hội năm 2025; nhiệm vụ, giải pháp năm 2026")
        #expect(read("I. KẾT QUẢ NĂM 2025\n\nNội dung.\n") == "Tình hình kinh tế - xã hội năm 2025;")
        #expect(read("Biểu: Các chỉ tiêu chủ yếu\n\n| a | b |\n") == "Tình hình kinh tế - xã hội năm 2025;")
        #expect(read("Tổng thu ngân sách đạt 45 tỷ đồng.\n") == "Tình hình kinh tế - xã hội năm 2025;")
    }

    @Test("a title on the same line as BÁO CÁO is the title, and gives the year")
    func titleBesideBaoCao() {
        let header = ReportReader.read(text: "UBND XÃ AN PHÚ\n\nBáo cáo kết quả thực hiện nhiệm vụ 9 tháng năm 2025\n\nI. KINH TẾ\n\nNội dung.\n",
                                       name: "t").header
        #expect(header.title == "Báo cáo kết quả thực hiện nhiệm vụ 9 tháng năm 2025")
        #expect(header.period == .months(9) && header.year == 2025)
    }
}
