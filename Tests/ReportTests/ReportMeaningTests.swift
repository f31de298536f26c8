import Testing
import Platform
@testable import Report
import TestSupport

/// A report's header and the meaning of its parts, whatever its heading style.
@Suite("What a report's header and headings say")
struct ReportMeaningTests {
    @Test("the shipped report's header: number, place, date, period and years")
    func shippedHeader() {
        let header = Reports.embedded.header
        #expect(header.number == "1113/BC-UBND")
        #expect(header.place == "Lạng Sơn" && header.placeKind == "thành phố")
        #expect(header.date == "2023-11-24")
        #expect(header.period == .year && header.year == 2023 && header.planYear == 2024)
        #expect(header.title?.hasPrefix("Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023") == true)
    }

    @Test("the shipped report's parts: results, assessment, plan")
    func shippedParts() throws {
        let sections = Reports.embedded.sections
        let meaning = { (title: String) in sections.first { $0.title.hasPrefix(title) }?.meaning }
        #expect(meaning("CÔNG TÁC CHỈ ĐẠO") == .results)
        #expect(meaning("Về kinh tế") == .results)
        #expect(meaning("HẠN CHẾ VÀ NGUYÊN NHÂN") == .assessment)
        #expect(meaning("Chủ đề năm 2024") == .plan)
        #expect(meaning("Các chỉ tiêu kinh tế") == .plan)
        #expect(meaning("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU") == .plan)
    }

    @Test("headings in other styles give the same parts", arguments: [
        ("PHẦN THỨ NHẤT\n\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n\nI. VỀ KINH TẾ\n\nPHẦN THỨ HAI\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n\nI. VỀ KINH TẾ\n", "VỀ KINH TẾ"),
        ("## A. KẾT QUẢ NĂM 2025\n\n### 1. Kinh tế\n\n## B. NHIỆM VỤ NĂM 2026\n\n### 1. Kinh tế\n", "Kinh tế"),
        ("## Phần I. TÌNH HÌNH THỰC HIỆN\n\n### 1. Kinh tế\n\n## Phần II. KẾ HOẠCH NĂM 2026\n\n### 1. Kinh tế\n", "Kinh tế"),
        // Capital letters part a part: they take its meaning, not the plan of a second part.
        ("PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n\nA. LĨNH VỰC KINH TẾ\n\n1. Ngân sách\n\nB. LĨNH VỰC XÃ HỘI\n\n"
         + "PHẦN II. PHƯƠNG HƯỚNG NĂM 2026\n\nA. LĨNH VỰC KINH TẾ\n\n1. Ngân sách\n", "Ngân sách"),
        // Headings whose numbers a word processor lost: a markdown heading opens its section by its `#`s,
        // and a plain line in capitals naming the plan opens the plan's part.
        ("## KẾT QUẢ THỰC HIỆN NĂM 2025\n\n### 1. Kinh tế\n\n## NHIỆM VỤ, GIẢI PHÁP NĂM 2026\n\n### 1. Kinh tế\n", "Kinh tế"),
        ("I. KẾT QUẢ NĂM 2025\n\n1. Kinh tế\n\nNHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2026\n\n1. Kinh tế\n", "Kinh tế"),
        ("I. KẾT QUẢ NĂM 2025\n\n1. Kinh tế\n\n**PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026**\n\n1. Kinh tế\n", "Kinh tế"),
    ] as [(String, String)])
    func otherStyles(_ markdown: String, _ title: String) {
        let document = ReportReader.read(text: "Số: 12/BC-UBND\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\n" + markdown, name: "t")
        let matching = document.sections.filter { $0.title == title }
        #expect(matching.map(\.part) == [.results, .plan], "\(document.sections.map { ($0.heading, $0.meaning as Any) })")
    }

