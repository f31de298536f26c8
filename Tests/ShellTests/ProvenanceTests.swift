import Testing
import Foundation
import Query
import Shell
import TestSupport

/// A value computed from the report keeps where each of its inputs came
/// from: `.why`, `why(x)` and JSON show the formula and each input's sentence.
@Suite("Provenance through every computation")
struct ProvenanceTests {
    func engine(_ format: OutputFormat = .table) -> ShellEngine {
        ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog(), format: format)
    }

    func output(_ outcome: EntryOutcome) -> String? {
        if case .output(let text) = outcome { return text }
        return nil
    }

    @Test(".why after a computation shows the formula, the result and each input's value, source and sentence", arguments: [
        "economy.tourism.revenue / economy.tourism.arrivals",
        "round(economy.tourism.revenue / economy.tourism.arrivals)",
        "growth(economy.tourism.revenue.target, economy.tourism.revenue)",
        "share(land.clearance.actual_area, land.clearance.planned_area)",
        "economy.budget.revenue in tỷ đồng",
        "land.clearance_share(10 ha)",
    ])
    func why(_ query: String) throws {
        let shell = engine()
        _ = shell.handle(query)
        let why = try #require(output(shell.handle(".why")))
        #expect(why.hasPrefix(query.replacingOccurrences(of: "economy.budget.revenue in tỷ đồng", with: "economy.budget.revenue in tỷ đồng")))
        #expect(!why.contains("no source in the report"))
        #expect(why.contains("line "))
        #expect(why.contains("“"), "each input shows its sentence")
    }

    @Test("a fact before the report's first heading gives its line alone as its source")
    func sourceWithoutSection() throws {
        let store = Reports.store(markdown: "Doanh thu du lịch đạt 12 tỷ đồng.\n")
        let shell = ShellEngine(store: store, plugins: Reports.catalog(store), format: .table)
        let text = try #require(output(shell.handle("economy.tourism.revenue")))
        #expect(text.contains("\n  source: line 1"), "\(text)")
        let why = try #require(output(shell.handle(".why")))
        #expect(why.contains("\n    line:     1, column 28"), "\(why)")
        #expect(!why.contains("section:"), "\(why)")
    }

    @Test("a computed value read into a variable keeps its provenance, nested under what uses it")
    func nested() throws {
        let shell = engine()
        _ = shell.handle("let gap = economy.tourism.revenue.target - economy.tourism.revenue")
        _ = shell.handle("gap / 2")
        let why = try #require(output(shell.handle(".why")))
        #expect(why.hasPrefix("gap / 2\n  = 271 tỷ đồng\n  economy.tourism.revenue.target - economy.tourism.revenue\n    = 542 tỷ đồng\n"
            + "    economy.tourism.revenue.target = 2.288 tỷ đồng — Phần II › 2 › * › a) Các chỉ tiêu kinh tế, line 478\n"))
    }

    @Test("why(x) gives the same as values of the language; JSON carries the formula and inputs")
    func asValues() throws {
        let session = QuerySession(context: Reports.context())
        let inputs = try #require(try session.run("why(economy.tourism.revenue.target - economy.tourism.revenue).inputs | select name, line").first)
        #expect(ValueFormatter().inline(inputs) == "[{name: economy.tourism.revenue.target, line: 478}, {name: economy.tourism.revenue, line: 45}]")
        #expect(ValueFormatter().inline(try #require(try session.run("why(1 + 1).source").first)) == "computed in the query from no value of the report")
        let json = try #require(output(engine(.json).handle("economy.tourism.revenue.target - economy.tourism.revenue")))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["formula"] as? String == "economy.tourism.revenue.target - economy.tourism.revenue")
        #expect((parsed["inputs"] as? [Any])?.count == 2)
    }

    @Test("a value typed in the query has no provenance to show, and says so")
    func none() throws {
        let shell = engine()
        _ = shell.handle("1 ha + 2 ha")
        #expect(output(shell.handle(".why")) == "3 ha was computed in the query; it has no source in the report")
    }

    @Test("what baocao computes from an indicator's facts — last year's value, the plan, a target's level — shows how and from which facts", arguments: [
        ("economy.exports.previous", "economy.exports.previous = economy.exports.actual ÷ (100% + 2,5%)"),
        ("security.traffic.deaths.previous", "security.traffic.deaths.previous = security.traffic.deaths.actual − security.traffic.deaths.change"),
        // A fall of 4 is added back, not taken away as `− −4`.
        ("security.order.criminal_offences.previous", "security.order.criminal_offences.previous = security.order.criminal_offences.actual + 4 vụ"),
        ("economy.agriculture.grain_output.plan", "economy.agriculture.grain_output.plan = economy.agriculture.grain_output.actual ÷ 82,7%"),
        ("security.traffic.accidents.target_level", "security.traffic.accidents.target_level = security.traffic.accidents.actual moved by"),
    ])
    func indicatorDerivations(_ query: String, _ start: String) throws {
        let shell = engine()
        _ = shell.handle(query)
        let why = try #require(output(shell.handle(".why")))
        #expect(why.hasPrefix(start), "\(why)")
        #expect(why.contains("“"), "each fact read shows its sentence")
    }

    @Test("a table keeps each row's provenance: .why shows every computed cell's derivation under its row")
    func tableRows() throws {
        let shell = engine()
        _ = shell.handle("indicators | where previous != null | take 2 | select path, change = growth(actual, previous)")
        let why = try #require(output(shell.handle(".why")))
        #expect(why.hasPrefix("economy.exports:\n  change = growth(actual, previous)\n    = 2,5%\n    economy.exports.actual = 13,6 triệu USD"), "\(why)")
        #expect(why.contains("\neconomy.tourism.international:\n  change = growth(actual, previous)\n    = 1.920,5%\n"))
        _ = shell.handle("facts | take 30")
        let facts = try #require(output(shell.handle(".why")))
        #expect(facts.split(separator: "\n").count == 2 * 20 + 1 && facts.hasSuffix("… and 10 more rows (take or where to narrow)"))
    }
}
