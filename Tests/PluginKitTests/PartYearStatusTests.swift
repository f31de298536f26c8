import Testing
import TestSupport
import Report
import Facts
import FactReading
@testable import PluginKit

/// A report of part of a year is set against the year's plan: short of it
/// by arithmetic is work in progress, not a shortfall; the report's own
/// verdict and a plan already passed still count.
@Suite("Status in a report of part of a year")
struct PartYearStatusTests {
    static func value(_ path: String, title: String, results: String, plan: String = "") -> IndicatorValue? {
        let text = """
        UBND HUYỆN ĐÌNH SƠN

        Số: 12/BC-UBND

        Đình Sơn, ngày 20 tháng 9 năm 2025

        BÁO CÁO

        \(title)

        I. KẾT QUẢ THỰC HIỆN

        \(results)

        II. NHIỆM VỤ TRỌNG TÂM

        \(plan.isEmpty ? "Tiếp tục triển khai các nhiệm vụ." : plan)

        """
        let document = ReportReader.read(text: text, name: "t")
        return Reports.catalog(FactStore(documents: [document])).resolver.value(at: path)
    }

    static let nineMonths = "Tình hình kinh tế - xã hội 9 tháng đầu năm 2025; nhiệm vụ 3 tháng cuối năm 2025"
    static let year = "Tình hình kinh tế - xã hội năm 2025; kế hoạch năm 2026"
    static let planted = "Trồng rừng tập trung được 420 ha, đạt 84% kế hoạch."

    @Test("after the month's figure, a clause on the months up to it goes on with the same name", arguments: [
        ("economy.exports", "Kim ngạch xuất khẩu tháng 5 ước đạt 138 triệu USD; cộng dồn 5 tháng đạt 664 triệu USD.", "664 triệu USD"),
        ("economy.cpi", "Chỉ số giá tiêu dùng tháng 5 giảm 0,12% so với tháng trước; bình quân 5 tháng tăng 2,9% so với cùng kỳ.", "2,9%"),
        ("security.traffic.accidents", "Trong tháng xảy ra 5 vụ tai nạn giao thông; từ đầu năm đến nay xảy ra 27 vụ.", "27 vụ"),
        ("economy.enterprises.new", "Trong tháng có 39 doanh nghiệp thành lập mới; tính từ đầu năm có 198 doanh nghiệp.", "198 doanh nghiệp"),
        ("security.traffic.accidents", "Tai nạn giao thông trong tháng 2 vụ, làm chết 1 người; 5 tháng xảy ra 11 vụ, làm chết 7 người.", "11 vụ"),
    ])
    func monthsAfterTheMonth(_ path: String, _ sentence: String, _ expected: String) throws {
        let value = try #require(Self.value(path, title: "Tình hình kinh tế - xã hội tháng 5 và 5 tháng năm 2025", results: sentence))
        #expect(value.actual?.formattedValue() == expected)
    }

