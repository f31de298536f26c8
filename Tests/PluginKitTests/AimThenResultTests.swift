import Testing
import TestSupport
import Report
import Facts
import FactReading
@testable import PluginKit

/// A report on the year often restates its aim and gives the result in one
/// sentence: `Năm 2025, huyện phấn đấu thu ngân sách 180 tỷ đồng; kết quả
/// thu được 171 tỷ đồng`. The aim is the result's plan, and the sentence
/// reports a result, not a plan, though it opens with `phấn đấu`.
@Suite("An aim and its result in one sentence")
struct AimThenResultTests {
    @Test("the figure after the result's words is the value, the aim's its plan", arguments: [
        "Năm 2025, huyện phấn đấu thu ngân sách 164 tỷ đồng; kết quả thu được 158,2 tỷ đồng.",
        "Năm 2025, huyện đề ra mục tiêu thu ngân sách 164 tỷ đồng, kết quả thu được 158,2 tỷ đồng.",
        "Năm 2025 phấn đấu thu ngân sách 164 tỷ đồng; ước thực hiện 158,2 tỷ đồng.",
    ])
    func budget(_ sentence: String) throws {
        let value = try #require(PartYearStatusTests.value("economy.budget.revenue", title: PartYearStatusTests.year, results: sentence))
        #expect(value.actual?.formattedValue() == "158,2 tỷ đồng")
        #expect(value.plan?.value == 164)
        #expect(value.status == .belowPlan)
    }

    @Test("the targets met are counted against the targets set; an aim alone is still the plan's")
    func targetsMet() throws {
        let met = try #require(PartYearStatusTests.value(
            "overview.targets_met", title: PartYearStatusTests.year,
            results: "Năm 2025, huyện phấn đấu thực hiện 17 chỉ tiêu chủ yếu; kết quả có 14 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt."))
        #expect(met.actual?.formattedValue() == "14 chỉ tiêu")
        let aim = try #require(PartYearStatusTests.value("economy.budget.revenue", title: PartYearStatusTests.year,
                                                         results: "Năm 2025, phấn đấu thu ngân sách 172 tỷ đồng."))
        #expect(aim.actual == nil)
    }

    @Test("an aim after its subject or after the year's start is a target, not the rate reached; an effort made aims at nothing",
          arguments: [
        ("Tỷ lệ hộ nghèo đầu năm là 3,84% (142 hộ); phấn đấu cuối năm giảm còn 2,9%.", "3,84%"),
        ("Tỷ lệ hộ nghèo đầu năm 3,84%, phấn đấu đến cuối năm giảm xuống còn 2,9%.", "3,84%"),
        ("Tỷ lệ hộ nghèo năm 2025 phấn đấu giảm còn 2,9%.", nil),
        ("Nhờ nỗ lực phấn đấu của cả hệ thống chính trị, tỷ lệ hộ nghèo giảm còn 2,9%.", "2,9%"),
        ("Qua một năm toàn xã đã phấn đấu giảm tỷ lệ hộ nghèo còn 2,9%.", "2,9%"),
    ] as [(String, String?)])
    func aimAfterSubject(_ sentence: String, _ rate: String?) throws {
        let value = PartYearStatusTests.value("social.poor_rate", title: PartYearStatusTests.year, results: sentence)
        #expect(value?.actual?.formattedValue() == rate)
    }

    @Test("an aim's share of plan is no share of what was done, nor the rate's value")
    func aimShares() throws {
        let rate = try #require(PartYearStatusTests.value(
            "land.investment.disbursement_rate", title: PartYearStatusTests.year,
            results: "Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 71,8% kế hoạch, phấn đấu đến 31/01/2026 giải ngân 100% kế hoạch vốn."))
        #expect(rate.actual?.formattedValue() == "71,8%")
        let revenue = try #require(PartYearStatusTests.value(
            "economy.budget.revenue", title: PartYearStatusTests.year,
            results: "Tổng thu ngân sách ước đạt 318 tỷ đồng, phấn đấu thu vượt 10% dự toán."))
        #expect(revenue.actual?.formattedValue() == "318 tỷ đồng")
        #expect(revenue.attainment == nil)
    }
}
