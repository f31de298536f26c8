import Testing
@testable import Platform
@testable import Report
@testable import Facts
@testable import FactReading
@testable import FactCache
import Query
import Foundation
import TestSupport

/// The extraction must read another report of the same kind: other numbers,
/// some other wording, its own footnote and page break.
@Suite("Facts of the second report")
struct SecondReportTests {
    static let store = Reports.secondStore

    @Test(arguments: [
        Expected(text: "8,4%", value: "8.4", unit: "%", qualifiers: ["target", "status"], section: "Phần I › II › 1"),
        Expected(text: "9-10%", near: "không đạt", value: "9", unit: "%", section: "Phần I › II › 1", upper: "10"),
        Expected(text: "2.450.000 lượt khách", value: "2450000", unit: "lượt", qualifiers: ["estimate", "exceedsPlanBy"], section: "Phần I › II › 1 › a)"),
        Expected(text: "1.210 tỷ đồng", value: "1210", unit: "tỷ đồng", qualifiers: ["estimate", "exceedsPlanBy"], section: "Phần I › II › 1 › a)"),
        Expected(text: "12.500 lượt khách", value: "12500", unit: "lượt", qualifiers: ["approximate"], section: "Phần I › II › 1 › a)", footnote: 1),
        Expected(text: "85.300 lượt", value: "85300", unit: "lượt", qualifiers: ["changeOnPrevious"], section: "Phần I › II › 1 › a)", footnote: 2),
        Expected(text: "1.650ha", value: "1650", unit: "ha", qualifiers: ["estimate", "percentOfPlan"], section: "Phần I › II › 1 › b)"),
        Expected(text: "260.500 triệu đồng", value: "260500", unit: "triệu đồng", qualifiers: ["estimate", "percentOfEstimate"], section: "Phần I › II › 1 › d)"),
        Expected(text: "210.000 triệu đồng", value: "210000", unit: "triệu đồng", qualifiers: ["asOf", "percentOfProvinceEstimate"], section: "Phần I › II › 1 › d)"),
        Expected(text: "1.480/1.530 HS", value: "1480", unit: "học sinh", section: "Phần I › II › 1 › đ)", of: "1530"),
        Expected(text: "12,75 ha", value: "12.75", unit: "ha", section: "Phần I › II › 1 › đ)"),
        Expected(text: "1.800 đến 2.000 người", value: "1800", unit: "người", section: "Phần II", upper: "2000"),
    ])
    func fact(_ expected: Expected) throws {
        try expected.check(in: Self.store)
    }

    @Test("its numbers are all placed")
    func coverage() {
        #expect(Self.store.references.filter { $0.kind == .unclassified }.isEmpty)
    }
}
