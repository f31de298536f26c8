import Testing
@testable import Platform
@testable import Report
@testable import Facts
@testable import FactReading
@testable import FactCache
import Query
import Foundation
import TestSupport

/// One fact of the real report as a reader would state it.
struct Expected: CustomTestStringConvertible, Sendable {
    var text: String
    var near: String?
    var value: String
    var unit: String
    var qualifiers: [String] = []
    var section: String
    var footnote: Int?
    var upper: String?
    var of: String?

    var testDescription: String { "\(text) (\(section))" }

    /// Finds the fact written `text` (near `near`) in `store` and checks every field.
    func check(in store: FactStore) throws {
        let fact = try #require(store.fact(written: text, near: near), "no fact written “\(text)”")
        #expect(fact.value == Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")))
        #expect(fact.unit.symbol == unit)
        #expect(fact.qualifiers.map(\.kind).sorted() == qualifiers.sorted())
        #expect(fact.sectionPath.hasPrefix(section), "section was \(fact.sectionPath)")
        #expect(fact.footnote == footnote)
        #expect(fact.upper == upper.flatMap { Decimal(string: $0) })
        #expect(fact.denominator == of.flatMap { Decimal(string: $0) })
    }
}

private let economy = "Phần I › II › 1"
private let tourism = "Phần I › II › 1 › a)"
private let budget = "Phần I › II › 1 › d)"
private let land = "Phần I › II › 2 › a)"
private let investment = "Phần I › II › 2 › b)"
private let plan2024 = "Phần II › 2 › *"

