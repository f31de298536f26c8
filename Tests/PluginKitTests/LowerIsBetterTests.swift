import Testing
import TestSupport
import Report
import Facts
import FactReading
import Query
@testable import PluginKit

/// An indicator marked `better = "lower"` reaches a target by staying at or
/// under it; the others by reaching it.
@Suite("Indicators where less is better")
struct LowerIsBetterTests {
    static func status(_ path: String, in text: String) -> IndicatorStatus? {
        let document = ReportReader.read(text: "## I. KẾT QUẢ NĂM 2025\n\n" + text + "\n", name: "t")
        return Reports.catalog(FactStore(documents: [document])).resolver.value(at: path)?.status
    }

    @Test("the poverty rate under its target has reached it; over it, it falls short")
    func povertyRate() {
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo còn 3,2% (mục tiêu 3,5%).") == .reachedPlan)
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo còn 3,8% (mục tiêu 3,5%).") == .belowPlan)
    }

    @Test("a change on last year against the change the plan asked for: a fall at least as deep, a rise at least as high")
    func changeAgainstPlan() {
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo còn 4,95%, giảm 1,47% so với năm 2024 (KH giảm 1,2%).") == .reachedPlan)
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo còn 5,3%, giảm 0,9% so với năm 2024 (KH giảm 1,2%).") == .belowPlan)
        #expect(Self.status("economy.retail.sales", in: "Tổng mức bán lẻ hàng hóa đạt 3.100 tỷ đồng, tăng 12% so với năm 2024 (kế hoạch tăng 11%).")
                == .reachedPlan)
        // The change said before the level, in points; the plan's after it, in percent, as the genre writes a rate's.
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo giảm 2,1 điểm phần trăm so với đầu năm, còn 6,85% (KH giảm 2%).")
                == .reachedPlan)
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo giảm 1,6 điểm phần trăm so với đầu năm, còn 7,35% (KH giảm 2%).")
                == .belowPlan)
        // Last year's level beside this year's, the plan a change: the change made is their difference.
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo ước đạt 2,7% (cùng kỳ năm trước 3,8%) (kế hoạch giảm 1%).") == .reachedPlan)
        #expect(Self.status("social.poor_rate", in: "Tỷ lệ hộ nghèo ước đạt 3,1% (cùng kỳ năm trước 3,8%) (kế hoạch giảm 1%).") == .belowPlan)
    }

    @Test("a list of main targets that gives the plan before what was done")
    func planFirst() {
        #expect(Self.status("social.poor_rate", in: "3. Tỷ lệ hộ nghèo: kế hoạch 4%, ước thực hiện 3,7%.") == .reachedPlan)
        #expect(Self.status("social.poor_rate", in: "3. Tỷ lệ hộ nghèo: kế hoạch 4%, ước thực hiện 4,3%.") == .belowPlan)
    }

    @Test("a rate where more is better still reaches its target from below")
    func insurance() {
        #expect(Self.status("health.insurance_coverage", in: "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2% (mục tiêu 95%).") == .reachedPlan)
        #expect(Self.status("health.insurance_coverage", in: "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,2% (mục tiêu 95%).") == .belowPlan)
    }

    @Test("a target stated in another multiple of the value's unit is set against it")
    func targetInAnotherMultiple() {
        #expect(Self.status("economy.tourism.arrivals", in: "Năm 2025 đón 1.310.000 lượt khách du lịch (kế hoạch 1,25 triệu lượt).")
                == .reachedPlan)
        #expect(Self.status("economy.tourism.arrivals", in: "Năm 2025 đón 1.190.000 lượt khách du lịch (kế hoạch 1,25 triệu lượt).")
                == .belowPlan)
    }

    @Test("where less is better, a figure past its plan by an amount is under the plan by it")
    func excessUnderPlan() throws {
        let resolver = Reports.catalog(Reports.store(markdown: "Số hộ nghèo còn 71 hộ, giảm 26 hộ, vượt 6 hộ so với kế hoạch.\n")).resolver
        let value = try #require(resolver.value(at: "social.poor_households"))
        #expect(value.plan.map { ValueFormatter().inline(.measure(Measure($0))) } == "77 hộ")
    }

    @Test("the built-in specs mark the poverty rate and the accidents, not the coverage")
    func marked() throws {
        let registry = Reports.catalog().registry
        let indicator = { (namespace: String, key: String) in registry.plugin(named: namespace)?.indicators.first { $0.key == key } }
        #expect(try #require(indicator("social", "poor_rate")).lowerIsBetter)
        #expect(try #require(indicator("security", "traffic.accidents")).lowerIsBetter)
        #expect(try !#require(indicator("health", "insurance_coverage")).lowerIsBetter)
    }
}