    @Test("parts that name only their topics report results up to the part that names the plan; with none naming it, the second is the plan", arguments: [
        ("PHẦN I. KINH TẾ\n\n1. Nông nghiệp\n\nPHẦN II. VĂN HÓA - XÃ HỘI\n\n1. Y tế\n\nPHẦN III. NHIỆM VỤ NĂM 2026\n\n1. Y tế\n",
         ["Y tế": [ReportPart.results, .plan]]),
        ("PHẦN THỨ NHẤT. KINH TẾ\n\nPHẦN THỨ HAI. QUỐC PHÒNG - AN NINH\n\nPHẦN THỨ BA. XÃ HỘI\n\nPHẦN THỨ TƯ. PHƯƠNG HƯỚNG NĂM 2026\n\nPHẦN THỨ NĂM. TỔ CHỨC THỰC HIỆN\n",
         ["QUỐC PHÒNG - AN NINH": [.results], "XÃ HỘI": [.results], "TỔ CHỨC THỰC HIỆN": [.plan]]),
        ("PHẦN I. KINH TẾ\n\n1. Y tế\n\nPHẦN II. XÃ HỘI\n\n1. Y tế\n", ["Y tế": [.results, .plan]]),
    ] as [(String, [String: [ReportPart]])])
    func topicParts(_ markdown: String, _ parts: [String: [ReportPart]]) {
        let document = ReportReader.read(text: "Số: 12/BC-UBND\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\n" + markdown, name: "t")
        for (title, expected) in parts {
            #expect(document.sections.filter { $0.title == title }.map(\.part) == expected, "\(title): \(document.sections.map { ($0.heading, $0.meaning as Any) })")
        }
    }

    @Test("an appendix after the body is a part of its own, of results unless its words say plan", arguments: [
        ("PHỤ LỤC\n\nBIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025", ReportPart.results),
        ("Phụ lục 02", .results),
        ("## PHỤ LỤC I: KẾT QUẢ MỘT SỐ CHỈ TIÊU", .results),
        ("**PHỤ LỤC II: KẾ HOẠCH NĂM 2026**", .plan),
    ] as [(String, ReportPart)])
    func appendix(_ heading: String, _ part: ReportPart) throws {
        let document = ReportReader.read(text: "Số: 12/BC-UBND\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\n"
                                         + "I. KẾT QUẢ NĂM 2025\n\nThu 5 tỷ đồng.\n\nII. NHIỆM VỤ NĂM 2026\n\nThu 6 tỷ đồng.\n\n"
                                         + "Nơi nhận:\n- Lưu: VT.\n\n\(heading)\n\nDoanh thu du lịch đạt 12 tỷ đồng.\n", name: "t")
        let row = try #require(document.paragraphs.first { $0.text.hasPrefix("Doanh thu du lịch") })
        #expect(document.part(of: row) == part, "\(document.sections.map(\.heading))")
        #expect(document.sections.last?.parent == nil)
    }

    @Test("a sentence that names an appendix opens none")
    func appendixNamed() {
        let document = ReportReader.read(text: "I. KẾT QUẢ NĂM 2025\n\nPhụ lục 01 kèm theo báo cáo này.\n\n"
                                         + "(Chi tiết tại Phụ lục 02)\n\nPhụ lục các chỉ tiêu chủ yếu đính kèm\n", name: "t")
        #expect(document.sections.map(\.heading) == ["I KẾT QUẢ NĂM 2025"])
    }

    @Test("a line in capitals that names no plan, or any line before the body's first section, opens no section")
    func unnumberedLines() {
        let document = ReportReader.read(text: "Số: 12/BC-UBND\n\nBÁO CÁO\n\nTÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2025, NHIỆM VỤ NĂM 2026\n\n"
                                         + "I. KẾT QUẢ NĂM 2025\n\nMỘT SỐ CHỈ TIÊU CHỦ YẾU\n\nTHU NGÂN SÁCH ĐẠT KHÁ\n", name: "t")
        #expect(document.sections.map(\.heading) == ["I KẾT QUẢ NĂM 2025"])
        // A section with no number stands in its children's paths by its title.
        let paths = ReportReader.read(text: "I. KẾT QUẢ\n\n## NHIỆM VỤ NĂM 2026\n\n### 1. Kinh tế\n\nThu 5 tỷ đồng.\n", name: "t")
        #expect(paths.path(of: paths.sections.last?.id) == "NHIỆM VỤ NĂM 2026 › 1 Kinh tế")
        // A topic's heading with no number opens nothing: what follows stays in the plan's section.
        let topic = ReportReader.read(text: "I. KẾT QUẢ\n\nII. NHIỆM VỤ NĂM 2026\n\n## Tình hình chung\n\nThu 5 tỷ đồng.\n", name: "t")
        #expect(topic.sections.map(\.heading) == ["I KẾT QUẢ", "II NHIỆM VỤ NĂM 2026"])
    }