/// At least 50 facts across the report: body and footnotes, every unit family,
/// ranges, ratios and qualifiers.
let expectedFacts: [Expected] = [
    Expected(text: "10,15%", near: "Tốc độ tăng", value: "10.15", unit: "%", qualifiers: ["target", "status"], section: economy),
    Expected(text: "11-12%", value: "11", unit: "%", section: economy, upper: "12"),
    Expected(text: "13,6 triệu USD", value: "13.6", unit: "triệu USD", qualifiers: ["changeOnPrevious", "percentOfPlan"], section: economy),
    Expected(text: "3.176.000 lượt khách", value: "3176000", unit: "lượt", qualifiers: ["estimate", "exceedsPlanBy"], section: tourism),
    Expected(text: "1.746 tỉ đồng", value: "1746", unit: "tỷ đồng", qualifiers: ["estimate", "exceedsPlanBy"], section: tourism),
    Expected(text: "284.300 lượt khách", value: "284300", unit: "lượt", qualifiers: ["approximate"], section: tourism, footnote: 1),
    Expected(text: "3,2 triệu lượt truy cập", value: "3.2", unit: "triệu lượt", qualifiers: ["approximate"], section: tourism, footnote: 2),
    Expected(text: "101.025 lượt", value: "101025", unit: "lượt", qualifiers: ["percentOfPlan", "changeOnPrevious"], section: tourism, footnote: 3),
    Expected(text: "3.074.975 lượt", value: "3074975", unit: "lượt", qualifiers: ["exceedsPlanBy", "changeOnPrevious"], section: tourism, footnote: 3),
    Expected(text: "1.781ha", value: "1781", unit: "ha", qualifiers: ["estimate", "percentOfPlan", "percentOfPrevious"], section: "Phần I › II › 1 › b)"),
    Expected(text: "4.404 tấn", value: "4404", unit: "tấn", qualifiers: ["estimate", "percentOfPlan", "percentOfPrevious"], section: "Phần I › II › 1 › b)"),
    Expected(text: "66,4 ha", value: "66.4", unit: "ha", qualifiers: ["approximate", "status"], section: "Phần I › II › 1 › b)"),
    Expected(text: "378.580m²", value: "378580", unit: "m²", section: "Phần I › II › 1 › b)", footnote: 4),
    Expected(text: "212 lít", value: "212", unit: "lít", section: "Phần I › II › 1 › b)", footnote: 4),
    Expected(text: "3.875 kg", value: "3875", unit: "kg", section: "Phần I › II › 1 › b)", footnote: 4),
    Expected(text: "15.886 m", value: "15886", unit: "m", section: "Phần I › II › 1 › b)", footnote: 5),
    Expected(text: "52,9m³", value: "52.9", unit: "m³", section: "Phần I › II › 1 › b)", footnote: 5),
    Expected(text: "8/8 phường, xã", near: "tiêu độc", value: "8", unit: "xã, phường", section: "Phần I › II › 1 › b)", footnote: 4, of: "8"),
    Expected(text: "19/19 tiêu chí", value: "19", unit: "tiêu chí", section: "Phần I › II › 1 › c)", of: "19"),
    Expected(text: "25.988 lượt người", value: "25988", unit: "lượt", section: "Phần I › II › 1 › c)"),
    Expected(text: "353.226 triệu đồng", value: "353226", unit: "triệu đồng", qualifiers: ["asOf", "percentOfProvinceEstimate", "percentOfCityEstimate"], section: budget),
    Expected(text: "420.000 triệu đồng", value: "420000", unit: "triệu đồng", qualifiers: ["estimate", "percentOfEstimate", "percentOfPlan", "percentOfPrevious"], section: budget),
    Expected(text: "553.487 triệu đồng", value: "553487", unit: "triệu đồng", qualifiers: ["asOf", "percentOfProvinceEstimate", "percentOfCityEstimate", "percentOfPrevious"], section: budget),
    Expected(text: "772.214 triệu đồng", value: "772214", unit: "triệu đồng", qualifiers: ["estimate", "percentOfProvinceEstimate", "percentOfCityEstimate", "percentOfPrevious"], section: budget),
    Expected(text: "289.880 triệu đồng", value: "289880", unit: "triệu đồng", qualifiers: ["estimate", "percentOfProvinceEstimate", "percentOfPrevious"], section: budget, footnote: 9),
    Expected(text: "350 doanh nghiệp", near: "thành lập mới", value: "350", unit: "doanh nghiệp", qualifiers: ["changeOnPrevious"], section: "Phần I › II › 1 › đ)"),
    Expected(text: "44 HTX", near: "nâng tổng", value: "44", unit: "hợp tác xã", section: "Phần I › II › 1 › đ)"),
    Expected(text: "8 nghìn hộ", value: "8", unit: "nghìn hộ", qualifiers: ["cumulative", "approximate"], section: "Phần I › II › 1 › đ)"),
    Expected(text: "21 tỷ đồng", value: "21", unit: "tỷ đồng", qualifiers: ["changeOnPrevious"], section: "Phần I › II › 1 › đ)"),
    Expected(text: "37,3 triệu đồng", value: "37.3", unit: "triệu đồng", section: "Phần I › II › 1 › đ)"),
    Expected(text: "58 HTX", value: "58", unit: "hợp tác xã", section: "Phần I › II › 1 › đ)", footnote: 10),
    Expected(text: "85.722,34m²", value: "85722.34", unit: "m²", section: land),
    Expected(text: "97,1%", value: "97.1", unit: "%", section: land),
    Expected(text: "300 triệu đồng", near: "chiếu sáng", value: "300", unit: "triệu đồng", qualifiers: ["approximate"], section: land),
    Expected(text: "74,1%", value: "74.1", unit: "%", section: land),
    Expected(text: "2.566/3.000 thửa đất", value: "2566", unit: "thửa", qualifiers: ["cumulative"], section: land, of: "3000"),
    Expected(text: "98%", near: "chất thải rắn", value: "98", unit: "%", qualifiers: ["status"], section: land),
    Expected(text: "794.938.602 đồng", value: "794938602", unit: "đồng", section: land, footnote: 18),
    Expected(text: "75.052,05 m²", value: "75052.05", unit: "m²", section: land, footnote: 19),
    Expected(text: "0,94ha", value: "0.94", unit: "ha", section: land, footnote: 19),
    Expected(text: "230,42ha", value: "230.42", unit: "ha", section: land),
    Expected(text: "65,26ha", value: "65.26", unit: "ha", section: land),
    Expected(text: "123.806,7 triệu đồng", value: "123806.7", unit: "triệu đồng", section: land),
    Expected(text: "236.272,7m²", value: "236272.7", unit: "m²", section: land),
    Expected(text: "91,7ha", value: "91.7", unit: "ha", section: land, footnote: 22),
    Expected(text: "375.938 triệu đồng", value: "375938", unit: "triệu đồng", section: investment),
    Expected(text: "153.511 triệu đồng", value: "153511", unit: "triệu đồng", qualifiers: ["asOf", "percentOfPlan"], section: investment),
    Expected(text: "374.538 triệu đồng", value: "374538", unit: "triệu đồng", qualifiers: ["estimate", "percentOfPlan"], section: investment),
    Expected(text: "53.004 triệu đồng", value: "53004", unit: "triệu đồng", section: investment, footnote: 25),
    Expected(text: "1.602/1.665 HS", value: "1602", unit: "học sinh", section: "Phần I › II › 3 › a)", of: "1665"),
    Expected(text: "26 trường", near: "nâng tổng", value: "26", unit: "trường", section: "Phần I › II › 3 › a)"),
    Expected(text: "6.891/7.083", value: "6891", unit: "", section: "Phần I › II › 3 › a)", footnote: 47, of: "7083"),
    Expected(text: "22.556/23.377 hộ", value: "22556", unit: "hộ", section: "Phần I › II › 3 › b)", footnote: 52, of: "23377"),
    Expected(text: "3,750 triệu đồng", value: "3.75", unit: "triệu đồng", section: "Phần I › II › 3 › c)", footnote: 58),
    Expected(text: "12,23 tỷ đồng", value: "12.23", unit: "tỷ đồng", qualifiers: ["approximate", "asOf"], section: "Phần I › II › 3 › d)", footnote: 60),
    Expected(text: "96,63%", value: "96.63", unit: "%", section: "Phần I › II › 3 › d)"),
    Expected(text: "1.204 lượt công dân", value: "1204", unit: "lượt", qualifiers: ["changeOnPrevious"], section: "Phần I › II › 4 › a)"),
    Expected(text: "72 vụ", value: "72", unit: "vụ", qualifiers: ["changeOnPrevious"], section: "Phần I › II › 5 › b)"),
    Expected(text: "27 vụ", near: "Tai nạn giao thông", value: "27", unit: "vụ", qualifiers: ["changeOnPrevious"], section: "Phần I › II › 5 › b)"),
    Expected(text: "739,6 triệu đồng", value: "739.6", unit: "triệu đồng", qualifiers: ["approximate"], section: "Phần I › II › 5 › b)", footnote: 77),
    Expected(text: "50.146/54.141 hồ sơ", value: "50146", unit: "hồ sơ", section: "Phần I › II › 6 › b)", of: "54141"),
    Expected(text: "91.530 tài khoản", value: "91530", unit: "tài khoản", qualifiers: ["percentOfProvinceEstimate", "percentOfCityEstimate"], section: "Phần I › II › 6 › c)", footnote: 89),
    Expected(text: "10-11%", value: "10", unit: "%", section: plan2024, upper: "11"),
    Expected(text: "3.269 nghìn lượt", value: "3269", unit: "nghìn lượt", section: plan2024),
    Expected(text: "2.288 tỷ đồng", value: "2288", unit: "tỷ đồng", section: plan2024),
    Expected(text: "2.300 đến 2.500 người", value: "2300", unit: "người", section: plan2024, upper: "2500"),
    Expected(text: "30ha", value: "30", unit: "ha", section: plan2024),
]

