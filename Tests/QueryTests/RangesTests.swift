import Testing
import Foundation
import Query
import TestSupport

/// Ranges, fractions and changes are values: they print as the report
/// writes them, have their parts as fields, and compare sensibly.
@Suite("Ranges, fractions and changes as values")
struct RangesTests {
    static let context = Reports.context()

    func run(_ query: String) throws -> String {
        ValueFormatter().inline(try #require(try QuerySession(context: Self.context).run(query).last))
    }

    @Test(arguments: [
        ("social.jobs_created.target", "2.300–2.500 người"),
        ("social.jobs_created.target.lower", "2.300"),
        ("social.jobs_created.target.upper", "2.500"),
        ("social.jobs_created.target.kind", "range"),
        ("social.jobs_created <= social.jobs_created.target", "true"),
        ("social.jobs_created == social.jobs_created.target", "true"),
        ("social.jobs_created > social.jobs_created.target", "false"),
        ("2600 người > social.jobs_created.target", "true"),
        ("search \"16/18\" | take 1 | select value", "[{value: 16/18 chỉ tiêu}]"),
        ("search \"16/18\" | take 1 | select of, share, kind", "[{of: 18, share: 88,89%, kind: fraction}]"),
        ("security.traffic.accidents.target.kind", "change"),
        ("social.poor_rate.target", "-0,02 điểm %"),
        ("security.traffic.accidents.target_kind", "change"),
        ("(2 ha).kind", "value"),
        // A change target compares with a level as the level it implies (27 vụ less 5%).
        ("security.traffic.accidents <= security.traffic.accidents.target", "false"),
        ("security.traffic.accidents > security.traffic.accidents.target", "true"),
        ("security.traffic.accidents.target > 25 vụ", "true"),
        ("economy.exports < economy.exports.target", "true"),
        ("targets | where target > actual | count", "7"),
    ])
    func parts(_ query: String, _ expected: String) throws {
        #expect(try run(query) == expected)
    }

    @Test("a shortfall against the plan prints in the words it came in, not as a negative excess")
    func shortfall() throws {
        let store = Reports.store(markdown: "# I. KẾT QUẢ\n\nTrồng rừng tập trung 320 ha, giảm 30 ha so với kế hoạch.\n")
        let fact = try #require(store.fact(written: "320 ha"))
        #expect(ValueFormatter().qualified(fact) == "320 ha (giảm 30 ha so với kế hoạch)")
    }
}
