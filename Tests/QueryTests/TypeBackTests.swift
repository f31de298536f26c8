import Testing
import Foundation
import Facts
import Query
import TestSupport

/// What baocao prints, a user can type back: every number and unit reads as
/// the same value, or is refused with the reason — never silently another.
@Suite("Typing back what baocao prints")
struct TypeBackTests {
    static let context = Reports.context()

    func run(_ query: String) throws -> String {
        ValueFormatter().inline(try #require(try QuerySession(context: Self.context).run(query).last))
    }

    func refusal(_ query: String) -> QueryError? {
        do {
            _ = try QuerySession(context: Self.context).run(query)
            return nil
        } catch {
            // `run` throws only QueryError (typed throws).
            return error
        }
    }

    @Test("a number grouped the report's way that a query would read as a decimal is refused, naming both readings", arguments: [
        "1.746 tỷ đồng == economy.tourism.revenue",
        "economy.tourism.revenue > 1.000 tỷ đồng",
    ])
    func ambiguousGroups(_ query: String) throws {
        let error = try #require(refusal(query), "\(query) was read")
        #expect(error.message.contains("reads two ways"), "\(error.message)")
        #expect(error.hint?.contains("_") == true, "\(error.hint ?? "")")
    }

    @Test("a fraction as the report writes it is refused: a query would divide")
    func fractions() throws {
        let error = try #require(refusal("476/480"))
        #expect(error.message.contains("reads two ways") && error.hint?.contains("476 / 480") == true)
        #expect(try run("10 / 4") == "2,5")
    }

    @Test("per mille reads back as printed and converts to percent and back")
    func perMille() throws {
        #expect(try run("14.6‰") == "14,6‰")
        #expect(try run("14.6‰ in %") == "1,46%")
        #expect(try run("1% in ‰") == "10‰")
        #expect(try run("14.6‰ + 1%") == "24,6‰")
        #expect(try run("2‰ / 1%") == "0,2")
        #expect(try run("2‰ > 0.1%") == "true")
    }

    @Test("a rate of the report and the same rate typed are one value")
    func rates() throws {
        let query = "facts | where unit == \"triệu đồng/tháng\" | take 1 | select v = value in đồng/tháng, more = value > 1 nghìn đồng/tháng"
        let row = try run(query)
        #expect(row.contains(" đồng/tháng") && row.contains("more: true"), "\(row)")
    }

    @Test("a rate per several units, as a report writes an income, reads back and equals the report's")
    func compoundRates() throws {
        #expect(try run("51.8 triệu đồng/người/năm") == "51,8 triệu đồng/người/năm")
        #expect(try run("2.5 tấn/ha/năm * 2") == "5 tấn/ha/năm")
        // What a rate is per, in two words.
        #expect(try run("9.4 bác sĩ/vạn dân * 2") == "18,8 bác sĩ/vạn dân")
        #expect(try run("5 m3/ngày đêm") == "5 m³/ngày đêm")
        // A no-break space copied with a figure from a report is a space.
        #expect(try run("1285\u{00A0}ha + 1 ha") == "1.286 ha")
        let context = Reports.context(Reports.store(markdown: "# I. KẾT QUẢ\n\nThu nhập bình quân đầu người đạt 51,8 triệu đồng/người/năm.\n"))
        let same = try QuerySession(context: context).run("facts | take 1 | select same = value == 51.8 triệu đồng/người/năm").last
        #expect(ValueFormatter().inline(try #require(same)).contains("same: true"))
    }

    @Test("numbers as printed", arguments: [
        ("1746 tỷ đồng == economy.tourism.revenue", "true"),
        ("1_746 tỷ đồng == economy.tourism.revenue", "true"),
        ("economy.tourism.revenue > 1_000 tỷ đồng", "true"),
        ("3.176.000 lượt", "3.176.000 lượt"),
        ("1.234.567,5 ha in ha", "1.234.567,5 ha"),
        ("10–11%", "10–11%"),
        ("economy.growth.target == 10–11%", "true"),
        ("(2300–2500 người).upper", "2.500"),
        ("0.125", "0,125"),
        ("1.5 + 1.25", "2,75"),
    ])
    func readBack(_ query: String, _ expected: String) throws {
        #expect(try run(query) == expected)
    }

    @Test("a comma between digits is refused with what to type in each style", arguments: [
        ("31,04%", "31.04"),
        ("1,746 tỷ đồng", "1746"),
        ("1.920,5 ha", "1920.5"),
        ("[1,2]", "1, 2"),
    ])
    func commas(_ query: String, _ advice: String) throws {
        let error = try #require(refusal(query), "\(query) was read")
        #expect(error.message.contains("comma between digits"))
        #expect(error.hint?.contains(advice) == true, "\(error.hint ?? "")")
    }

    @Test("units as printed, without accents, compound, and % of a ratio", arguments: [
        ("12 m² in ha", "0,0012 ha"),
        ("1 km² in ha", "100 ha"),
        ("economy.tourism.revenue in ty dong", "1.746 tỷ đồng"),
        ("economy.tourism.revenue in tỉ đồng", "1.746 tỷ đồng"),
        ("3 luot khach", "3 lượt"),
        ("0.25 in %", "25%"),
        ("economy.tourism.revenue / economy.tourism.revenue.target in %", "76,31%"),
        ("economy.tourism.revenue / economy.tourism.arrivals in đồng/lượt", "549.748 đồng/lượt"),
        ("economy.tourism.revenue / economy.tourism.arrivals in nghìn đồng / lượt", "549,7 nghìn đồng/lượt"),
        ("549748 đồng/lượt in nghìn đồng/lượt", "549,748 nghìn đồng/lượt"),
        ("2 tỷ đồng / 4 lượt", "500.000.000 đồng/lượt"),
        ("0.02 điểm %", "0,02 điểm %"),
    ])
    func units(_ query: String, _ expected: String) throws {
        #expect(try run(query) == expected)
    }

    @Test("a unit printed with commas (the communes and wards counted as one, the officials) reads back; a comma with a space before it still separates")
    func commaUnits() throws {
        #expect(try run("3 xã + 2 phường") == "5 xã, phường")
        #expect(try run("5 xã, phường - 1 xã") == "4 xã, phường")
        #expect(try run("12 cán bộ, công chức, viên chức + 3 cán bộ, công chức, viên chức") == "15 cán bộ, công chức, viên chức")
        #expect(try run("round(3 xã , 0)") == "3 xã, phường")
        #expect(try run("[1 xã, 2 xã] | count") == "2")
    }

    @Test("an unknown unit is named, with the nearest known one", arguments: [
        ("economy.tourism.revenue in tydong", "tỷ đồng"),
        ("economy.tourism.revenue in ty", "tỷ đồng"),
        ("5 hecta in mm2", "m2"),
    ])
    func unknownUnits(_ query: String, _ suggestion: String) throws {
        let error = try #require(refusal(query), "\(query) was read")
        #expect(error.hint?.contains(suggestion) == true, "\(error.message) — \(error.hint ?? "")")
    }

    /// Reads `text` as a query: the value it gives, or nil when refused.
    static func readBack(_ text: String) -> Measure? {
        guard let value = try? QuerySession(context: context).run(text).last else { return nil }
        switch value {
        case .measure(let m): return m
        case .number(let n): return Measure(n, .none)
        default: return nil
        }
    }

    /// Whether `read` is `original`: the same amounts in units of one dimension and scale.
    static func same(_ read: Measure, _ original: Measure) -> Bool {
        read.value == original.value && read.upper == original.upper && read.whole == original.whole
            && read.unit.dimension == original.unit.dimension && read.unit.factor == original.unit.factor
    }

    @Test("every value of the report, printed in either style, reads back the same or is refused", arguments: NumberStyle.allCases)
    func everyFact(_ style: NumberStyle) throws {
        let formatter = ValueFormatter(style: style)
        var readSame = 0
        for fact in Reports.embeddedStore.facts {
            let original = Measure(fact: fact)
            let printed = formatter.inline(.measure(original))
            guard let read = Self.readBack(printed) else { continue }
            #expect(Self.same(read, original), "\(printed) read back as \(formatter.inline(.measure(read)))")
            if Self.same(read, original) { readSame += 1 }
        }
        // Most values are small or plainly grouped: refusals are the exception.
        #expect(readSame * 2 > Reports.embeddedStore.facts.count, "only \(readSame) read back")
    }

    @Test("computed numbers, printed exactly in either style, read back the same or are refused", arguments: NumberStyle.allCases)
    func randomNumbers(_ style: NumberStyle) throws {
        var generator = ArithmeticPropertyTests.SplitMix(state: 11)
        let formatter = ValueFormatter(style: style, significantDigits: nil)
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...10, using: &generator), decimals = Int.random(in: 0...4, using: &generator)
            let mantissa = Decimal(Int.random(in: 0..<Int(pow(10, Double(digits))), using: &generator))
            let value = mantissa / pow(Decimal(10), decimals)
            let printed = formatter.inline(.measure(Measure(value, UnitLexicon.unit(named: "ha")!)))
            guard let read = Self.readBack(printed) else { continue }
            #expect(read.value == value, "\(printed) read back as \(read.value)")
        }
    }
}
