import Testing
import Foundation
import Facts
import Query
import TestSupport

@Suite("Evaluating queries")
struct EvaluatorTests {
    static let context = Reports.context()

    func run(_ text: String) throws -> String {
        let session = QuerySession(context: Self.context)
        let values = try session.run(text)
        return values.map { ValueFormatter().inline($0) }.joined(separator: "\n")
    }

    @Test("arithmetic with units", arguments: [
        ("1 + 2 * 3", "7"),
        ("(1 + 2) * 3", "9"),
        ("10 / 4", "2,5"),
        ("-3 + 1", "-2"),
        ("1 tỷ đồng + 500 triệu đồng", "1,5 tỷ đồng"),
        ("500 triệu đồng + 1 tỷ đồng", "1.500 triệu đồng"),
        ("2 ha - 5000 m2", "1,5 ha"),
        ("1 ha in m2", "10.000 m²"),
        ("3 tấn / 2", "1,5 tấn"),
        ("2 * 3 ha", "6 ha"),
        ("1 tỷ đồng / 250 triệu đồng", "4"),
        ("5% + 2%", "7%"),
        ("growth(110, 100)", "10%"),
        ("share(1 ha, 4 ha)", "25%"),
        ("round(10.16, 1)", "10,2"),
        ("round(2.5)", "3"),
        ("round(-2.5)", "-3"),
        ("round(9.9951, 2)", "10"),
        ("round(1250, -2)", "1.300"),
        ("round(0.004, 2)", "0"),
        ("round(123456789012345678901234.5)", "123.456.789.012.345.678.901.235"),
        ("facts | take 2.0 | count", "2"),
        ("abs(-3 ha)", "3 ha"),
        ("min(1 ha, 12345 m2)", "1 ha"),
        ("max([2, 5, 3])", "5"),
        ("[1, null, 3] | max", "3"),
        ("sum([1 ha, null, 2 ha])", "3 ha"),
        ("[null] | avg", "null"),
        ("sum([1 tỷ đồng, 500 triệu đồng])", "1,5 tỷ đồng"),
        ("0.1 + 0.2 == 0.3", "true"),
        ("1 ha > 9999 m2", "true"),
        ("\"Giải phóng mặt bằng\" ~ \"giai phong\"", "true"),
        ("not (1 > 2) and true", "true"),
    ])
    func arithmetic(_ query: String, _ expected: String) throws {
        #expect(try run(query) == expected)
    }

    @Test("indicators, their fields and facts")
    func indicators() throws {
        #expect(try run("economy.tourism.revenue") == "1.746 tỷ đồng")
        #expect(try run("economy.tourism.revenue.target") == "2.288 tỷ đồng")
        #expect(try run("economy.tourism.revenue.status") == "met")
        #expect(try run("economy.tourism.arrivals.attainment") == "110,9%")
        #expect(try run("economy.budget.revenue in tỷ đồng") == "420 tỷ đồng")
        #expect(try run("economy.tourism.revenue.source.line") == "45")
        #expect(try run("economy.growth.target") == "10–11%")
        #expect(try run("economy.tourism.revenue.target - economy.tourism.revenue") == "542 tỷ đồng")
        #expect(try run("economy.agriculture.sown_area.previous in ha") == "1.823 ha")
    }

    @Test("a CSV export's column names a quantity's part: what a spreadsheet shows can be typed back")
    func exportColumns() throws {
        #expect(try run("economy.tourism.revenue.target_value") == "2.288")
        #expect(try run("economy.tourism.revenue.target_unit") == "tỷ đồng")
        #expect(try run("economy.growth.target_upper") == "11")
        #expect(try run("economy.tourism.revenue.plan_upper") == "null")
        #expect(try run("indicators | where path == \"economy.tourism.revenue\" | select value_unit, change_unit") == "[{value_unit: tỷ đồng, change_unit: null}]")
        #expect(try run("facts | take 1 | select value_unit") == "[{value_unit: năm}]")
        #expect(throws: QueryError.self) { try run("economy.tourism.revenue.target_colour") }
    }

    @Test("pipelines over facts and indicators")
    func pipelines() throws {
        #expect(try run("facts | count") == String(Self.context.store.facts.count))
        #expect(try run("facts | where unit == \"ha\" | sort value desc | take 1 | select text") == "[{text: 1.781ha}]")
        #expect(try run("indicators | where status == \"missed\" | count") == "2")
        #expect(try run("indicators | where status == \"below plan\" | select path") == "[{path: economy.agriculture.grain_output}, {path: economy.budget.spending}, {path: land.investment.disbursed}]")
        #expect(try run("missed | count") == "2")
        #expect(try run("targets | count") == "29")
        #expect(try run("search \"giải phóng mặt bằng\" | where dimension == \"area\" | count") != "0")
        #expect(try run("facts | where footnote == 3 | count") == "6")
        #expect(try run("[3, 1, 2] | sort value") == "[1, 2, 3]")
        #expect(try run("[3 ha, 1 ha] | sum") == "4 ha")
    }

    @Test("let and def live for the session")
    func bindings() throws {
        let session = QuerySession(context: Self.context)
        _ = try session.run("let x = 2 ha")
        _ = try session.run("def double(a) = a * 2")
        let value = try #require(try session.run("double(x) in m2").first)
        #expect(ValueFormatter().inline(value) == "40.000 m²")
        // A failing statement changes nothing.
        #expect(throws: QueryError.self) { try session.run("let x = 1 ha + 1 tấn") }
        #expect(ValueFormatter().inline(try #require(try session.run("x").first)) == "2 ha")
    }