    @Test("a topic named by a plan's words, under the results, is the results'", arguments: [
        "Kế hoạch vốn đầu tư công", "Dân số - kế hoạch hóa gia đình", "Quy hoạch, kế hoạch sử dụng đất",
    ])
    func planTopics(_ title: String) {
        let document = ReportReader.read(text: "Số: 12/BC-UBND\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\n"
                                         + "I. KẾT QUẢ THỰC HIỆN\n\n1. \(title)\n\nII. KẾ HOẠCH NĂM 2026\n\n1. Kế hoạch vốn\n", name: "t")
        #expect(document.sections.filter { $0.title == title }.map(\.part) == [.results])
        #expect(document.sections.filter { $0.title == "Kế hoạch vốn" }.map(\.part) == [.plan])
    }

    @Test("the period and years a title names", arguments: [
        ("Tình hình kinh tế - xã hội năm 2025; kế hoạch năm 2026", ReportPeriod.year, 2025, 2026),
        ("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025, phương hướng 6 tháng cuối năm", .months(6), 2025, 2025),
        ("Tình hình kinh tế - xã hội 9 tháng năm 2025", .months(9), 2025, 2025),
        ("Báo cáo kinh tế - xã hội quý I năm 2026", .quarter(1), 2026, 2026),
        ("Tình hình kinh tế - xã hội tháng 10 năm 2025", .month(10), 2025, 2025),
        ("Tình hình kinh tế - xã hội tháng 10/2025", .month(10), 2025, 2025),
        // The month the plan's words follow is the report's; the one after them, the plan's.
        ("Tình hình kinh tế - xã hội tháng 11; nhiệm vụ trọng tâm tháng 12 năm 2025", .month(11), 2025, 2025),
        ("Kết quả tháng 11, phương hướng nhiệm vụ tháng 12 năm 2025", .month(11), 2025, 2025),
        ("Tình hình kinh tế - xã hội quý III/2025", .quarter(3), 2025, 2025),
        // A year before the one reported on is no plan's: the next year is.
        ("Tình hình kinh tế - xã hội năm 2025 và 5 năm 2021-2025", .year, 2025, 2026),
        ("Kết quả công tác năm 2025 (từ ngày 16/12/2024 đến ngày 15/11/2025)", .year, 2025, 2026),
        ("Tình hình thực hiện nhiệm vụ kinh tế - xã hội 9 tháng, nhiệm vụ 3 tháng cuối năm 2025", .months(9), 2025, 2025),
        // A quarter and the months it closes: the months, as most of its figures are.
        ("Tình hình kinh tế - xã hội quý III và 9 tháng năm 2025; nhiệm vụ quý IV năm 2025", .months(9), 2025, 2025),
        ("Tình hình kinh tế - xã hội quý I, nhiệm vụ 6 tháng đầu năm 2025", .quarter(1), 2025, 2025),
        // … and the last quarter with the year: the year.
        ("Kết quả thực hiện nhiệm vụ quý IV và cả năm 2025", .year, 2025, 2026),
        // … as are months with the year's estimate after them.
        ("Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 11 tháng, ước thực hiện cả năm 2025; kế hoạch năm 2026", .year, 2025, 2026),
        ("Báo cáo kết quả 10 tháng và ước cả năm 2025", .year, 2025, 2026),
        // A commune founded in July reports its first half-year: the last months of the year, whose plan is the next year's.
        ("Kết quả thực hiện nhiệm vụ 6 tháng cuối năm 2025 và phương hướng, nhiệm vụ năm 2026", .lastMonths(6), 2025, 2026),
        // … or names its first and last days.
        ("Kết quả thực hiện nhiệm vụ năm 2025 (từ ngày 01/7/2025 đến ngày 31/12/2025)", .lastMonths(6), 2025, 2026),
        ("Tình hình thực hiện nhiệm vụ từ 01/7/2025 đến hết 30/9/2025", .quarter(3), 2025, 2025),
        ("Kết quả thực hiện nhiệm vụ từ 01/01/2025 đến 30/9/2025", .months(9), 2025, 2025),
        // Months neither from the year's start nor to its end are a span of them, whose plan is the year's.
        ("Kết quả thực hiện nhiệm vụ từ 01/7/2025 đến 31/10/2025", .span(first: 7, last: 10), 2025, 2025),
        // Days that bound no month, quarter or year's end name no period.
        ("Kết quả thực hiện nhiệm vụ từ 15/7/2025 đến 30/9/2025", .year, 2025, 2026),
        // Up to now: to the month of the report's date (2 March 2026, after the year's end).
        ("Kết quả thực hiện nhiệm vụ năm 2025 (từ ngày 01/7/2025 đến nay)", .lastMonths(6), 2025, 2026),
        // A term of years named first is the report's: its year is the last, its plan the next term's first.
        ("Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025, phương hướng 5 năm 2026 - 2030",
         .years(first: 2021, last: 2025), 2025, 2026),
        ("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội giai đoạn 2021-2025", .years(first: 2021, last: 2025), 2025, 2026),
        ("Đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025", .years(first: 2020, last: 2025), 2025, 2026),
        // Counts of months and months' names in words, beside `tháng`; `sau` before a month's number is `after`.
        ("Báo cáo sơ kết sáu tháng đầu năm 2025", .months(6), 2025, 2025),
        ("Tình hình kinh tế - xã hội chín tháng năm 2025", .months(9), 2025, 2025),
        ("Kết quả công tác tháng Chín, nhiệm vụ tháng Mười năm 2025", .month(9), 2025, 2025),
        ("Kết quả công tác tháng Mười Một năm 2025", .month(11), 2025, 2025),
        ("Tình hình thu ngân sách sau tháng 7 năm 2025", .month(7), 2025, 2025),
        // A school year named first is the report's: its year is the one it ends in, its plan the next one's end.
        ("Tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027", .schoolYear, 2026, 2027),
        ("Báo cáo kết quả năm học 2025-2026", .schoolYear, 2026, 2027),
        // A school year named after the year is the year's own item.
        ("Kết quả thực hiện nhiệm vụ năm 2026; tổng kết năm học 2025 - 2026", .year, 2026, 2027),
        // Two years that open no term: eleven years apart.
        ("Kết quả thực hiện Chương trình giai đoạn 2010 - 2021", .year, 2010, 2021),
    ] as [(String, ReportPeriod, Int, Int)])
    func periods(_ title: String, _ period: ReportPeriod, _ year: Int, _ planYear: Int) {
        let header = ReportReader.read(text: "UBND HUYỆN BẮC SƠN\n\nSố: 7/BC-UBND\n\nBẮC SƠN, ngày 2 tháng 3 năm 2026\n\nBÁO CÁO\n\n\(title)\n\nNội dung.\n",
                                       name: "t").header
        #expect(header.period == period && header.year == year && header.planYear == planYear)
        #expect(header.place == "Bắc Sơn" && header.placeKind == "huyện")
        #expect(header.date == "2026-03-02")
    }

