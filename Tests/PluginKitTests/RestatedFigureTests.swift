import Testing
import TestSupport
import Report
import Facts
import FactReading
@testable import PluginKit

/// A figure given in the prose and again in the appendix's table of main
/// targets, with the plan beside it there: the indicator takes the
/// restatement, which says how far the plan was reached.
@Suite("A figure restated with its plan")
struct RestatedFigureTests {
    static let year = "Báo cáo tình hình kinh tế - xã hội năm 2025"

    @Test("the same value restated with its plan further on gives the plan and the status; another value, or a figure with a plan of its own, stays")
    func restated() throws {
        let table = """
        | TT | Chỉ tiêu | ĐVT | Kế hoạch | Ước thực hiện | Đánh giá |
        |---|---|---|---|---|---|
        | 1 | Tỷ lệ che phủ rừng | % | 63 | 62,4 | Không đạt |
        """
        let restated = try #require(PartYearStatusTests.value("economy.agriculture.forest_cover_rate", title: Self.year,
                                                               results: "Tỷ lệ che phủ rừng duy trì ở mức 62,4%.\n\n" + table))
        #expect(restated.actual?.formattedValue() == "62,4%")
        #expect(restated.status == .missed)
        #expect(restated.actual?.sentence.contains("kế hoạch 63%") == true)
        // Another value further on is another figure (last year's, a part): the first stays, with no plan.
        let other = try #require(PartYearStatusTests.value("economy.agriculture.forest_cover_rate", title: Self.year,
                                                            results: "Tỷ lệ che phủ rừng duy trì ở mức 62,1%.\n\n" + table))
        #expect(other.actual?.formattedValue() == "62,1%")
        #expect(other.actual?.sentence.contains("duy trì") == true)
        // A figure with its own plan is not replaced.
        let own = try #require(PartYearStatusTests.value("economy.agriculture.forest_cover_rate", title: Self.year,
                                                          results: "Tỷ lệ che phủ rừng đạt 62,4% (kế hoạch 62%).\n\n" + table))
        #expect(own.actual?.sentence.contains("kế hoạch 62%") == true)
    }
}
