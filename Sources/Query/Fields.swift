import FoundationEssentials
import Facts
import PluginKit

/// The fields of facts, indicators and records: `.actual`, `.target`,
/// `.attainment`, `.status`, `.source`, `.unit`, `.sentence` …
enum Fields {
    static let indicatorFields = ["actual", "value", "target", "plan", "previous", "attainment", "status", "unit",
                                  "source", "label", "label_en", "key", "path", "domain"]
    static let factFields = ["id", "value", "unit", "dimension", "text", "sentence", "section", "line", "column",
                             "footnote", "role", "estimate", "qualifiers", "report"]

    /// The field `name` of `value`, or nil if it has none.
    static func field(_ name: String, of value: Value) -> Value? {
        switch value {
        case .indicator(let indicator): return field(name, of: indicator)
        case .fact(let fact): return field(name, of: fact)
        case .record(let fields): return fields.first { $0.0 == name }?.1
        case .derived(let path, let formula, let result, _):
            switch name {
            case "formula": return .text(formula)
            case "path", "key": return .text(path)
            case "value", "actual": return result.value
            default: return field(name, of: result.value)
            }
        case .number, .measure, .text, .bool:
            // A plain value in a list is its own `value`: `[3, 1, 2] | sort value`.
            return name == "value" ? value : nil
        default: return nil
        }
    }

    static func field(_ name: String, of indicator: IndicatorValue) -> Value? {
        switch name {
        case "actual", "value": return indicator.actual.map(Value.fact) ?? .null
        case "target": return indicator.target.map(Value.fact) ?? .null
        case "plan":
            // The plan is implied by the value and its share of plan: actual ÷ (attainment / 100).
            guard let actual = indicator.actual, let attainment = indicator.attainment, attainment != 0 else { return .null }
            return .measure(Measure(actual.value * 100 / attainment, actual.unit))
        case "previous":
            guard let actual = indicator.actual else { return .null }
            if let (share, _, _) = actual.comparison(.percentOfPrevious), share != 0 {
                return .measure(Measure(actual.value * 100 / share, actual.unit))
            }
            if let (change, unit, _) = actual.comparison(.changeOnPrevious) {
                if unit.dimension == .percent { return .measure(Measure(actual.value * 100 / (100 + change), actual.unit)) }
                if unit.dimension == actual.unit.dimension { return .measure(Measure(actual.value - change * unit.factor / actual.unit.factor, actual.unit)) }
            }
            return .null
        case "attainment": return indicator.attainment.map { .measure(Measure($0, .percent)) } ?? .null
        case "status": return .text(indicator.status.rawValue)
        case "unit": return .text(indicator.actual?.unit.symbol ?? indicator.indicator.unit)
        case "source": return indicator.actual.map(source) ?? .null
        case "label": return .text(indicator.indicator.label.vi)
        case "label_en": return .text(indicator.indicator.label.en)
        case "key", "path": return .text(indicator.path)
        case "domain": return .text(indicator.namespace)
        default: return nil
        }
    }

    static func field(_ name: String, of fact: Fact) -> Value? {
        switch name {
        case "id": return .number(Decimal(fact.id))
        case "value": return .measure(Measure(fact.quantity))
        case "unit": return .text(fact.unit.symbol)
        case "dimension": return .text(fact.unit.dimension.family)
        case "text": return .text(fact.text)
        case "sentence": return .text(fact.sentence)
        case "section": return .text(fact.sectionPath)
        case "line": return .number(Decimal(fact.location.line))
        case "column": return .number(Decimal(fact.location.column))
        case "footnote": return fact.footnote.map { .number(Decimal($0)) } ?? .null
        case "role":
            if case .comparison(let kind) = fact.role { return .text(kind.rawValue) }
            return .text("primary")
        case "estimate": return .bool(fact.isEstimate)
        case "qualifiers": return .list(fact.qualifiers.map { .text($0.kind) })
        case "report": return .text(fact.report)
        case "source": return source(fact)
        default: return nil
        }
    }

    static func source(_ fact: Fact) -> Value {
        var fields: [(String, Value)] = [
            ("section", .text(fact.sectionPath)),
            ("line", .number(Decimal(fact.location.line))),
            ("column", .number(Decimal(fact.location.column))),
        ]
        fields.append(("footnote", fact.footnote.map { .number(Decimal($0)) } ?? .null))
        fields.append(("sentence", .text(fact.sentence)))
        return .record(fields)
    }

    /// Field names a value offers, for errors and completion.
    static func names(of value: Value) -> [String] {
        switch value {
        case .indicator: indicatorFields
        case .fact: factFields + ["source"]
        case .record(let fields): fields.map(\.0)
        case .derived: ["formula", "value", "path"]
        default: []
        }
    }
}
