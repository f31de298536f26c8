import Testing
import TestSupport
import Report
import Facts
import FactReading
@testable import PluginKit

/// A report often says how far a plan was reached and not the figure
/// (`Thu ngân sách đạt 128,4% dự toán`): the indicator then has no value,
/// but a share of plan, an attainment and a status — and only an amount's
/// rule takes one, since a count's noun is what finds it and a share has none.
@Suite("An indicator with a share of plan and no figure")
struct ShareOnlyStatusTests {
    static func value(_ path: String, _ results: String, title: String = PartYearStatusTests.year) -> IndicatorValue? {
        PartYearStatusTests.value(path, title: title, results: results)
    }

    @Test("a share of the estimate, of the plan, or the excess over it, gives the attainment and the status", arguments: [
        ("Thu ngân sách nhà nước trên địa bàn đạt 131,6% dự toán huyện giao.", "131.6", "met", "the budget estimate"),
        ("Giải ngân vốn đầu tư công đạt 87,5% kế hoạch vốn giao.", "87.5", "below plan", "plan"),
        ("Thu ngân sách trên địa bàn vượt 22,4% kế hoạch.", "122.4", "met", "plan"),
    ])
    func shares(_ sentence: String, _ attainment: String, _ status: String, _ of: String) throws {
        let path = sentence.hasPrefix("Giải ngân") ? "land.investment.disbursed" : "economy.budget.revenue"
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual == nil)
        #expect(value.share?.sentence == sentence)
        #expect(value.attainment?.description == attainment)
        #expect(value.status.rawValue == status)
        #expect(value.attainmentOf == of)
        #expect(value.statusBasis?.hasSuffix("it gives this share, not the figure") == true)
        #expect(value.saysAnything)
    }

    @Test("after part of a year a share short of the year's plan is in progress")
    func partYear() throws {
        let value = try #require(Self.value("economy.budget.revenue", "Thu ngân sách đạt 71,3% dự toán năm.",
                                            title: PartYearStatusTests.nineMonths))
        #expect(value.status == .inProgress)
    }

    @Test("in a report on the year, a figure counted to a day or month before its end is in progress", arguments: [
        ("Giải ngân vốn đầu tư công đến ngày 30/11 đạt 146,2 tỷ đồng, bằng 72,4% kế hoạch.", "in progress"),
        ("Đến ngày 15/12/2025, giải ngân vốn đầu tư công 88,1 tỷ đồng, đạt 84,6% kế hoạch.", "in progress"),
        ("Giải ngân vốn đầu tư công 10 tháng đạt 97,3 tỷ đồng, bằng 61,8% kế hoạch.", "in progress"),
        // The year's capital may be disbursed to the next January: counted there, the year is done.
        ("Ước đến ngày 31/01/2026 giải ngân vốn đầu tư công 201,5 tỷ đồng, đạt 94,2% kế hoạch.", "below plan"),
        ("Đến ngày 31/12/2025, giải ngân vốn đầu tư công 201,5 tỷ đồng, đạt 94,2% kế hoạch.", "below plan"),
        ("Giải ngân vốn đầu tư công đạt 201,5 tỷ đồng, bằng 94,2% kế hoạch.", "below plan"),
        // Up to now, in a report signed before the year's end (20/9/2025): so far.
        ("Đến nay, giải ngân vốn đầu tư công 133,6 tỷ đồng, đạt 66,1% kế hoạch.", "in progress"),
        ("Từ đầu năm đến thời điểm báo cáo, giải ngân vốn đầu tư công 133,6 tỷ đồng, đạt 66,1% kế hoạch.", "in progress"),
    ])
    func countedToDate(_ sentence: String, _ status: String) throws {
        let value = try #require(Self.value("land.investment.disbursed", sentence))
        #expect(value.actual != nil)
        #expect(value.status.rawValue == status)
        // `.why` says which day or months the figure was counted to.
        #expect(value.statusBasis?.contains("before the year's end") == (status == "in progress"))
    }

    @Test("a change said beside the share is the change of what it measures")
    func changeBesideShare() throws {
        let value = try #require(Self.value("economy.budget.revenue",
                                            "Thu ngân sách nhà nước ước đạt 57,2% dự toán năm, tăng 9,4% so với cùng kỳ.",
                                            title: PartYearStatusTests.nineMonths))
        #expect(value.actual == nil && value.attainment?.description == "57.2")
        #expect(value.changeDerivation?.quantity.value.description == "9.4")
        #expect(value.changeDerivation?.inputs.map(\.name) == ["economy.budget.revenue.attainment"])
    }

    @Test("a figure comes first: its own share qualifies it, and no share stands apart")
    func figureFirst() throws {
        let value = try #require(Self.value("economy.budget.revenue", "Thu ngân sách đạt 48,6 tỷ đồng, bằng 104,2% dự toán."))
        #expect(value.actual?.formattedValue() == "48,6 tỷ đồng")
        #expect(value.share == nil)
        #expect(value.attainment?.description == "104.2")
    }

    @Test("a count is found by its noun: a share near its words gives it nothing", arguments: [
        ("culture.medals", "Các đội tuyển đạt được 96% kế hoạch đề ra."),
        ("economy.enterprises.new", "Thành lập mới doanh nghiệp đạt 85% kế hoạch."),
    ])
    func counts(_ path: String, _ sentence: String) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual == nil && value.share == nil && value.status == .unknown)
    }

    @Test("a count whose words name it alone takes a share when its spec says so (`share_alone = true`)", arguments: [
        ("Công tác tuyển quân năm 2025 đạt 100% chỉ tiêu trên giao.", "100", "met"),
        ("Giao quân đạt 96% chỉ tiêu được giao.", "96", "below plan"),
    ])
    func countTakingShares(_ sentence: String, _ attainment: String, _ status: String) throws {
        let value = try #require(Self.value("security.defence.recruits", sentence))
        #expect(value.actual == nil && value.share?.sentence == sentence)
        #expect(value.attainment?.description == attainment)
        #expect(value.status.rawValue == status)
    }

    @Test("an amount that is itself a plan takes no share said alone: its words name what the share is of")
    func planTakesNoShare() throws {
        let sentence = "Giải ngân vốn đầu tư công đạt 96,4% kế hoạch vốn tỉnh giao và 100% kế hoạch vốn xã giao."
        let plan = try #require(Self.value("land.investment.capital_plan", sentence))
        #expect(plan.share == nil && plan.status == .unknown)
        let disbursed = try #require(Self.value("land.investment.disbursed", sentence))
        #expect(disbursed.share != nil)
        let cleared = "Công tác giải phóng mặt bằng đạt 85% diện tích cần thu hồi theo kế hoạch."
        let planned = try #require(Self.value("land.clearance.planned_area", cleared))
        #expect(planned.share == nil && planned.status == .unknown)
    }

    @Test("a plan meets no plan: the share said after it is the disbursement's, and the plan has no attainment or status")
    func planMeetsNoPlan() throws {
        let sentence = "Vốn đầu tư công được giao 87,4 tỷ đồng, đến 31/12/2026 ước giải ngân 100% kế hoạch."
        let plan = try #require(Self.value("land.investment.capital_plan", sentence))
        #expect(plan.actual?.text == "87,4 tỷ đồng")
        #expect(plan.attainment == nil && plan.status == .unknown)
    }

    @Test("two shares of one figure the sentence does not give are both shares: neither qualifies the other")
    func twoShares() throws {
        let sentence = "Thu ngân sách nhà nước đạt 128,4% dự toán xã giao và đạt 245% dự toán tỉnh giao."
        let value = try #require(Self.value("economy.budget.revenue", sentence))
        #expect(value.share?.formattedValue() == "128,4%")
        #expect(value.share?.qualifiers.contains { $0.kind == "comparison" } == false)
        #expect(value.status == .met)
        // The `giao` that closes the first share's estimate set it: it handed no recruits over to take the second.
        let recruits = try #require(Self.value("security.defence.recruits", sentence))
        #expect(recruits.share == nil && recruits.status == .unknown)
    }
}