@Suite("Facts of the real report: value, unit, qualifiers, section")
struct FactAccuracyTests {
    static let store = Reports.embeddedStore

    @Test(arguments: expectedFacts)
    func fact(_ expected: Expected) throws {
        try expected.check(in: Self.store)
    }

    @Test("there are at least 50 asserted facts, covering every unit family")
    func breadth() {
        #expect(expectedFacts.count >= 50)
        let families = Set(expectedFacts.compactMap { Self.store.fact(written: $0.text, near: $0.near)?.unit.dimension.family })
        #expect(families.isSuperset(of: ["money", "area", "length", "volume", "mass", "percent", "count"]))
    }

    @Test("comparisons point at the fact they qualify, and back")
    func comparisonLinks() throws {
        let revenue = try #require(Self.store.fact(written: "1.746 tỉ đồng"))
        let (value, unit, id) = try #require(revenue.comparison(.exceedsPlanBy))
        #expect(value == Decimal(string: "118.3"))
        #expect(unit.symbol == "%")
        #expect(Self.store.facts[id].qualifies == revenue.id)
        #expect(Self.store.facts[id].role == .comparison(.exceedsPlanBy))
    }

    @Test("decreases are negative changes")
    func decrease() throws {
        let crimes = try #require(Self.store.fact(written: "72 vụ"))
        #expect(crimes.comparison(.changeOnPrevious)?.value == -4)
    }

