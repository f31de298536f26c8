import Testing
import FoundationEssentials
@testable import Report
@testable import Facts
@testable import FactReading
import TestSupport

/// Figures a sentence dates to a year or a span of their own: where a figure
/// moved from, last year's figure beside this year's, a figure of a year
/// before the report's, of a span of years, of one month or quarter of the
/// report's period, or of the year its section names. Each sentence is ours.
@Suite("Figures dated to a year, a span or a part of the period")
struct DatedFigureTests {
    @Test("where a figure moved from, named in a year before the report's last, is no figure of last year")
    func movedFromEarlierYear() throws {
        let store = report("năm 2025",
                           "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2022 xuống còn 2,4%. Tỷ lệ hộ cận nghèo giảm từ 4,1% năm 2024 xuống còn 3,6%.")
        let poor = try fact("2,4%", in: store)
        #expect(poor.comparison(.earlierValue)?.value == Decimal(string: "5.2"))
        #expect(poor.comparison(.previousValue) == nil)
        let from = try fact("5,2%", in: store)
        #expect(from.role == .comparison(.earlierValue))
        #expect(from.qualifiers.contains(.asOf("năm 2022")))
        let nearPoor = try fact("3,6%", in: store)
        #expect(nearPoor.comparison(.previousValue)?.value == Decimal(string: "4.1"))
    }

    @Test("of two figures side by side, each after its own year, the earlier is what the later moved from; a year past the report's is the plan's")
    func figuresDatedSideBySide() throws {
        let store = report("năm 2025",
                           "Tỷ lệ hộ nghèo năm 2024 là 3,2%, năm 2025 còn 2,4%. "
                           + "Năm 2025 thu ngân sách đạt 45 tỷ đồng, trong khi năm 2022 chỉ đạt 31 tỷ đồng. "
                           + "Năm 2025 trồng 120 ha rừng; năm 2026 dự kiến trồng 150 ha.")
        let rate = try fact("2,4%", in: store)
        #expect(rate.comparison(.previousValue)?.value == Decimal(string: "3.2"))
        #expect(try fact("3,2%", in: store).role == .comparison(.previousValue))
        let revenue = try fact("45 tỷ đồng", in: store)
        #expect(revenue.comparison(.earlierValue)?.value == 31)
        #expect(try fact("31 tỷ đồng", in: store).qualifiers.contains(.asOf("năm 2022")))
        #expect(store.facts.filter { $0.unit.symbol == "ha" }.allSatisfy { $0.role == .primary })
        // Next year's plan in brackets beside this year's figure is no target of it; this year's is.
        let planted = report("năm 2025", "Trồng rừng 1.150 ha (kế hoạch năm 2026: 1.200 ha); trồng cây phân tán 42 ha (kế hoạch năm 2025: 40 ha).")
        #expect(try fact("1.150 ha", in: planted).comparison(.target) == nil)
        #expect(try fact("42 ha", in: planted).comparison(.target)?.value == 40)
    }

