import FoundationEssentials
import Platform
import Facts

/// Writes values for people: numbers as the report writes them by default
/// (`1.234 tỷ đồng`, `8,25%`), lists of records as aligned tables, and —
/// on request — where a value came from.
public struct ValueFormatter: Sendable {
    public var style: NumberStyle
    /// How many significant digits a computed number with more than two
    /// decimals shows (its whole part always whole): nil shows it exactly, up
    /// to ``maxFractionDigits`` decimals. A value of the report, and one
    /// converted from it, prints as the report wrote it.
    public var significantDigits: Int? = 4
    /// Quotients are exact but may not end: never more decimals than this.
    public static let maxFractionDigits = 6

    public init(style: NumberStyle = .vietnamese, significantDigits: Int? = 4) {
        self.style = style
        self.significantDigits = significantDigits
    }

    /// A computed number as text, to `significantDigits` (`28,32%`, `549.748`).
    public func number(_ value: Decimal) -> String {
        style.format(value.rounded(places: decimals(for: value)))
    }

    /// The decimals to show of `value`: enough for the significant digits beyond its whole part.
    /// A number of three decimals or fewer (`12,5`, `3,125`, a `round(x, 1)`,
    /// a sum of amounts in tỷ đồng written to the million) shows them all;
    /// only a longer tail (a quotient's) is cut.
    func decimals(for value: Decimal) -> Int {
        guard let significantDigits, Self.fractionDigits(of: value) > 3 else { return Self.maxFractionDigits }
        let magnitude = value < 0 ? -value : value
        guard magnitude >= 1 else {
            // Below one: the digits after the leading zeros (0,002346).
            var scaled = magnitude, zeros = 0
            while scaled > 0, scaled < 1, zeros < Self.maxFractionDigits { scaled *= 10; zeros += 1 }
            return min(Self.maxFractionDigits, zeros - 1 + significantDigits)
        }
        var whole = 0, rest = magnitude
        while rest >= 1 { rest /= 10; whole += 1 }
        return min(Self.maxFractionDigits, max(0, significantDigits - whole))
    }