    @Test("a fact in a footnote knows the paragraph that referred to it")
    func footnoteReferrer() throws {
        let international = try #require(Self.store.fact(written: "101.025 lượt"))
        #expect(international.referrerLocation?.line == 39)
        #expect(international.sentence.hasPrefix("Trong đó: Khách Quốc tế"))
    }

    @Test("the sentence and location of a fact are the report's")
    func location() throws {
        let revenue = try #require(Self.store.fact(written: "1.746 tỉ đồng"))
        #expect(revenue.location.line == 45)
        #expect(revenue.sentence.contains("Doanh thu du lịch ước đạt 1.746 tỉ đồng (vượt 118,3% kế hoạch)."))
        #expect(revenue.report == "1113-BC-UBND-2023")
    }

    @Test("the report holds several hundred quantities")
    func size() {
        #expect((600...800).contains(Self.store.facts.count), "found \(Self.store.facts.count)")
    }

    @Test("a change binds to the number of its own unit in its clause, never across a `;`")
    func clausesBindComparisons() throws {
        // `tăng 22 vụ, tăng 04 người chết, …`: the accidents' change is theirs alone; the deaths' changes bind to no accident count.
        let accidents = try #require(Self.store.fact(written: "27 vụ", near: "Tai nạn giao thông"))
        #expect(accidents.qualifiers.filter { $0.kind == "changeOnPrevious" }.count == 1)
        let deathsChange = try #require(Self.store.facts.first { $0.text == "04 người" && $0.sentence.contains("tăng 04 người chết") })
        #expect(deathsChange.role == .comparison(.changeOnPrevious))
        #expect(deathsChange.qualifies == nil)
        // `Tiếp nhận 394 đơn … (…, 339 đề nghị, giảm 266 đơn so với cùng kỳ`: a change of the petitions, downwards.
        let petitions = try #require(Self.store.fact(written: "394 đơn"))
        #expect(petitions.comparison(.changeOnPrevious)?.value == -266)
        // `…tăng 14,9% dự toán …; Tỷ lệ giải ngân ước đạt …%`: nothing crosses the `;`.
        let budgetGrowth = try #require(Self.store.fact(written: "14,9%"))
        #expect(budgetGrowth.qualifiers.isEmpty)
    }

    @Test("a change with nothing to qualify keeps its sign and its verdict")
    func unattachedChange() throws {
        let change = try #require(Self.store.facts.first { $0.text == "0,02%" && $0.sentence.hasPrefix("Giảm 0,02% so với") })
        #expect(change.value == Decimal(string: "-0.02"))
        #expect(change.status == .met)
    }

    @Test("a target given as a range keeps its upper bound")
    func rangeTarget() throws {
        let growth = try #require(Self.store.fact(written: "10,15%", near: "chưa đạt mục tiêu"))
        let target = try #require(growth.qualifiers.first { $0.kind == "target" })
        guard case .comparison(_, let value, let upper, _, _) = target else { Issue.record("not a comparison"); return }
        #expect(value == 11 && upper == 12)
    }
}
