import Testing
@testable import Report

@Suite("A report saved as a web page, read as a report's text")
struct HTMLTextTests {
    @Test("a page opens on a tag naming a document or a paragraph; a report's text holding a table or a comment is no page",
          arguments: [
              ("<!DOCTYPE html>\n<html><body><p>Báo cáo</p></body></html>", true),
              ("\u{FEFF}<html xmlns:o=\"urn:office\">\n<head></head>", true),
              ("<p align=\"center\"><b>ỦY BAN NHÂN DÂN</b></p>", true),
              ("<!-- a -->\n<html>", true),
              ("<!-- a -->\nUBND HUYỆN A\n\nSố: 1/BC-UBND", false),
              ("UBND HUYỆN A\n\n<table><tr><td>1</td></tr></table>", false),
              ("<sup>1</sup> Theo báo cáo của Chi cục Thống kê.", false),
          ] as [(String, Bool)])
    func page(_ text: String, _ isPage: Bool) {
        #expect(HTMLText.isPage(text) == isPage)
    }

    @Test("blocks become lines parted by blank lines, each keeping the page's line; a word processor's wrapped paragraph is one line")
    func lines() {
        let page = """
        <html><head><title>BC</title><style>
        p {margin:0}
        </style></head><body>
        <p align=center><b><span>ỦY BAN NHÂN DÂN<br>
        HUYỆN CHỢ MỚI</span></b></p>
        <!--[if gte mso 9]><xml><w:Doc></w:Doc></xml><![endif]-->
        <p class=MsoNormal>Thu ngân sách đạt 41,2&nbsp;tỷ đồng, bằng
        108% dự toán<sup>2</sup> &amp; chi 96 tỷ đồng.</p>
        <h2>I. KẾT QUẢ</h2>
        </body></html>
        """
        let (text, sourceLines) = HTMLText.lines(of: page)
        #expect(text == """
        ỦY BAN NHÂN DÂN
        HUYỆN CHỢ MỚI

        Thu ngân sách đạt 41,2 tỷ đồng, bằng 108% dự toán<sup>2</sup> & chi 96 tỷ đồng.

        I. KẾT QUẢ

        """ + "\n")
        #expect(Array(sourceLines.prefix(4)) == [4, 5, 5, 7])
        #expect(sourceLines[5] == 9)
    }

    @Test("a table is kept whole, its rows on the page's lines; entities by name and number decode, an unknown one stays")
    func tablesAndEntities() {
        let page = "<body>\n<p>Tổng &#8211; chung&#x3A; &foo; 5&lt;6</p>\n<table border=1>\n<tr><td>Khách</td><td>12</td></tr>\n</table>\n</body>"
        let (text, sourceLines) = HTMLText.lines(of: page)
        #expect(text == "Tổng – chung: &foo; 5<6\n\n<table border=1>\n<tr><td>Khách</td><td>12</td></tr>\n</table>\n\n")
        #expect(sourceLines == [2, 2, 3, 4, 5, 5])
    }

    @Test("a page is read as a report: its header, sections, plan part and the page's lines for its facts")
    func document() throws {
        let page = """
        <html><body>
        <p><b>ỦY BAN NHÂN DÂN<br>HUYỆN BA BỂ</b></p>
        <p>Số: 77/BC-UBND</p>
        <p>Ba Bể, ngày 10 tháng 12 năm 2025</p>
        <p><b>BÁO CÁO</b></p>
        <p><b>Kết quả thực hiện nhiệm vụ năm 2025</b></p>
        <p><b>I. KẾT QUẢ ĐẠT ĐƯỢC</b></p>
        <p>Doanh thu du lịch ước đạt
        96,5 tỷ đồng.</p>
        <p><b>II. NHIỆM VỤ NĂM 2026</b></p>
        <p>Phấn đấu đón 200.000 lượt khách.</p>
        </body></html>
        """
        let document = ReportReader.read(text: page, name: "ba-be")
        #expect(document.header.place == "Ba Bể")
        #expect(document.header.number == "77/BC-UBND")
        #expect(document.header.year == 2025)
        let paragraph = try #require(document.paragraphs.first { $0.text.contains("96,5 tỷ đồng") })
        #expect(paragraph.location.line == 8)
        #expect(document.sections.map(\.title) == ["KẾT QUẢ ĐẠT ĐƯỢC", "NHIỆM VỤ NĂM 2026"])
    }

    @Test("Latin-1 letters written by name decode with their case, in text and in tables' cells; so do a plan's bounds")
    func letterEntities() throws {
        let page = "<body>\n<p>Gi&aacute; c&agrave; ph&Ecirc; &dstrok;ạt &frac12;</p>\n</body>"
        #expect(HTMLText.lines(of: page).text == "Giá cà phÊ đạt ½\n\n")
        #expect(HTMLEntities.decoded("Thu nh&#7853;p b&igrave;nh qu&acirc;n &amp; &zz;") == "Thu nhập bình quân & &zz;")
        #expect(HTMLEntities.decoded("&ge; 98%, &le;2%") == "≥ 98%, ≤2%")
    }

    @Test("a portal's heading over the document gives way to its own title; the issuer, number and date after it are read")
    func headingOverDocument() {
        let page = """
        <html><body>
        <div><a href="/">Trang chủ</a></div>
        <h1>Báo cáo kết quả năm 2025 của huyện</h1>
        <p><strong>ỦY BAN NHÂN DÂN HUYỆN BA BỂ</strong></p>
        <p>Số: 77/BC-UBND &nbsp; Ba Bể, ngày 10 tháng 12 năm 2025</p>
        <p><b>I. KẾT QUẢ ĐẠT ĐƯỢC</b></p>
        <p>Doanh thu du lịch ước đạt 96,5 tỷ đồng.</p>
        </body></html>
        """
        let header = ReportReader.read(text: page, name: "ba-be").header
        #expect(header.place == "Ba Bể")
        #expect(header.number == "77/BC-UBND")
        #expect(header.date == "2025-12-10")
        #expect(header.title == "Báo cáo kết quả năm 2025 của huyện")
        let titled = page.replacing("<p><b>I.", with: "<p><b>BÁO CÁO</b></p><p><b>Tình hình năm 2025</b></p><p><b>I.")
        #expect(ReportReader.read(text: titled, name: "ba-be").header.title == "Tình hình năm 2025")
    }

    @Test("a news article on a report, with no issuer, is the place its headline opens on", arguments: [
        ("<html><body><nav>Trang chủ</nav><h1>Huyện Hữu Lũng: 18/20 chỉ tiêu đạt và vượt kế hoạch</h1>"
            + "<p>Năm 2026, thu ngân sách đạt 318 tỷ đồng.</p></body></html>", "huyện", "Hữu Lũng"),
        ("# Thành phố Lạng Sơn hoàn thành 21/23 chỉ tiêu năm 2026\n\nThu ngân sách đạt 1.200 tỷ đồng.\n", "thành phố", "Lạng Sơn"),
        ("Phường 12, năm 2026 có 9/10 chỉ tiêu đạt kế hoạch.\n", "phường", "Phường 12"),
        // Every kind of place that issues reports, its short forms too (``PlaceKind``).
        ("Đặc khu Côn Đảo: thu ngân sách năm 2026 vượt dự toán.\n", "đặc khu", "Côn Đảo"),
        ("TX. Sơn Tây hoàn thành 15/17 chỉ tiêu năm 2026.\n", "thị xã", "Sơn Tây"),
        ("UBND HUYỆN BA BỂ\nSố: 77/BC-UBND\n\nHuyện Hữu Lũng: thu ngân sách đạt 318 tỷ đồng.\n", "huyện", "Ba Bể"),
        ("Tỉnh ta năm 2026 thu ngân sách đạt 3.180 tỷ đồng.\n", nil, nil),
    ] as [(String, String?, String?)])
    func headlinePlace(_ text: String, _ kind: String?, _ place: String?) {
        let header = ReportReader.read(text: text, name: "news").header
        #expect(header.placeKind == kind)
        #expect(header.place == place)
    }

    @Test("a news article's headline is its title, and names its year, the year its plan is for after it")
    func headlineYear() {
        let header = ReportReader.read(text: "# Huyện Hữu Lũng: kinh tế năm 2026 tăng trưởng khá\n\nThu ngân sách đạt 318 tỷ đồng.\n",
                                       name: "news").header
        #expect(header.title == "Huyện Hữu Lũng: kinh tế năm 2026 tăng trưởng khá")
        #expect(header.year == 2026 && header.planYear == 2027)
    }
}
