import Testing
import TestSupport
import Report
import Facts
import FactReading
@testable import PluginKit

/// Statistics give a price or production index as a share of the year
/// before (`Chỉ số giá tiêu dùng bằng 103,1% so với cùng kỳ`: last year is
/// 100). The indicators that hold such an index hold its change, so the share
/// is restated as one (+3,1%), and the report's own figure stays beside it.
@Suite("An index given as a share of last year's")
struct IndexShareTests {
    static func value(_ path: String, _ results: String, plan: String = "") -> IndicatorValue? {
        PartYearStatusTests.value(path, title: PartYearStatusTests.year, results: results, plan: plan)
    }

    @Test("standing alone after `bằng`, it is the change it implies, and says the share it came from", arguments: [
        ("economy.industry.production_index", "Chỉ số sản xuất công nghiệp bằng 107,2% so với năm 2024.", "7,2%", "107.2"),
        ("economy.cpi", "Chỉ số giá tiêu dùng bình quân năm bằng 98,6% so với cùng kỳ.", "-1,4%", "98.6"),
        ("economy.growth", "Giá trị sản xuất các ngành kinh tế chủ yếu bằng 108,4% so với năm trước.", "8,4%", "108.4"),
    ])
    func restated(_ path: String, _ sentence: String, _ change: String, _ share: String) throws {
        let value = try #require(Self.value(path, sentence))
        let actual = try #require(value.actual)
        #expect(actual.formattedValue() == change)
        #expect(actual.role == .comparison(.changeOnPrevious))
        #expect(actual.comparison(.percentOfPrevious)?.value.description == share)
        #expect(actual.sentence == sentence)
        // A share of last year's is its own change: no other sentence is searched for one,
        // and it implies no level of last year's (a growth rate's is not in the report).
        #expect(value.change == nil)
        #expect(value.previous == nil)
    }

    @Test("an index's level written alone, against last year's 100, is the change it implies; a small rise stays a rise", arguments: [
        ("economy.industry.production_index", "Chỉ số sản xuất công nghiệp (IIP) ước đạt 108,7%.", "8,7%"),
        ("economy.cpi", "Chỉ số giá tiêu dùng (CPI) bình quân năm đạt 102,9%.", "2,9%"),
        ("economy.industry.production_index", "Chỉ số sản xuất công nghiệp ước đạt 12,4%.", "12,4%"),
    ])
    func indexLevel(_ path: String, _ sentence: String, _ change: String) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual?.formattedValue() == change)
    }

    @Test("a plan's index is its target's change")
    func target() throws {
        let value = try #require(Self.value("economy.cpi", "Chỉ số giá tiêu dùng bình quân tăng 3,2% so với năm trước.",
                                            plan: "Kiểm soát chỉ số giá tiêu dùng bình quân bằng 104% so với năm 2025."))
        #expect(value.actual?.formattedValue() == "3,2%")
        #expect(value.target?.formattedValue() == "4%")
    }

    @Test("a share of last year's that qualifies a figure stays the figure's: the figure is not the index", arguments: [
        ("economy.industry.production_index", "Giá trị sản xuất công nghiệp ước đạt 1.250 tỷ đồng, bằng 109% so với cùng kỳ.", nil as String?),
        ("economy.industry.output", "Giá trị sản xuất công nghiệp ước đạt 1.250 tỷ đồng, bằng 109% so với cùng kỳ.", "1.250 tỷ đồng"),
    ])
    func qualifying(_ path: String, _ sentence: String, _ expected: String?) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual?.formattedValue() == expected)
    }

    @Test("`đạt … so với cùng kỳ` after the name of a rate of growth is the growth itself, not a share")
    func reachedGrowth() throws {
        let value = try #require(Self.value("economy.growth", "Tốc độ tăng giá trị sản xuất ước đạt 7,6% so với cùng kỳ."))
        #expect(value.actual?.formattedValue() == "7,6%")
        #expect(value.actual?.comparison(.percentOfPrevious) == nil)
    }
}