    @Test("a month's report whose body counts the months up to it, or from the year's start, is read for them; one that counts nothing further, for its month", arguments: [
        ("Trong tháng thu được 12,3 tỷ đồng; lũy kế 11 tháng đạt 145,6 tỷ đồng.", ReportPeriod.months(11)),
        ("Tính chung 11 tháng, xảy ra 19 vụ tai nạn giao thông.", .months(11)),
        ("Trong tháng thu được 12,3 tỷ đồng.", .month(11)),
        ("Trong tháng xảy ra 2 vụ; lũy kế từ đầu năm 14 vụ.", .months(11)),
        ("Thu được 12,3 tỷ đồng, đưa tổng thu từ đầu năm lên 145,6 tỷ đồng.", .months(11)),
        // A day's month, or another count of months, is no count up to the report's.
        ("Từ ngày 11 tháng 11 đến nay, thu được 12,3 tỷ đồng; 10 tháng đầu năm đạt 133 tỷ đồng.", .month(11)),
    ] as [(String, ReportPeriod)])
    func monthsUpTo(_ body: String, _ period: ReportPeriod) {
        let header = ReportReader.read(text: "UBND HUYỆN BẮC SƠN\n\nSố: 7/BC-UBND\n\nBẮC SƠN, ngày 26 tháng 11 năm 2025\n\nBÁO CÁO\n\n"
                                       + "Tình hình kinh tế - xã hội tháng 11 năm 2025\n\nI. KẾT QUẢ\n\n\(body)\n", name: "t").header
        #expect(header.period == period)
    }