    /// How many decimals `value` has, trailing zeros aside.
    static func fractionDigits(of value: Decimal) -> Int {
        guard value.exponent < 0 else { return 0 }
        let text = DecimalDescription.of(value)
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: point)...].count
    }

    /// A value of the report: exactly as written.
    func exact(_ value: Decimal) -> String { style.format(value) }

    public func measure(_ m: Measure) -> String {
        // A range of falls (`giảm từ 1,5 - 2%`) as it is typed back: `-(1,5–2%)`.
        if let upper = m.upper, m.value < 0, upper < 0 {
            var positive = m
            positive.value = -m.value
            positive.upper = -upper
            return "-(" + measure(positive) + ")"
        }
        let write = m.isFromReport ? exact : number
        var n = write(m.value)
        if let upper = m.upper { n += "–" + write(upper) }
        if let whole = m.whole { n += "/" + write(whole) }
        if m.unit.dimension == .percent && m.per == nil { return n + m.unit.symbol }
        let symbol = m.symbol
        return symbol.isEmpty ? n : "\(n) \(symbol)"
    }

    /// One line, no provenance: what a table cell or `plain` output shows.
    public func inline(_ value: Value) -> String {
        switch value {
        case .number(let n): return number(n)
        case .measure(let m): return measure(m)
        case .text(let t): return t
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .list(let items): return "[" + items.map(inline).joined(by: ", ") + "]"
        case .record(let fields): return "{" + fields.map { "\($0.0): \(inline($0.1))" }.joined(by: ", ") + "}"
        case .fact(let fact): return factValue(fact)
        case .entity(let entity): return inline(entity.primary)
        case .derived(_, _, let result, _): return inline(result.value)
        }
    }

    public func factValue(_ fact: Fact) -> String { fact.formattedValue(style) }

    /// A value with the words that qualify it: `1.234 tỷ đồng (ước; vượt 20,5% kế hoạch)`.
    public func qualified(_ fact: Fact) -> String {
        let notes = qualifierNotes(fact)
        guard var text = notes.first.map({ "\(factValue(fact)) (\($0)" }) else { return factValue(fact) }
        // Appended, not `joined(separator:)`: the first call of that generic
        // method looks up its types at run time.
        for note in notes.dropFirst() { text += "; " + note }
        return text + ")"
    }

    /// The qualifiers of a fact in the report's own words.
    public func qualifierNotes(_ fact: Fact) -> [String] {
        fact.qualifiers.map { qualifier in
            switch qualifier {
            case .estimate: "ước"
            // The year, span of years or part of the period the figure is of (`năm 2023`, `giai đoạn 2021-2025`,
            // `bình quân mỗi năm`, `trong tháng 7`), or the day it was counted up to.
            case .asOf(let date): Self.namesSpan(date) ? date : "đến \(date)"
            case .approximate(let word): word
            case .cumulative: "lũy kế"
            // Another place's figure, by the place as the sentence names it.
            // (The mention as written may say `của` itself: `bình quân chung của tỉnh`.)
            case .ofPlace(let place): place.hasPrefix("của ") ? place : "của " + place
            case .status(let status): status == .missed ? "chưa đạt" : (status == .exceeded ? "vượt kế hoạch" : "đạt kế hoạch")
            case .comparison(let kind, let value, let upper, let unit, _):
                comparisonNote(kind, Measure(value, unit), upper: upper)
            }
        }
    }

    private func comparisonNote(_ kind: ComparisonKind, _ m: Measure, upper: Decimal?) -> String {
        // A range (`mục tiêu 11–12%`) as the report writes it.
        let v = upper.map { number(m.value) + "–" + measure(Measure($0, m.unit, per: m.per)) } ?? measure(m)
        switch kind {
        case .percentOfPlan: return "đạt \(v) kế hoạch"
        // A shortfall against the plan (`giảm 2,5% so với kế hoạch`) in the words it came in, not `vượt -2,5%`.
        case .exceedsPlanBy where m.value < 0: return "giảm " + measure(Measure(-m.value, m.unit)) + " so với kế hoạch"
        case .exceedsPlanBy: return "vượt \(v) kế hoạch"
        case .percentOfProvinceEstimate: return "\(v) dự toán tỉnh giao"
        case .percentOfCityEstimate: return "\(v) dự toán thành phố giao"
        case .percentOfEstimate: return "\(v) dự toán"
        case .percentOfPrevious: return "bằng \(v) năm trước"
        case .impliesLevel: return "mức \(v)"
        // No change (`không tăng, không giảm`) in the words it came in.
        case .changeOnPrevious where m.value == 0: return "bằng năm trước"
        case .changeOnPrevious: return movement(m) + " so với năm trước"
        case .target: return "mục tiêu \(v)"
        case .previousValue: return "năm trước \(v)"
        case .earlierValue: return "từ \(v)"
        // A figure of another span qualifies no other; were it to, it would be of another period.
        case .periodValue: return "kỳ khác \(v)"
        case .changeOnPriorPeriod: return movement(m) + " so với kỳ trước"
        case .percentOfPriorPeriod: return "bằng \(v) kỳ trước"
        // The year compared with is in the sentence: `so với năm gốc`, the base year's figure.
        case .changeOnEarlierYear: return movement(m) + " so với năm gốc"
        case .percentOfEarlierYear: return "bằng \(v) năm gốc"
        case .changeTarget: return "kế hoạch " + movement(m)
        case .percentOfPlanLastYear: return "cùng kỳ đạt \(v) kế hoạch"
        }
    }

    /// A signed change in the report's words: `tăng 2,5%`, `giảm 04 vụ` for -4.
    private func movement(_ m: Measure) -> String {
        (m.value < 0 ? "giảm " : "tăng ") + measure(Measure(m.value < 0 ? -m.value : m.value, m.unit))
    }

    /// Where a fact came from: `Phần I › II › 1 › a) …, line 45 (footnote 3)`;
    /// `line 4` alone before the report's first heading.
    public func source(_ fact: Fact) -> String {
        let line = "line \(fact.location.line)"
        var text = fact.sectionPath.isEmpty ? line : "\(fact.sectionPath), \(line)"
        if let footnote = fact.footnote { text += " (footnote \(footnote))" }
        return text
    }
}

extension ValueFormatter {
    /// Whether an `asOf` qualifier names the time a figure is of rather than the day it was counted up to.
    static func namesSpan(_ date: String) -> Bool {
        date.hasPrefix("năm ") || date.hasPrefix("giai đoạn ") || date.hasPrefix("bình quân ") || date.hasPrefix("trong ")
    }
}
