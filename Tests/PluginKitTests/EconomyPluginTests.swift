import Testing
import TestSupport
import Platform
import Report
import Facts
import FactReading
import Query
@testable import PluginKit
import BuiltinPlugins
import Foundation
import TestSupport

@Suite("The economy plugin on the real report and on the second report")
struct EconomyPluginTests {
    static let real = Reports.catalog()
    static let second = Reports.catalog(Reports.secondStore)

    @Test("2023 values, targets and statuses of the real report", arguments: [
        ("economy.growth", "10,15%", "10–11%", IndicatorStatus.missed),
        ("economy.exports", "13,6 triệu USD", "2,5%", .met),
        ("economy.tourism.arrivals", "3.176.000 lượt", "3.269 nghìn lượt", .met),
        ("economy.tourism.international", "101.025 lượt", nil, .met),
        ("economy.tourism.domestic", "3.074.975 lượt", nil, .met),
        ("economy.tourism.revenue", "1.746 tỷ đồng", "2.288 tỷ đồng", .met),
        ("economy.agriculture.sown_area", "1.781 ha", nil, .met),
        ("economy.agriculture.grain_output", "4.404 tấn", nil, .belowPlan),
        ("economy.agriculture.forest_planted", "66,4 ha", "30 ha", .met),
        ("economy.new_rural.model_villages", "3 thôn", "2 thôn", .met),
        ("economy.new_rural.model_residential_areas", "6 khu dân cư", "4 khu dân cư", .met),
        ("economy.budget.revenue", "420.000 triệu đồng", nil, .met),
        // Shares of the budget estimate, where the report gives no share of plan.
        ("economy.budget.domestic_revenue", "289.880 triệu đồng", "425.000 triệu đồng", .met),
        ("economy.budget.spending", "772.214 triệu đồng", nil, .belowPlan),
        ("economy.enterprises.new", "350 doanh nghiệp", nil, .unknown),
        ("economy.enterprises.dissolved", "32 doanh nghiệp", nil, .unknown),
        ("economy.cooperatives.new", "5 hợp tác xã", nil, .unknown),
        ("economy.household_businesses.new", "1.102 hộ", nil, .unknown),
        ("economy.growth.agriculture", "4,5%", nil, .unknown),
        ("economy.growth.industry", "11,9%", nil, .unknown),
        ("economy.growth.services", "9,9%", nil, .unknown),
        ("economy.structure.agriculture", "1,7%", nil, .unknown),
        ("economy.structure.industry", "51,5%", nil, .unknown),
        ("economy.structure.services", "46,8%", nil, .unknown),
    ] as [(String, String, String?, IndicatorStatus)])
    func realReport(_ path: String, _ actual: String, _ target: String?, _ status: IndicatorStatus) throws {
        let value = try #require(Self.real.resolver.value(at: path))
        #expect(value.actual?.formattedValue() == actual)
        #expect(value.target?.formattedValue() == target)
        #expect(value.status == status)
    }

    @Test("the same plugin reads the second report's own values", arguments: [
        ("economy.growth", "8,4%", "9–10%"),
        ("economy.exports", "9,8 triệu USD", "3%"),
        ("economy.tourism.arrivals", "2.450.000 lượt", "2.600 nghìn lượt"),
        ("economy.tourism.revenue", "1.210 tỷ đồng", "1.500 tỷ đồng"),
        ("economy.tourism.international", "85.300 lượt", nil),
        ("economy.agriculture.forest_planted", "41,5 ha", "25 ha"),
        ("economy.budget.revenue", "260.500 triệu đồng", nil),
        ("economy.budget.spending", "610.000 triệu đồng", nil),
        ("economy.enterprises.new", "210 doanh nghiệp", nil),
        ("economy.cooperatives.new", "3 hợp tác xã", nil),
    ] as [(String, String, String?)])
    func secondReport(_ path: String, _ actual: String, _ target: String?) throws {
        let value = try #require(Self.second.resolver.value(at: path))
        #expect(value.actual?.formattedValue() == actual)
        #expect(value.target?.formattedValue() == target)
    }

    @Test("an indicator the report does not give is reported, not zero")
    func notFound() throws {
        #expect(Self.second.resolver.notFound(in: "economy").contains("economy.budget.domestic_revenue"))
        #expect(Self.second.resolver.value(at: "economy.budget.domestic_revenue")?.actual == nil)
        #expect(Set(Self.real.resolver.notFound(in: "economy")) == DomainPluginTests.notInShippedReport.filter { $0.hasPrefix("economy.") })
    }

    @Test("a derived indicator is computed from its inputs with units")
    func derived() throws {
        let session = QuerySession(context: QueryContext(store: Reports.embeddedStore, catalog: Self.real))
        let value = try #require(try session.run("economy.tourism.revenue_per_arrival").first)
        guard case .measure(let m) = value.scalar else { Issue.record("not a measure: \(value)"); return }
        #expect(m.symbol == "đồng/lượt")
        #expect(Builtins_round(m.value) == 549748)
        let balance = try #require(try session.run("economy.budget.balance in triệu đồng").first)
        guard case .measure(let b) = balance.scalar else { Issue.record("not a measure"); return }
        #expect(b.value == Decimal(420000 - 772214))
    }

    func Builtins_round(_ value: Decimal) -> Decimal {
        var input = value, result = Decimal()
        NSDecimalRound(&result, &input, 0, .down)
        return result
    }
}