    @Test("a quarter's report whose body counts the months up to its end is read for them; the first quarter, and one that counts nothing further, for the quarter", arguments: [
        ("quý III", "Trong quý thu được 12,4 tỷ đồng; lũy kế 9 tháng đạt 36,8 tỷ đồng.", ReportPeriod.months(9)),
        ("quý III", "Trong quý xảy ra 2 vụ; từ đầu năm đến nay xảy ra 7 vụ.", .months(9)),
        ("quý II", "Lũy kế 6 tháng thu được 24,1 tỷ đồng.", .months(6)),
        ("quý IV", "Tính chung 12 tháng, xảy ra 11 vụ tai nạn giao thông.", .year),
        ("quý III", "Trong quý thu được 12,4 tỷ đồng.", .quarter(3)),
        ("quý I", "Lũy kế từ đầu năm thu được 11,2 tỷ đồng.", .quarter(1)),
    ] as [(String, String, ReportPeriod)])
    func quarterUpTo(_ quarter: String, _ body: String, _ period: ReportPeriod) {
        let header = ReportReader.read(text: "UBND XÃ TÂN AN\n\nSố: 7/BC-UBND\n\nTân An, ngày 26 tháng 9 năm 2025\n\nBÁO CÁO\n\n"
                                       + "Kết quả thực hiện nhiệm vụ \(quarter) năm 2025\n\nI. KẾT QUẢ\n\n\(body)\n", name: "t").header
        #expect(header.period == period)
    }

    @Test("a period counted up to now ends with the month of the report's date")
    func periodUpToNow() {
        let september = ReportReader.read(text: "Số: 5/BC-UBND\n\nAn Phú, ngày 25 tháng 9 năm 2025\n\nBÁO CÁO\n\n"
                                          + "Kết quả thực hiện nhiệm vụ từ ngày 01/7/2025 đến nay\n\nNội dung.\n", name: "t").header
        #expect(september.period == .quarter(3) && september.year == 2025)
        let december = ReportReader.read(text: "Số: 5/BC-UBND\n\nAn Phú, ngày 10 tháng 12 năm 2025\n\nBÁO CÁO\n\n"
                                         + "Kết quả thực hiện nhiệm vụ từ ngày 01/7/2025 đến nay\n\nNội dung.\n", name: "t").header
        #expect(december.period == .lastMonths(6) && december.planYear == 2026)
        let november = ReportReader.read(text: "Số: 5/BC-UBND\n\nAn Phú, ngày 20 tháng 11 năm 2025\n\nBÁO CÁO\n\n"
                                         + "Kết quả thực hiện nhiệm vụ từ ngày 01/7/2025 đến nay\n\nNội dung.\n", name: "t").header
        #expect(november.period == .span(first: 7, last: 11) && november.period.name == "months 7-11" && !november.period.closesYear)
        // Without a date, `đến nay` ends nothing.
        let undated = ReportReader.read(text: "BÁO CÁO\n\nKết quả thực hiện nhiệm vụ từ ngày 01/7/2025 đến nay\n\nNội dung.\n", name: "t").header
        #expect(undated.period == .year)
    }