    @Test("a figure dated alone to a year before the report's is that year's, not one of the year reported on")
    func figureOfAnEarlierYear() throws {
        let store = report("năm 2025",
                           "Doanh thu du lịch năm 2024 đạt 280 tỷ đồng. Năm 2022, xảy ra 12 vụ tai nạn giao thông. "
                           + "Sản lượng đạt 6.412 tấn, tăng 0,8% so với cùng kỳ năm 2024 (bằng 51 tấn). "
                           + "Quy mô kinh tế gấp 1,6 lần năm 2020, đạt 4.200 tỷ đồng. "
                           + "Vốn tiết kiệm chi năm 2024 chuyển sang: 35 tỷ đồng. "
                           + "Có 812/905 hộ được công nhận danh hiệu gia đình văn hóa năm 2024, đạt 89,7%.")
        #expect(try fact("280 tỷ đồng", in: store).role == .comparison(.previousValue))
        let accidents = try fact("12 vụ", in: store)
        #expect(accidents.role == .comparison(.earlierValue))
        #expect(accidents.qualifiers.contains(.asOf("năm 2022")))
        // A year after a comparison's words, right after the figure before, or of money carried over is no figure's own.
        // A year closing the phrase of the figure before, a comma after it, dates nothing after the comma.
        for text in ["51 tấn", "4.200 tỷ đồng", "35 tỷ đồng", "89,7%"] { #expect(try fact(text, in: store).role == .primary, "\(text)") }
    }

    @Test("a change on, or a share of, a year before last (a term's start, by its year or its name) is over the years since, not on last year")
    func earlierYear() throws {
        let store = report("năm 2025",
                           "Thu ngân sách ước đạt 450 tỷ đồng, tăng 12% so với năm 2024 và tăng 65% so với năm 2020. "
                           + "Vốn đầu tư đạt 2.400 tỷ đồng, bằng 180% so với năm 2020. Giá trị sản xuất giảm 4% so với năm 2021.")
        let revenue = try fact("450 tỷ đồng", in: store)
        #expect(revenue.comparison(.changeOnPrevious)?.value == 12)
        #expect(revenue.comparison(.changeOnEarlierYear)?.value == 65)
        #expect(try fact("2.400 tỷ đồng", in: store).comparison(.percentOfEarlierYear)?.value == 180)
        let fall = try fact("4%", in: store)
        #expect(fall.role == .comparison(.changeOnEarlierYear) && fall.value == -4)
        // The term's start named without its year is one too.
        let term = report("năm 2025", "Thu ngân sách đạt 450 tỷ đồng, tăng 45% so với đầu nhiệm kỳ. Vốn đầu tư đạt 2.400 tỷ đồng, "
                          + "tăng 60% so với đầu giai đoạn. Doanh thu đạt 120 tỷ đồng, tăng 9% so với cùng kỳ.")
        #expect(try fact("450 tỷ đồng", in: term).comparison(.changeOnEarlierYear)?.value == 45)
        #expect(try fact("2.400 tỷ đồng", in: term).comparison(.changeOnEarlierYear)?.value == 60)
        #expect(try fact("120 tỷ đồng", in: term).comparison(.changeOnPrevious)?.value == 9)
    }

    @Test("last year's figure right after this year's, dated, in brackets or after a comma, is this year's previousValue")
    func lastYearBeside() throws {
        let store = report("năm 2025",
                           "Thu ngân sách đạt 356 tỷ đồng (năm 2024: 312 tỷ đồng). Doanh thu du lịch đạt 620 tỷ đồng, năm 2024 đạt 540 tỷ đồng. "
                           + "Số hộ nghèo 1.204 hộ, cùng kỳ năm trước 1.500 hộ. Giá trị sản xuất 46 tỷ đồng (năm 2020) lên 72 tỷ đồng.")
        for (figure, previous) in [("356 tỷ đồng", "312"), ("620 tỷ đồng", "540"), ("1.204 hộ", "1500")] {
            #expect(try fact(figure, in: store).comparison(.previousValue)?.value.description == previous, "\(figure)")
        }
        #expect(try fact("312 tỷ đồng", in: store).role == .comparison(.previousValue))
        // A year in brackets closed before the next figure is the figure before's.
        #expect(try fact("72 tỷ đồng", in: store).comparison(.previousValue) == nil)
    }

    @Test("a figure of a span of years ending by the report's is the span's: an average or a total, no figure of the year")
    func figureOfASpanOfYears() throws {
        let store = report("năm 2025",
                           "Tăng trưởng kinh tế năm 2025 đạt 8,3%, bình quân giai đoạn 2021-2025 đạt 7,4%/năm. "
                           + "Trong nhiệm kỳ 2020 - 2025, giải quyết việc làm cho 6.150 lao động. "
                           + "Thu ngân sách 5 năm (2021-2025) đạt 1.310 tỷ đồng. "
                           + "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo giai đoạn 2021-2025, hỗ trợ xây 38 nhà. "
                           + "Kết quả năm học 2024-2025: tỷ lệ tốt nghiệp đạt 98,1%. "
                           + "Giai đoạn 2021-2025, năm 2025 trồng được 310 ha rừng. "
                           + "So với giai đoạn 2016-2020, vốn đầu tư đạt 4.100 tỷ đồng. "
                           + "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2022-2025) còn 2,7%.")
        for text in ["7,4%", "6.150 lao động", "1.310 tỷ đồng"] {
            let figure = try fact(text, in: store)
            #expect(figure.role == .comparison(.periodValue), "\(text)")
            #expect(figure.qualifiers.contains(.asOf(text == "6.150 lao động" ? "giai đoạn 2020-2025" : "giai đoạn 2021-2025")), "\(text)")
        }
        // A programme's name, a school year, a year within the span, a comparison, a standard: the year's own figures.
        for text in ["8,3%", "38 nhà", "98,1%", "310 ha", "4.100 tỷ đồng", "2,7%"] {
            #expect(try fact(text, in: store).role == .primary, "\(text)")
        }
    }

    @Test("a yearly average in percent, with no span named, is a figure of the years, not the year's; in a term's report, the term's own")
    func yearlyAverage() throws {
        let sentence = "Tỷ lệ hộ nghèo giảm bình quân 1,3%/năm, còn 2,6%. Lãi suất cho vay hộ nghèo 6,6%/năm."
        let year = report("năm 2025", sentence)
        let average = try fact("1,3%", in: year)
        #expect(average.role == .comparison(.periodValue))
        #expect(average.qualifiers.contains(.asOf("bình quân mỗi năm")))
        #expect(try fact("2,6%", in: year).role == .primary)
        // `/năm` after a figure with no `bình quân` before it is no average.
        #expect(try fact("6,6%", in: year).role == .primary)
        let term = report("nhiệm kỳ 2020 - 2025", sentence)
        #expect(try fact("1,3%", in: term).role == .primary)
    }

    @Test("a figure of one month or quarter of a report on several is that part's; the report's span after it ends its reach")
    func figureOfAPartOfThePeriod() throws {
        let store = report("quý III và 9 tháng năm 2025",
                           "Quý III, lượng khách ước đạt 84.100 lượt; tính chung 9 tháng đạt 236.800 lượt. "
                           + "Tháng 9 xảy ra 2 vụ tai nạn giao thông, cả năm dự kiến 11 vụ. "
                           + "Thu ngân sách đến hết tháng 9 đạt 116,2 tỷ đồng. "
                           + "Từ tháng 7, cấp 54 giấy phép xây dựng. Ngày 15 tháng 9 năm 2025 khánh thành 3 công trình.")
        let quarter = try fact("84.100 lượt", in: store)
        #expect(quarter.role == .comparison(.periodValue) && quarter.qualifiers.contains(.asOf("trong quý III")))
        let month = try fact("2 vụ", in: store)
        #expect(month.role == .comparison(.periodValue) && month.qualifiers.contains(.asOf("trong tháng 9")))
        // The nine months, the whole year, counted up to a month, since a month, on a day: the report's own.
        for text in ["236.800 lượt", "11 vụ", "116,2 tỷ đồng", "54 giấy phép", "3 công trình"] {
            #expect(try fact(text, in: store).role == .primary, "\(text)")
        }
        // `tháng 9` is a month, not nine of the word after it.
        #expect(!store.facts.contains { $0.text.hasPrefix("9 ") })
        #expect(store.references.contains { $0.text == "9" && $0.kind == .date })
        // In a report of one month, that month's figures are the report's.
        let single = report("tháng 9 năm 2025", "Tháng 9 xảy ra 2 vụ tai nạn giao thông.")
        #expect(try fact("2 vụ", in: single).role == .primary)
        // In a year's report a month is a part only beside the year's own span: elsewhere it says when.
        let year = report("năm 2025", "Sau sắp xếp (tháng 7/2025), toàn xã có 12.400 hộ dân. "
                          + "Tháng 12 đón 9.600 lượt khách, cả năm đón 84.000 lượt khách.")
        #expect(try fact("12.400 hộ dân", in: year).role == .primary)
        #expect(try fact("9.600 lượt khách", in: year).role == .comparison(.periodValue))
        #expect(try fact("84.000 lượt khách", in: year).role == .primary)
        // … or set apart by `riêng`, alone in its sentence.
        let apart = report("năm 2025", "Thu ngân sách đạt 48,6 tỷ đồng. Riêng quý IV, thu được 11,2 tỷ đồng, tăng 27% so với quý III. "
                           + "Riêng trong tháng 12, đón 9.600 lượt khách.")
        #expect(try fact("48,6 tỷ đồng", in: apart).role == .primary)
        #expect(try fact("11,2 tỷ đồng", in: apart).qualifiers.contains(.asOf("trong quý IV")))
        // The part's own change stays its change.
        #expect(try fact("27%", in: apart).role == .comparison(.changeOnPriorPeriod))
        #expect(try fact("9.600 lượt khách", in: apart).role == .comparison(.periodValue))
        // … or set against the month before it.
        let monthly = report("năm 2025", "Doanh thu du lịch tháng 11 ước đạt 12 tỷ đồng, tăng 5% so với tháng trước.")
        #expect(try fact("12 tỷ đồng", in: monthly).qualifiers.contains(.asOf("trong tháng 11")))
        // … or against the quarter before it, named.
        let quarterly = report("năm 2025", "Doanh thu du lịch quý III ước đạt 96 tỷ đồng, tăng 11% so với cùng kỳ và tăng 4% so với quý II.")
        #expect(try fact("96 tỷ đồng", in: quarterly).qualifiers.contains(.asOf("trong quý III")))
    }

    @Test("in a report on a month and the months up to it, `trong tháng` is that month; `cộng dồn`, `từ đầu năm` are the months")
    func theMonthUnnamed() throws {
        let store = report("tháng 5 và 5 tháng năm 2025",
                           "Trong tháng có 41 doanh nghiệp thành lập mới; tính từ đầu năm có 203 doanh nghiệp thành lập mới. "
                           + "Kim ngạch xuất khẩu tháng 5 đạt 131 triệu USD; cộng dồn 5 tháng đạt 655 triệu USD.")
        #expect(try fact("41 doanh nghiệp", in: store).qualifiers.contains(.asOf("trong tháng 5")))
        #expect(try fact("131 triệu USD", in: store).role == .comparison(.periodValue))
        for text in ["203 doanh nghiệp", "655 triệu USD"] { #expect(try fact(text, in: store).role == .primary, "\(text)") }
        // `trong tháng` after the figure, in its own words, says so too.
        let after = report("tháng 5 và 5 tháng năm 2025", "Tiếp nhận 2.140 hồ sơ trong tháng; lũy kế 5 tháng tiếp nhận 9.870 hồ sơ.")
        #expect(try fact("2.140 hồ sơ", in: after).qualifiers.contains(.asOf("trong tháng 5")))
        #expect(try fact("9.870 hồ sơ", in: after).role == .primary)
        // `Trong quý` of the quarter's last month and the months up to it: that quarter.
        let quarter = report("quý II và 6 tháng đầu năm 2025", "Trong quý, đón 48.200 lượt khách; 6 tháng đón 91.500 lượt khách.")
        #expect(try fact("48.200 lượt khách", in: quarter).qualifiers.contains(.asOf("trong quý II")))
        #expect(try fact("91.500 lượt khách", in: quarter).role == .primary)
        // A part opening the sentence reaches past its clause, up to the span's own mention.
        let opening = report("quý III và 9 tháng năm 2025", "Trong quý, xảy ra 4 vụ trộm cắp; 3 vụ tai nạn giao thông làm 2 người chết, "
                             + "lũy kế 9 tháng có 7 vụ tai nạn giao thông.")
        for text in ["4 vụ", "3 vụ", "2 người"] { #expect(try fact(text, in: opening).qualifiers.contains(.asOf("trong quý III")), "\(text)") }
        #expect(try fact("7 vụ", in: opening).role == .primary)
    }

    @Test("a figure in a bracket right after last year named with its year is last year's; after a year before last, not")
    func lastYearNamedBeforeBracket() throws {
        let store = report("năm 2025", "Tăng trưởng kinh tế ước đạt 8,6%, cao hơn mức tăng của cùng kỳ năm 2024 (7,9%). "
                           + "Thu ngân sách đạt 52 tỷ đồng, cao hơn cùng kỳ năm 2023 (41 tỷ đồng).")
        #expect(try fact("8,6%", in: store).comparison(.previousValue)?.value == Decimal(string: "7.9"))
        #expect(try fact("52 tỷ đồng", in: store).comparison(.previousValue) == nil)
    }

    @Test("a change on the same months of another year is on that year, not on an earlier month")
    func changeOnTheSameMonths() throws {
        let store = report("6 tháng đầu năm 2025",
                           "Doanh thu lưu trú đạt 96 tỷ đồng, tăng 7,5% so với 6 tháng đầu năm 2024. "
                           + "Sản lượng điện đạt 41 triệu kWh, tăng 2,8% so với tháng 5 năm 2025. "
                           + "Chỉ số giá tiêu dùng tăng 1,9% so với tháng 12 năm 2024. "
                           + "Doanh thu vận tải đạt 310 tỷ đồng, tăng 30% so với 6 tháng năm 2021.")
        #expect(try fact("96 tỷ đồng", in: store).comparison(.changeOnPrevious)?.value == Decimal(string: "7.5"))
        // A month named, of this year or the last: an earlier month.
        #expect(try fact("2,8%", in: store).role == .comparison(.changeOnPriorPeriod))
        #expect(try fact("1,9%", in: store).role == .comparison(.changeOnPriorPeriod))
        // The same months of a year before last: over the years since.
        #expect(try fact("310 tỷ đồng", in: store).comparison(.changeOnEarlierYear)?.value == 30)
    }

    @Test("in a report on a quarter or a month, a change on that quarter or month of another year is on that year; on another, not")
    func changeOnTheSameQuarter() throws {
        let body = "Doanh thu bán lẻ ước đạt 820 tỷ đồng, tăng 8,2% so với quý I năm 2025. "
            + "Sản lượng điện đạt 12 triệu kWh, giảm 3,1% so với quý IV năm 2025. "
            + "Thu ngân sách đạt 64 tỷ đồng, tăng 5,5% so với quý I/2025, tăng 2,5% so với quý 1 năm 2025."
        for period in ["quý I năm 2026", "3 tháng đầu năm 2026"] {
            let store = report(period, body)
            #expect(try fact("820 tỷ đồng", in: store).comparison(.changeOnPrevious)?.value == Decimal(string: "8.2"), "\(period)")
            #expect(try fact("3,1%", in: store).role == .comparison(.changeOnPriorPeriod), "\(period)")
            for change in ["5,5%", "2,5%"] { #expect(try fact(change, in: store).role == .comparison(.changeOnPrevious), "\(period) \(change)") }
        }
        // In a report on another quarter, the first quarter of last year is another period.
        #expect(try fact("8,2%", in: report("quý II năm 2026", body)).role == .comparison(.changeOnPriorPeriod))
        // A month's report: its month of last year, in either way of writing it; not the month before.
        let month = report("tháng 10 năm 2026", "Doanh thu bán lẻ đạt 512 tỷ đồng, tăng 2,1% so với tháng 9 năm 2026 và tăng 9,8% "
                           + "so với tháng 10 năm 2025. Sản lượng điện đạt 14 triệu kWh, tăng 3,5% so với tháng 10/2025.")
        #expect(try fact("9,8%", in: month).role == .comparison(.changeOnPrevious))
        #expect(try fact("3,5%", in: month).role == .comparison(.changeOnPrevious))
        #expect(try fact("2,1%", in: month).role == .comparison(.changeOnPriorPeriod))
        // The month of last year after a later change is that change's.
        let both = report("tháng 10 năm 2026", "Đón 41.600 lượt khách, giảm 6,2% so với tháng trước, tăng 7,1% so với tháng 10/2025. "
                          + "Thu ngân sách 21 tỷ đồng, tăng 1,5% so với tháng trước và tăng 9% so với tháng 10 năm 2025.")
        #expect(try fact("6,2%", in: both).role == .comparison(.changeOnPriorPeriod))
        #expect(try fact("7,1%", in: both).role == .comparison(.changeOnPrevious))
        #expect(try fact("1,5%", in: both).role == .comparison(.changeOnPriorPeriod))
        // The months up to it, of another year, are last year's too.
        let upTo = report("tháng 10 năm 2026", "Lũy kế 10 tháng, đón 412.000 lượt khách, tăng 8% so với 10 tháng năm 2025.")
        #expect(try fact("8%", in: upTo).role == .comparison(.changeOnPrevious))
    }

    @Test("in a report on the year, a figure of one crop season is that season's; seasons named together or the year after it are not")
    func figureOfASeason() throws {
        let text = "Vụ Đông Xuân gieo cấy 5.120 ha lúa, năng suất 66,4 tạ/ha; vụ Mùa 4.870 ha. "
            + "Gieo trồng lúa Hè Thu được 3.300 ha, cả năm đạt 12.900 ha. "
            + "Vụ Đông Xuân và vụ Mùa cho sản lượng 61.200 tấn. Phát hiện 3 vụ mua bán trái phép chất ma túy."
        let year = report("năm 2025", text)
        for (figure, season) in [("5.120 ha", "vụ Đông Xuân"), ("66,4 tạ/ha", "vụ Đông Xuân"), ("4.870 ha", "vụ Mùa"),
                                 ("3.300 ha", "vụ Hè Thu")] {
            let found = try fact(figure, in: year)
            #expect(found.role == .comparison(.periodValue) && found.qualifiers.contains(.asOf("trong " + season)), "\(figure)")
        }
        for figure in ["12.900 ha", "61.200 tấn", "3 vụ"] { #expect(try fact(figure, in: year).role == .primary, "\(figure)") }
        // In a report on the first half or the last, the season is what the half grew.
        #expect(try fact("5.120 ha", in: report("6 tháng đầu năm 2025", text)).role == .primary)
        #expect(try fact("4.870 ha", in: report("6 tháng cuối năm 2025", text)).role == .primary)
        // The `vụ` of `dịch vụ` is no season (`dịch vụ chiếm`, not `vụ Chiêm`); one after a label's colon is.
        let services = report("năm 2025", "Cơ cấu: công nghiệp chiếm 41%, dịch vụ chiếm 38%. Nông nghiệp: Vụ Mùa gieo trồng 2.050 ha.")
        #expect(try fact("38%", in: services).role == .primary)
        #expect(try fact("2.050 ha", in: services).role == .comparison(.periodValue))
    }

    @Test("a figure of the year its section names is that section's, whatever year the header gives the document")
    func figureOfTheSectionsYear() throws {
        let text = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\n\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2025\n\n"
            + "Năm 2025, thu ngân sách trên địa bàn đạt 86 tỷ đồng. Doanh thu du lịch năm 2024 đạt 95 tỷ đồng.\n"
        let store = FactStore(documents: [ReportReader.read(text: text, name: "t")])
        #expect(try fact("86 tỷ đồng", in: store).role == .primary)
        #expect(try fact("95 tỷ đồng", in: store).role != .primary)
    }

    /// The store of a report whose title gives its period (`năm 2025`, `quý III và 9 tháng năm 2025`) and
    /// whose one section holds `body`.
    @Test("last year's figure further on in its sentence is that of the one figure before it in its unit")
    func lastYearFurtherOn() throws {
        let store = report("năm 2025", "Năm 2025 có 4 vụ cháy, thiệt hại khoảng 380 triệu đồng; năm 2024 có 7 vụ. "
                           + "Năm 2025 trồng 120 ha rừng, 30 ha cây ăn quả với kinh phí 2 tỷ đồng; năm 2024 trồng 95 ha.")
        #expect(try fact("4 vụ", in: store).comparison(.previousValue)?.value == 7)
        // Two figures in its unit before it: whose it is, the sentence does not say.
        #expect(try fact("95 ha", in: store).qualifies == nil)
        #expect(try fact("120 ha", in: store).comparison(.previousValue) == nil)
    }

    @Test("last year's amount after a rate per person is that rate's year before, its per left out")
    func lastYearOfRate() throws {
        let store = report("năm 2025", "Thu nhập bình quân đầu người đạt 71,4 triệu đồng/người/năm (năm 2024 đạt 66,2 triệu đồng).")
        #expect(try fact("71,4 triệu đồng/người/năm", in: store).comparison(.previousValue)?.value == 66.2)
    }

    @Test("a figure of the year's first months, in a report on the year, is as of them; one they are set against is not")
    func firstMonthsOfTheYear() throws {
        let store = report("năm 2025",
                           "Doanh thu du lịch 10 tháng đạt 96 tỷ đồng; dự kiến cả năm đạt 118 tỷ đồng. "
                           + "Khởi công 9 dự án (tăng 4 dự án so với 6 tháng đầu năm): đã hoàn thành 3 dự án. "
                           + "Dự kiến đến hết niên độ giải ngân 214 tỷ đồng.")
        #expect(try fact("96 tỷ đồng", in: store).qualifiers == [.asOf("trong 10 tháng")])
        #expect(try fact("118 tỷ đồng", in: store).qualifiers == [.estimate])
        #expect(try fact("214 tỷ đồng", in: store).qualifiers == [.estimate])
        #expect(try fact("3 dự án", in: store).qualifiers.isEmpty)
        // Projected to a day of the next year, the budget year's close: the year's estimate, to that day.
        let projected = report("năm 2025", "Đến 30/11/2025 giải ngân 80,2 tỷ đồng; dự kiến đến 31/01/2026 giải ngân 120 tỷ đồng. "
                               + "Dự kiến đến 15/12/2025 giải ngân 95 tỷ đồng.")
        #expect(try fact("120 tỷ đồng", in: projected).qualifiers == [.estimate, .asOf("31/01/2026")])
        #expect(try fact("95 tỷ đồng", in: projected).qualifiers == [.asOf("15/12/2025")])
        #expect(try fact("80,2 tỷ đồng", in: projected).qualifiers == [.asOf("30/11/2025")])
        // In a report on nine months, nine months are its own period.
        let nine = report("9 tháng năm 2025", "Doanh thu du lịch 9 tháng đạt 80 tỷ đồng.")
        #expect(try fact("80 tỷ đồng", in: nine).qualifiers.isEmpty)
    }

    @Test("a sentence opening on an occasion gives its figures; in a year's report they are that occasion's, no figure of the year")
    func occasion() throws {
        let sentence = "Trong dịp nghỉ lễ 30/4 - 1/5, toàn huyện đón 12.400 lượt khách, doanh thu 18 tỷ đồng."
        let year = report("năm 2025", sentence)
        let visitors = try fact("12.400 lượt khách", in: year)
        #expect(visitors.role == .comparison(.periodValue))
        #expect(visitors.qualifiers.contains(.asOf("trong dịp nghỉ lễ 30/4 - 1/5")))
        // In a quarter's report the holiday may be most of it: the figure stays one, said to be the holiday's.
        let quarter = try fact("12.400 lượt khách", in: report("quý II năm 2025", sentence))
        #expect(quarter.role == .primary && quarter.qualifiers.contains(.asOf("trong dịp nghỉ lễ 30/4 - 1/5")))
    }

    @Test("a clause that opens on the span from the year's start says so of each of its figures; the month's clause stays the month's")
    func cumulativeClause() throws {
        let store = report("tháng 11 năm 2026",
                           "Trong tháng xảy ra 2 vụ tai nạn giao thông, làm bị thương 1 người; từ đầu năm đến nay xảy ra 9 vụ, "
                           + "làm chết 4 người, bị thương 7 người. Lũy kế 11 tháng thu ngân sách 12,8 tỷ đồng, chi 11,3 tỷ đồng.")
        let cumulative = { (text: String) throws -> Bool in try self.fact(text, in: store).qualifiers.contains(.cumulative) }
        #expect(try !cumulative("2 vụ") && !cumulative("1 người"))
        #expect(try cumulative("9 vụ") && cumulative("4 người") && cumulative("7 người"))
        #expect(try cumulative("12,8 tỷ đồng") && cumulative("11,3 tỷ đồng"))
    }

    @Test("a date a figure is counted to holds for the figures after it that name no time of their own; last year's, the year's end or an estimate stops it")
    func carriedDate() throws {
        let store = report("năm 2026",
                           "Giải ngân vốn đầu tư công đến ngày 20/11 đạt 61,4 tỷ đồng, bằng 84,2% kế hoạch; vốn sự nghiệp giải ngân 3,8 tỷ đồng, "
                           + "đạt 57,1%; cùng kỳ năm trước đạt 52,3%. Tính đến 30/11/2026, thu ngân sách đạt 88 tỷ đồng; ước cả năm đạt "
                           + "104 tỷ đồng, chi ngân sách 91 tỷ đồng.")
        let dated = { (text: String) throws -> Bool in try self.fact(text, in: store).qualifiers.contains { $0.kind == "asOf" } }
        #expect(try dated("61,4 tỷ đồng") && dated("3,8 tỷ đồng") && dated("88 tỷ đồng"))
        #expect(try !dated("52,3%") && !dated("104 tỷ đồng") && !dated("91 tỷ đồng"))
        #expect(try fact("3,8 tỷ đồng", in: store).qualifiers.contains(.asOf("20/11")))
        // … or a month, to its end.
        let month = report("năm 2026", "Đến hết tháng 11, giải ngân được 58,3 tỷ đồng. Tính đến hết tháng 10/2026, thu ngân sách đạt 71 tỷ đồng.")
        #expect(try fact("58,3 tỷ đồng", in: month).qualifiers.contains(.asOf("tháng 11")))
        #expect(try fact("71 tỷ đồng", in: month).qualifiers.contains(.asOf("tháng 10/2026")))
    }

    @Test("a day counted to opens on its digits or on `ngày`; a month, a span and other qualifiers name none")
    func countedDay() {
        #expect(Qualifier.asOf("15/12").countedDay == "15/12")
        #expect(Qualifier.asOf("ngày 30 tháng 11").countedDay == "ngày 30 tháng 11")
        #expect(Qualifier.asOf("tháng 11/2026").countedDay == nil)
        #expect(Qualifier.asOf("trong 10 tháng").countedDay == nil)
        #expect(Qualifier.asOf("").countedDay == nil)
        #expect(Qualifier.estimate.countedDay == nil)
    }

    private func report(_ period: String, _ body: String) -> FactStore {
        FactStore(documents: [ReportReader.read(text: "BÁO CÁO\nTình hình kinh tế - xã hội \(period)\n\nI. KẾT QUẢ\n\n\(body)\n", name: "t")])
    }

    /// The fact of `store` written `text`, which the test requires.
    private func fact(_ text: String, in store: FactStore, sourceLocation: SourceLocation = #_sourceLocation) throws -> Fact {
        try #require(store.facts.first { $0.text == text }, sourceLocation: sourceLocation)
    }
}