    @Test("after part of a year the period's own figure is the value, not the whole year's projection beside it; after a year, the estimate")
    func wholeYearProjection() throws {
        let results = "Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 48,2 tỷ đồng, bằng 71% dự toán; ước cả năm đạt 70 tỷ đồng, bằng 103% dự toán."
        let partYear = try #require(Self.value("economy.budget.revenue", title: Self.nineMonths, results: results))
        #expect(partYear.actual?.formattedValue() == "48,2 tỷ đồng")
        #expect(partYear.status == .inProgress)
        let year = try #require(Self.value("economy.budget.revenue", title: Self.year, results: results))
        #expect(year.actual?.formattedValue() == "70 tỷ đồng")
        // The plan part's `cả năm` is the year's target, whatever the period.
        let target = try #require(Self.value("economy.budget.revenue", title: Self.nineMonths, results: results,
                                              plan: "Phấn đấu cả năm thu ngân sách trên 72 tỷ đồng."))
        #expect(target.target?.formattedValue() == "72 tỷ đồng")
        // A table's column of the whole year's estimate beside the period's.
        let table = """
        | TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện 9 tháng | Ước thực hiện cả năm | So với KH (%) |
        |---|---|---|---|---|---|---|
        | 1 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 120 | 84,6 | 125 | 104,2 |
        """
        let fromTable = try #require(Self.value("economy.budget.revenue", title: Self.nineMonths, results: table))
        #expect(fromTable.actual?.formattedValue() == "84,6 tỷ đồng")
        // The year's plan is the period's figure's plan: on its way to it.
        #expect(fromTable.plan?.value == 120 && fromTable.status == .inProgress)
        // After a year, the whole year's figure after the months' is the value, whatever the rule prefers.
        let planted = try #require(Self.value("economy.agriculture.forest_planted", title: Self.year,
                                              results: "Trồng rừng 11 tháng được 640 ha; ước cả năm đạt 910 ha, bằng 101% kế hoạch."))
        #expect(planted.actual?.formattedValue() == "910 ha")
        // … found by the months' verb and noun, or after a clause of another thing's whole year, which it is not.
        let arrivals = try #require(Self.value("economy.tourism.arrivals", title: Self.year,
                                               results: "11 tháng đón 84.300 lượt khách; cả năm ước 95.000 lượt."))
        #expect(arrivals.actual?.formattedValue() == "95.000 lượt")
        let months = try #require(Self.value("economy.agriculture.forest_planted", title: Self.year,
                                             results: "Trồng rừng 11 tháng được 640 ha; diện tích lúa cả năm 3.900 ha."))
        #expect(months.actual?.formattedValue() == "640 ha")
        #expect(try #require(Self.value("economy.agriculture.forest_planted", title: Self.nineMonths,
                                        results: "Trồng rừng 9 tháng được 640 ha; ước cả năm đạt 910 ha.")).actual?.formattedValue() == "640 ha")
        // What the plan of the months left asks for to complete the year's plan is no target: the year's plan is.
        let rest = "Phấn đấu trồng mới 560 ha rừng tập trung để hoàn thành kế hoạch năm."
        let afterNine = try #require(Self.value("economy.agriculture.forest_planted", title: Self.nineMonths,
                                                results: "Trồng rừng tập trung được 2.440 ha, đạt 81,3% kế hoạch năm (kế hoạch giao 3.000 ha).",
                                                plan: rest))
        #expect(afterNine.target == nil)
        #expect(afterNine.plan?.value == 3000)
        let nextYear = try #require(Self.value("economy.agriculture.forest_planted", title: Self.year,
                                               results: "Trồng rừng tập trung được 2.990 ha.", plan: rest))
        #expect(nextYear.target?.formattedValue() == "560 ha")
        // … nor what the plan says is left (`còn lại`).
        let left = try #require(Self.value("economy.agriculture.rice_area", title: Self.nineMonths,
                                           results: "Vụ Hè Thu xuống giống 6.420 ha lúa, đạt 101,3% kế hoạch.",
                                           plan: "Tập trung xuống giống dứt điểm 1.250 ha lúa Thu Đông còn lại."))
        #expect(left.actual?.formattedValue() == "6.420 ha" && left.target == nil)
        // A commune founded in July reports its last months at the year's end: the whole year's figure is its own.
        let lastMonths = try #require(Self.value("economy.agriculture.grain_output",
                                                 title: "Kết quả hoạt động từ ngày 01/7/2025 đến ngày 31/12/2025; nhiệm vụ năm 2026",
                                                 results: "Sản lượng lương thực cả năm ước đạt 9.640 tấn."))
        #expect(lastMonths.actual?.formattedValue() == "9.640 tấn")
        // The year's end named by its date is the whole year too.
        let dated = try #require(Self.value("land.investment.disbursement_rate", title: Self.nineMonths, results:
            "Giải ngân vốn đầu tư công đạt 61,2% kế hoạch; dự kiến đến 31/12/2026 giải ngân đạt 96% kế hoạch."))
        #expect(dated.actual?.formattedValue() == "61,2%")
        // … and the end of the budget's year (`niên độ`).
        let fiscal = try #require(Self.value("land.investment.disbursement_rate", title: Self.nineMonths, results:
            "Giải ngân vốn đầu tư công đạt 61,2% kế hoạch; dự kiến đến hết niên độ giải ngân đạt 96% kế hoạch."))
        #expect(fiscal.actual?.formattedValue() == "61,2%")
    }

    @Test("a share of plan under 100% after 9 months is in progress; after a year, or its last 6 months, below plan")
    func shareOfPlan() {
        #expect(Self.value("economy.agriculture.forest_planted", title: Self.nineMonths, results: Self.planted)?.status == .inProgress)
        #expect(Self.value("economy.agriculture.forest_planted", title: Self.year, results: Self.planted)?.status == .belowPlan)
        let lastMonths = "Kết quả thực hiện nhiệm vụ 6 tháng cuối năm 2025; phương hướng năm 2026"
        #expect(Self.value("economy.agriculture.forest_planted", title: lastMonths, results: Self.planted)?.status == .belowPlan)
    }

    @Test("a stated target not yet reached after 9 months is in progress; one passed is reached")
    func statedTarget() {
        #expect(Self.value("social.poor_rate", title: Self.nineMonths,
                           results: "Tỷ lệ hộ nghèo còn 3,8% (mục tiêu 3,5%).")?.status == .inProgress)
        #expect(Self.value("social.poor_rate", title: Self.nineMonths,
                           results: "Tỷ lệ hộ nghèo còn 3,2% (mục tiêu 3,5%).")?.status == .reachedPlan)
    }

    @Test("the report's own verdict stands whatever the period")
    func verdict() {
        #expect(Self.value("economy.agriculture.forest_planted", title: Self.nineMonths,
                           results: "Trồng rừng tập trung được 420 ha, chưa đạt kế hoạch.")?.status == .missed)
    }

    @Test("a list of the targets missed names the indicator whose words it holds, not one its exclusion words rule out")
    func shortfallList() {
        let results = """
        Có 02 chỉ tiêu chưa đạt (thu ngân sách và tỷ lệ trẻ em suy dinh dưỡng thể thấp còi).

        Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân 6,9%; thể thấp còi 14,6%.
        """
        #expect(Self.value("health.stunting_rate", title: Self.year, results: results)?.status == .missed)
        #expect(Self.value("health.malnutrition_rate", title: Self.year, results: results)?.status == .unknown)
        // The item opens at the comma or `và` before the name: `tỷ lệ hộ nghèo` is the rate, not the households.
        let items = "Có 03 chỉ tiêu không đạt gồm: thu ngân sách, tỷ lệ hộ nghèo và số xã đạt chuẩn nông thôn mới nâng cao."
        #expect(Self.value("social.poor_rate", title: Self.year, results: items)?.status == .missed)
        #expect(Self.value("social.poor_households", title: Self.year, results: items)?.status != .missed)
        // The item ends at the next `và`: the next item's words (`dân số`) do not rule out this one's.
        let pair = """
        Có 02 chỉ tiêu không đạt là tốc độ tăng giá trị sản xuất và tỷ lệ dân số tham gia bảo hiểm y tế.

        Tốc độ tăng giá trị sản xuất đạt 7,6% (KH 8%).
        """
        #expect(Self.value("economy.growth", title: Self.year, results: pair)?.status == .missed)
        // An abbreviation names it as a phrase of several words does (`BHYT`).
        let abbreviated = """
        Có 01 chỉ tiêu không đạt là tỷ lệ tham gia BHYT.

        Tỷ lệ tham gia BHYT đạt 94,2% (kế hoạch 95%).
        """
        #expect(Self.value("health.insurance_coverage", title: Self.year, results: abbreviated)?.status == .missed)
        // The name may come first, with its own shortfall word right after it.
        let own = """
        Năm 2026 hoàn thành 21/24 chỉ tiêu chủ yếu; tốc độ tăng giá trị sản xuất tuy chưa đạt nhưng ở mức khá.

        Tốc độ tăng giá trị sản xuất đạt 7,6% (KH 8%).
        """
        #expect(Self.value("economy.growth", title: Self.year, results: own)?.status == .missed)
        #expect(Self.value("social.poor_rate", title: Self.year, results: own + "\n\nTỷ lệ hộ nghèo còn 3,1% (KH 3,5%).")?.status != .missed)
        // `chưa hoàn thành` says it too; an item opening on `tỷ lệ` names a rate, never the count it is of.
        let unfinished = """
        Có 02 chỉ tiêu chưa hoàn thành, gồm: tỷ lệ che phủ rừng và tỷ lệ trường đạt chuẩn quốc gia.

        Tỷ lệ che phủ rừng đạt 61,8%. Toàn huyện có 33/42 trường đạt chuẩn quốc gia, tỷ lệ 78,6%.
        """
        #expect(Self.value("economy.agriculture.forest_cover_rate", title: Self.year, results: unfinished)?.status == .missed)
        #expect(Self.value("education.schools.national_standard_rate", title: Self.year, results: unfinished)?.status == .missed)
        #expect(Self.value("education.schools.national_standard", title: Self.year, results: unfinished)?.status != .missed)
        // A list a colon opens names its items whatever figures they give in brackets, in the values' own sentence too;
        // a figure outside brackets still ends what the shortfall word lists.
        let bracketed = "Các chỉ tiêu chưa đạt: tỷ lệ che phủ rừng (đạt 61,8%, KH 62%); số xã đạt chuẩn nông thôn mới (đạt 11/15 xã, KH 12 xã)."
        #expect(Self.value("economy.agriculture.forest_cover_rate", title: Self.year, results: bracketed)?.status == .missed)
        #expect(Self.value("economy.new_rural.communes", title: Self.year, results: bracketed)?.status == .missed)
        // `là` and `gồm` open such a list as a colon does; `lại` does not.
        let named = "Có 2 chỉ tiêu chưa đạt là tỷ lệ che phủ rừng (đạt 61,8%, KH 62%) và số xã đạt chuẩn nông thôn mới (11/15 xã)."
        #expect(Self.value("economy.agriculture.forest_cover_rate", title: Self.year, results: named)?.status == .missed)
        #expect(Self.value("economy.new_rural.communes", title: Self.year, results: named)?.status == .missed)
        let comprising = named.replacingOccurrences(of: " là ", with: " gồm ")
        #expect(Self.value("economy.new_rural.communes", title: Self.year, results: comprising)?.status == .missed)
        let again = named.replacingOccurrences(of: " là ", with: " lại ")
        #expect(Self.value("economy.new_rural.communes", title: Self.year, results: again)?.status != .missed)
        let after = "Có 2 chỉ tiêu chưa đạt; tỷ lệ che phủ rừng đạt 61,8%, số xã đạt chuẩn nông thôn mới 11/15 xã."
        #expect(Self.value("economy.new_rural.communes", title: Self.year, results: after)?.status != .missed)
        // A `;` with no colon before it ends the shortfall's clause: what follows is no item of it.
        let clause = "Tỷ lệ hộ nghèo còn 2,4%, chưa hoàn thành chỉ tiêu giảm nghèo; giải quyết việc làm cho 1.350 lao động."
        #expect(Self.value("social.poor_rate", title: Self.year, results: clause)?.status == .missed)
        #expect(Self.value("security.petitions.resolved", title: Self.year, results: clause)?.status != .missed)
    }

    @Test("an item of a list of targets that closes on its verdict gives it to the indicator its head names, whose value is elsewhere")
    func closingVerdict() {
        let results = """
        5. Tỷ lệ hộ nghèo giảm: 1,3% (KH: giảm 1,5%) - Không đạt.

        Cuối năm tỷ lệ hộ nghèo còn 3,4%, hộ cận nghèo còn 4,2%.
        """
        #expect(Self.value("social.poor_rate", title: Self.year, results: results)?.status == .missed)
        #expect(Self.value("social.near_poor_rate", title: Self.year, results: results)?.status != .missed)
        // A verdict in brackets closes the item as well; an item naming two closes on neither's.
        let bracketed = "Tỷ lệ hộ nghèo giảm 1,3% (không đạt).\n\nCuối năm tỷ lệ hộ nghèo còn 3,4%."
        #expect(Self.value("social.poor_rate", title: Self.year, results: bracketed)?.status == .missed)
        let two = "Tỷ lệ hộ nghèo giảm 1,3%, tỷ lệ hộ cận nghèo giảm 0,4%, không đạt.\n\nCuối năm tỷ lệ hộ nghèo còn 3,4%."
        #expect(Self.value("social.poor_rate", title: Self.year, results: two)?.status != .missed)
        // A name that is not the item's head is no subject of its verdict.
        let later = "Thu ngân sách tăng, tỷ lệ hộ nghèo giảm 1,3% - không đạt.\n\nCuối năm tỷ lệ hộ nghèo còn 3,4%."
        #expect(Self.value("social.poor_rate", title: Self.year, results: later)?.status != .missed)
    }

    @Test("a share of plan after the whole year projected is the projection's, not the period's figure before it")
    func projectedYearShare() throws {
        let results = "Đến 30/9 giải ngân vốn đầu tư công 264 tỷ đồng, ước cả năm giải ngân 100% kế hoạch."
        let value = try #require(Self.value("land.investment.disbursed", title: Self.nineMonths, results: results))
        #expect(value.actual?.formattedValue() == "264 tỷ đồng")
        #expect(value.attainment == nil && value.status != .met)
        // A projection's own share stays its own.
        let budget = "Thu ngân sách 9 tháng đạt 141 tỷ đồng; ước cả năm đạt 188 tỷ đồng, bằng 104% dự toán."
        let store = FactStore(documents: [ReportReader.read(text: "Số: 12/BC-UBND\n\nBÁO CÁO\n\n\(Self.nineMonths)\n\nI. KẾT QUẢ\n\n"
                                                            + budget + "\n", name: "t")])
        let projection = try #require(store.facts.first { $0.text == "188 tỷ đồng" })
        #expect(projection.comparison(.percentOfEstimate)?.value == 104)
    }

    @Test("the plan part of a 9-month report is for the same year; of a year's report, for the next")
    func targetName() {
        let plan = "- Trồng rừng tập trung 500 ha."
        #expect(Self.value("economy.agriculture.forest_planted", title: Self.nineMonths, results: Self.planted, plan: plan)?
            .targetName == "this year's target")
        #expect(Self.value("economy.agriculture.forest_planted", title: Self.year, results: Self.planted, plan: plan)?
            .targetName == "next year's target")
    }
}
