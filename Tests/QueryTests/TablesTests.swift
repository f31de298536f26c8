import Testing
import Foundation
import Query
import TestSupport

/// Tables of computed columns, and rows of mixed units that never stop a query.
@Suite("Tables of expressions; rows of mixed units")
struct TablesTests {
    static let context = Reports.context()

    func run(_ query: String, session: QuerySession? = nil) throws -> String {
        let session = session ?? QuerySession(context: Self.context)
        return ValueFormatter().inline(try #require(try session.run(query).last))
    }

    @Test("select takes expressions with optional names", arguments: [
        ("indicators | where previous != null | take 2 | select path, change = round(growth(actual, previous), 1)",
         "[{path: economy.exports, change: 2,5%}, {path: economy.tourism.international, change: 1.920,5%}]"),
        ("scorecard | take 2 | select path, gap = level - actual",
         "[{path: economy.growth, gap: -0,15%}, {path: economy.exports, gap: 0,34 triệu USD}]"),
        ("facts | take 1 | select text, value.number, unit", "[{text: 5 năm, value.number: 5, unit: năm}]"),
        ("indicators | where previous != null | take 1 | select path, growth(actual, previous)",
         "[{path: economy.exports, growth(actual, previous): 2,5%}]"),
        ("indicators | take 1 | select actual.value", "[{actual.value: 10,15%}]"),
        ("[1 ha, 2 ha] | select value, double = value * 2", "[{value: 1 ha, double: 2 ha}, {value: 2 ha, double: 4 ha}]"),
    ])
    func selectExpressions(_ query: String, _ expected: String) throws {
        #expect(try run(query) == expected)
    }

    @Test("a quantity's number and unit come out as fields")
    func quantityFields() throws {
        #expect(try run("economy.tourism.revenue.actual.number") == "1.746")
        #expect(try run("(2 ha).value") == "2")
        #expect(try run("(2 ha).unit") == "ha")
        #expect(try run("(25%).unit") == "%")
    }

    @Test("rows of mixed units sort by dimension, then value, and a where that cannot compare a row leaves it out, once noted")
    func mixedUnits() throws {
        #expect(try run("facts | where dimension == \"money\" | sort value desc | take 1 | select text") == "[{text: 2.288 tỷ đồng}]")
        #expect(try run("search \"thửa\" | sort value desc | take 1 | select text") == "[{text: 85,5%}]")
        let session = QuerySession(context: Self.context)
        #expect(try run("facts | where value > 100 tỷ đồng | count", session: session) == "14")
        #expect(session.notes.count == 1)
        #expect(session.notes.first?.contains("of 648 rows were left out") == true)
        #expect(session.notes.first?.contains("compared or combined quantities that do not compare") == true)
        #expect(try run("targets | where target_level > actual | count") != "")
    }

    @Test("a where that sets a field equal to none of its values says what was meant, or what the values are", arguments: [
        ("indicators | where status == \"mised\" | count", "no row's status is 'mised': did you mean 'missed'?"),
        ("facts | where unit == \"vu\" | count", "no row's unit is 'vu': did you mean 'vụ'?"),
        ("reports | where \"Lang Son\" == place | count", "no row's place is 'Lang Son': did you mean 'Lạng Sơn'?"),
        ("reports | where period == \"quarter\" | count", "no row's period is 'quarter'; its values: 'year'"),
        // A number one digit off is no misspelling: the values are listed.
        ("reports | where year == \"2024\" | count", "no row's year is '2024'; its values: '2023'"),
    ])
    func unmatchedText(_ query: String, _ note: String) throws {
        let session = QuerySession(context: Self.context)
        #expect(try run(query, session: session) == "0")
        #expect(session.notes == [note])
    }

    @Test("a where that keeps rows, or compares no bare field with a text, notes nothing", arguments: [
        "indicators | where status == \"missed\" | count", "indicators | where status != \"mised\" | count",
        "facts | where unit == \"ha\" and role == \"mised\" | count", "facts | where sentence ~ \"không có\" | count",
        // A text longer than a name, against sentences: no edit distance to every sentence, and no sentences listed.
        "facts | where sentence == \"\(String(repeating: "x", count: 500))\" | count", "facts | where sentence == \"abc\" | count",
    ])
    func matchedText(_ query: String) throws {
        let session = QuerySession(context: Self.context)
        _ = try run(query, session: session)
        #expect(session.notes.isEmpty)
    }

    @Test("a value the report does not give empties its cell in select and leaves its row out of where, once noted")
    func nulls() throws {
        let session = QuerySession(context: Self.context)
        let table = try run("indicators | take 2 | select path, change = growth(actual, previous)", session: session)
        #expect(table == "[{path: economy.growth, change: null}, {path: economy.growth.agriculture, change: null}]")
        #expect(session.notes == ["2 of 4 cells were left empty (null): 2 computed with a value the report does not give (null)"])
        let filtering = QuerySession(context: Self.context)
        let kept = try run("indicators | where actual - previous > 0 | count", session: filtering)
        #expect(try run("indicators | where previous != null and actual - previous > 0 | count") == kept)
        #expect(filtering.notes.count == 1 && filtering.notes[0].contains("computed with a value the report does not give"))
    }

    @Test("an error names what the user wrote", arguments: [
        ("growth(1 ha, 2 người)", "growth needs two values of one dimension"),
        ("growth(economy.tourism.revenue, economy.tourism.revenue.previous)", "growth of null"),
        ("economy.tourism.revenue.previous * 2", "cannot apply '*' to null"),
    ])
    func errorsNameWhatWasWritten(_ query: String, _ message: String) throws {
        #expect(throws: QueryError.self) { try run(query) }
        do { _ = try run(query) } catch let error as QueryError { #expect(error.message.hasPrefix(message), "\(error.message)") }
    }

    @Test("zero compares with a quantity of any unit")
    func zero() throws {
        #expect(try run("economy.exports - economy.exports.previous > 0") == "true")
        #expect(try run("0 ha == 0") == "true")
        #expect(try run("-2 người < 0") == "true")
    }
}