    @Test("a plan document is titled by the year it plans: its results are of the year before", arguments: [
        ("KẾ HOẠCH\n\nPhát triển kinh tế - xã hội năm 2026", "7/KH-UBND", 2025, 2026),
        ("KẾ HOẠCH Thực hiện nhiệm vụ năm 2026", "7/KH-UBND", 2025, 2026),
        // Known by its number alone, the title under no word of its kind.
        ("Phát triển kinh tế - xã hội năm 2026", "7/KH-UBND", 2025, 2026),
        ("KẾ HOẠCH\n\nĐánh giá kết quả năm 2025, nhiệm vụ phát triển kinh tế - xã hội năm 2026", "7/KH-UBND", 2025, 2026),
        ("KẾ HOẠCH\n\nPhát triển kinh tế - xã hội 5 năm 2026-2030", "7/KH-UBND", 2025, 2026),
        // A report is titled by the year it reports.
        ("BÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025", "7/BC-UBND", 2025, 2026),
    ] as [(String, String, Int, Int)])
    func planDocuments(_ title: String, _ number: String, _ year: Int, _ planYear: Int) {
        let header = ReportReader.read(text: "UBND XÃ AN HÒA\n\nSố: \(number)\n\n\(title)\n\nI. ĐÁNH GIÁ TÌNH HÌNH\n\nNội dung.\n", name: "t").header
        #expect(header.year == year && header.planYear == planYear, "\(header.year as Any) \(header.planYear as Any)")
        #expect(header.period == .year)
        #expect(header.title?.hasPrefix("KẾ") == false)
    }

    @Test("a council's resolution on next year's tasks is a plan: its articles are sections, the one over the year past of results")
    func resolution() throws {
        let document = ReportReader.read(text: "HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN AN\n\nSố: 45/NQ-HĐND\n\nNGHỊ QUYẾT\n"
                                         + "Về nhiệm vụ phát triển kinh tế - xã hội năm 2027\n\nQUYẾT NGHỊ:\n\n"
                                         + "Điều 1. Đánh giá kết quả năm 2026\n\nThu 24 tỷ đồng.\n\n"
                                         + "Điều 2: Chỉ tiêu chủ yếu\n\n1. Thu ngân sách 26 tỷ đồng.\n\n"
                                         + "Điều 3. Tổ chức thực hiện\n\nGiao Ủy ban nhân dân xã thực hiện.\n", name: "t")
        #expect(document.header.year == 2026 && document.header.planYear == 2027)
        #expect(document.header.placeKind == "xã" && document.header.place == "Tân An")
        #expect(document.sections.map(\.numbering) == [.article(1), .article(2), .article(3)])
        #expect(document.sections.map(\.part) == [.results, .plan, .plan])
        #expect(document.path(of: 1) == "Điều 2 Chỉ tiêu chủ yếu")
        // In a report's body a sentence that cites an article opens nothing.
        let cited = ReportReader.read(text: "I. KẾT QUẢ\n\nĐiều 5 Luật Đất đai quy định việc thu hồi đất.\n", name: "t")
        #expect(cited.sections.count == 1)
    }

    @Test("a resolution whose articles open no section (`**Điều 1.** Thông qua … các chỉ tiêu sau:`) sets targets, but where an article assesses the year reported; a report's text outside its sections reports results")
    func unsectionedPlan() throws {
        let body = "**Điều 1.** Thông qua kế hoạch năm 2026 với các chỉ tiêu sau:\n\n1. Thu ngân sách 210 tỷ đồng.\n"
        let resolution = ReportReader.read(text: "HỘI ĐỒNG NHÂN DÂN HUYỆN THANH CHƯƠNG\n\nSố: 45/NQ-HĐND\n\n**NGHỊ QUYẾT**\n\n"
                                           + "**Về kế hoạch phát triển kinh tế - xã hội năm 2026**\n\n" + body, name: "t")
        let target = try #require(resolution.paragraphs.first { $0.text.contains("210 tỷ đồng") })
        #expect(target.section == nil && resolution.isPlan)
        #expect(resolution.part(of: target) == .plan)
        // An article assessing the year reported, run in as the targets' is, reports results up to the plan's.
        let assessed = ReportReader.read(text: "HỘI ĐỒNG NHÂN DÂN HUYỆN THANH CHƯƠNG\n\nSố: 45/NQ-HĐND\n\n**NGHỊ QUYẾT**\n\n"
                                         + "**Về kế hoạch phát triển kinh tế - xã hội năm 2026**\n\n"
                                         + "**Điều 1.** Đánh giá kết quả năm 2025: thu ngân sách đạt 198 tỷ đồng.\n\n"
                                         + "Thu nhập bình quân đầu người 63 triệu đồng.\n\n" + body.replacingOccurrences(of: "Điều 1", with: "Điều 2"), name: "t")
        let parts = assessed.paragraphs.filter { $0.text.contains("đồng") }.map { assessed.part(of: $0) }
        #expect(parts == [.results, .results, .plan])
        let report = ReportReader.read(text: "UBND HUYỆN THANH CHƯƠNG\n\nSố: 512/BC-UBND\n\nBÁO CÁO\n\nKết quả năm 2025\n\nThu ngân sách 198 tỷ đồng.\n", name: "t")
        let result = try #require(report.paragraphs.first { $0.text.contains("198 tỷ đồng") })
        #expect(report.part(of: result) == .results)
    }

