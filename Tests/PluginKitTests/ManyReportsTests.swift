import Testing
import Foundation
import Report
import Facts
import Query
@testable import PluginKit
import BuiltinPlugins
import TestSupport

/// Several reports loaded at once: each indicator answers for each report,
/// and the language picks one or compares them. The reports are the genre
/// corpus's (Tests/GenreTests/Corpus), two years of one district and others.
@Suite("Many reports at once")
struct ManyReportsTests {
    static let folder = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus").path
    static let store = FactStore(documents: ["01-thanh-mai-2025", "02-thanh-mai-2024", "07-hai-ninh-2025"].map { name in
        (try? ReportReader.read(path: folder + "/" + name + ".md")) ?? ReportReader.read(text: "", name: name)
    })
    static let context = QueryContext(store: store, catalog: Reports.catalog(store))

    static func run(_ query: String) throws -> String {
        ValueFormatter().inline(try #require(try QuerySession(context: context).run(query).last))
    }

    @Test("an indicator gives one row a report, each with its report, place, year and period", arguments: [
        ("economy.tourism.revenue | select report, place, year, actual",
         "[{report: 01-thanh-mai-2025, place: Thanh Mai, year: 2025, actual: 640 tỷ đồng}, "
            + "{report: 02-thanh-mai-2024, place: Thanh Mai, year: 2024, actual: 568 tỷ đồng}, "
            + "{report: 07-hai-ninh-2025, place: Hải Ninh, year: 2025, actual: 14.650 tỷ đồng}]"),
        ("economy.tourism.revenue.target", "[700 tỷ đồng, 600 tỷ đồng, null]"),
        ("reports | select name, place_kind, period", "[{name: 01-thanh-mai-2025, place_kind: huyện, period: year}, "
            + "{name: 02-thanh-mai-2024, place_kind: huyện, period: year}, {name: 07-hai-ninh-2025, place_kind: tỉnh, period: year}]"),
    ])
    func rows(_ query: String, _ expected: String) throws {
        #expect(try Self.run(query) == expected)
    }

    @Test("pick takes a report's row by its name, place or year, and says when a key is ambiguous or absent")
    func pick() throws {
        #expect(try Self.run("pick(economy.tourism.revenue, \"hai ninh\")") == "14.650 tỷ đồng")
        #expect(try Self.run("round(growth(pick(economy.tourism.revenue, \"01-thanh-mai-2025\"), pick(economy.tourism.revenue, 2024)), 1)") == "12,7%")
        #expect(throws: QueryError.runtime("2 rows match thanh mai; pick by the report's name", at: QueryLocation(line: 1, column: 1),
                                           hint: "one of \"01-thanh-mai-2025\", \"02-thanh-mai-2024\"")) {
            try QuerySession(context: Self.context).run("pick(economy.tourism.revenue, \"thanh mai\")")
        }
        #expect(throws: QueryError.self) { try QuerySession(context: Self.context).run("pick(economy.tourism.revenue, 2025)") }
        #expect(throws: QueryError.self) { try QuerySession(context: Self.context).run("pick(economy.tourism.revenue, 1999)") }
    }

    @Test("the views list every report's rows, and rank places")
    func views() throws {
        #expect(try Self.run("missed | select report, path") == "[{report: 01-thanh-mai-2025, path: economy.growth}]")
        #expect(try Self.run("economy.tourism.arrivals | sort actual desc | take 1 | select place") == "[{place: Hải Ninh}]")
        #expect(try Self.run("scorecard | where path == \"economy.tourism.revenue\" | select report, kind")
            == "[{report: 01-thanh-mai-2025, kind: level}, {report: 02-thanh-mai-2024, kind: level}]")
    }
}