    @Test("runtime errors say what, where and what was meant", arguments: [
        ("economy.turism.revenue", "unknown indicator 'economy.turism.revenue'", "did you mean 'economy.tourism.revenue'?"),
        ("1 ha + 2 tấn", "unit mismatch: cannot apply '+' to ha (area) and tấn (mass)", "only quantities of one dimension add, subtract or compare"),
        ("1 / 0", "division by zero", nil),
        ("5 ha / 0", "division by zero", nil),
        ("round(1, 2, 3)", "wrong number of arguments to round: given 3", "usage: round(x, digits = 0)"),
        ("round(1, 1.5)", "round's digits must be a whole number between -20 and 20", nil),
        ("round(1, 21)", "round's digits must be a whole number between -20 and 20", nil),
        ("economy.tourism.revenue.colour", "indicator has no field 'colour'", "fields: actual, value, target, target_kind, target_level, plan, previous, change, attainment, status, unit, parts, source, text, sentence, section, line, label, label_en, key, path, domain, report, place, year, period"),
        // In a step, a name like no field's is answered with the row's fields.
        ("facts | select colour", "unknown name 'colour'", "a row's fields: id, value, number, lower, upper, of, share, kind, unit, dimension, text, sentence, section, line, column, footnote, role, estimate, qualifiers, report, source"),
        ("economy.tourism.revenue.statu", "indicator has no field 'statu'", "did you mean 'status'?"),
        // A word of a field's name, half-remembered: the fields it is a word of.
        ("economy.tourism.revenue | select kind", "unknown name 'kind'", "did you mean 'target_kind'?"),
        ("economy.tourism.revenue.level", "indicator has no field 'level'", "did you mean 'target_level'?"),
        ("roud(1)", "unknown function 'roud'", "did you mean 'round'?"),
        ("1 ha + 5", "cannot apply '+' to quantity in ha and number", "give the number a unit, e.g. 5 tỷ đồng"),
        ("1 ha in tấn", "cannot convert ha (area) to tấn (mass)", nil),
        ("facts | where 1", "'where' needs a condition that is true or false, not number", nil),
        ("3 | count", "a pipeline step needs a list, not number", "start from facts, indicators, targets or search \"…\""),
        ("fact", "unknown name 'fact'", "did you mean 'facts'?"),
        ("let facts = 1", "'facts' is a reserved name", "choose another name"),
    ] as [(String, String, String?)])
    func runtimeErrors(_ query: String, _ message: String, _ hint: String?) {
        do {
            _ = try run(query)
            Issue.record("'\(query)' did not fail")
        } catch let error as QueryError {
            #expect(error.phase == .runtime)
            #expect(error.message == message)
            #expect(error.hint == hint)
            #expect(error.location != nil)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("one indicator, fact or record is a row a pipeline step runs over, as a list of several reports' rows is")
    func oneRow() throws {
        #expect(try run("economy.tourism.revenue | count") == "1")
        #expect(try run("economy.tourism.revenue | select actual, status") == "[{actual: 1.746 tỷ đồng, status: met}]")
        #expect(try run("economy.tourism.revenue | where status == \"missed\" | count") == "0")
    }

    @Test("a recursive function stops with an error, not a crash")
    func recursion() {
        let session = QuerySession(context: Self.context)
        _ = try? session.run("def f(x) = f(x)")
        #expect(throws: QueryError.self) { try session.run("f(1)") }
    }
}

@Suite("Arithmetic properties")
struct ArithmeticPropertyTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    @Test("converting there and back gives the value again, exactly")
    func roundTrips() throws {
        var random = SplitMix(state: 20231124)
        let pairs = [("tỷ đồng", "triệu đồng"), ("ha", "m2"), ("tấn", "kg"), ("km", "m"), ("nghìn lượt", "lượt")]
        let session = QuerySession(context: Reports.context(Reports.secondStore))
        for _ in 0..<200 {
            let (a, b) = pairs[Int.random(in: 0..<pairs.count, using: &random)]
            let cents = Int.random(in: -10_000_000...10_000_000, using: &random)
            let literal = "\(cents / 100).\(String(format: "%02d", abs(cents % 100)))"
            let text = "(\(cents < 0 && cents / 100 == 0 ? "-" : "")\(literal) \(a) in \(b)) in \(a) == \(cents < 0 && cents / 100 == 0 ? "-" : "")\(literal) \(a)"
            let value = try #require(try session.run(text).first)
            guard case .bool(true) = value else { Issue.record("round trip failed: \(text)"); return }
        }
    }

    @Test("sums of decimals are exact")
    func exactSums() throws {
        let session = QuerySession(context: Reports.context(Reports.secondStore))
        let tenths = Array(repeating: "0.1", count: 1000).joined(separator: " + ")
        #expect(ValueFormatter().inline(try #require(try session.run(tenths).first)) == "100")
        #expect(ValueFormatter(significantDigits: nil).inline(try #require(try session.run("123456789.123456789 * 1000 tỷ đồng").first)) == "123.456.789.123,456789 tỷ đồng")
    }
}