    @Test("a plan document's sections set targets, but those whose words or year say they assess results", arguments: [
        ("I. MỤC TIÊU\n\n1. Các chỉ tiêu chủ yếu", "Các chỉ tiêu chủ yếu", ReportPart.plan),
        ("I. NHIỆM VỤ TRỌNG TÂM", "NHIỆM VỤ TRỌNG TÂM", .plan),
        ("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2025", "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2025", .results),
        ("I. TÌNH HÌNH NĂM 2025", "TÌNH HÌNH NĂM 2025", .results),
        ("I. CHỈ TIÊU NĂM 2026", "CHỈ TIÊU NĂM 2026", .plan),
    ] as [(String, String, ReportPart)])
    func planDocumentParts(_ headings: String, _ title: String, _ part: ReportPart) throws {
        let document = ReportReader.read(text: "UBND PHƯỜNG AN HÒA\n\nSố: 7/KH-UBND\n\nKẾ HOẠCH\n\nPhát triển kinh tế - xã hội năm 2026\n\n"
                                         + headings + "\n\nThu ngân sách 52 tỷ đồng.\n", name: "t")
        let section = try #require(document.sections.first { $0.title == title })
        #expect(section.part == part)
    }

    @Test("a paragraph of the results that opens on a label naming the plan's year (then a colon or comma) sets the plan; the year reported, or a part-year report's own year, does not", arguments: [
        ("b) Phương hướng năm 2027: Phấn đấu thu ngân sách 430 tỷ đồng.", "năm 2026", ReportPart.plan),
        ("- Năm 2027: giải quyết việc làm cho 2.800 lao động.", "năm 2026", .plan),
        ("Nhiệm vụ trọng tâm năm 2027: duy trì tỷ lệ che phủ rừng trên 52%.", "năm 2026", .plan),
        ("Năm 2027, huyện phấn đấu thu ngân sách 450 tỷ đồng.", "năm 2026", .plan),
        ("Năm 2026, thu ngân sách đạt 405 tỷ đồng.", "năm 2026", .results),
        ("a) Kết quả năm 2026: thu ngân sách 405 tỷ đồng.", "năm 2026", .results),
        ("- Năm 2026: giải quyết việc làm cho 2.650 lao động.", "năm 2026", .results),
        ("Đến năm 2027: hoàn thành 3 công trình.", "năm 2026", .results),
        ("- Năm 2026: giải quyết việc làm cho 2.650 lao động.", "9 tháng năm 2026", .results),
    ] as [(String, String, ReportPart)])
    func planLabel(_ paragraph: String, _ period: String, _ part: ReportPart) throws {
        let document = ReportReader.read(text: "UBND HUYỆN LỘC NINH\n\nSố: 61/BC-UBND\n\nBÁO CÁO\n\nKết quả \(period)\n\n"
                                         + "1. Tài chính\n\n\(paragraph)\n", name: "t")
        let found = try #require(document.paragraphs.first {
            $0.text.contains("20") && ($0.text.contains(":") || $0.text.contains(",")) && $0.kind == .body
        })
        #expect(document.part(of: found) == part)
    }
}
