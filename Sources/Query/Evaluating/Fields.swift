import FoundationEssentials
import Platform
import Facts

/// The fields of facts, records and derived values (`.value`, `.unit`,
/// `.sentence`, `.source` …); a catalogue entity answers for its own.
public enum Fields {
    static let factFields = ["id", "value", "number", "lower", "upper", "of", "share", "kind", "unit", "dimension", "text", "sentence", "section", "line", "column",
                             "footnote", "role", "estimate", "qualifiers", "report"]

    /// What a row is called in provenance: an indicator's path (`economy.exports`),
    /// a row's `path` field, a fact's id (`#15`); nil for other values.
    static func label(of item: Value) -> String? {
        switch item {
        case .entity(let entity): return entity.name
        case .fact(let fact): return "#\(fact.id)"
        case .record(let fields):
            if case .text(let path)? = fields.first(where: { $0.0 == "path" })?.1 { return path }
            return nil
        default: return nil
        }
    }

    /// The field `name` of a pipeline's item: as ``field(_:of:)``, but a plain
    /// quantity in a list is its own `value` (`[1 ha, 2 ha] | select value`).
    static func itemField(_ name: String, of item: Value) -> Value? {
        if name == "value", case .measure = item { return item }
        return field(name, of: item)
    }

    /// The field `name` of `value`, or nil if it has none; a CSV export's column
    /// (`target_unit`, `change_unit`, `plan_upper`) names its quantity's part,
    /// so a column read in a spreadsheet can be typed back.
    static func field(_ name: String, of value: Value) -> Value? {
        if let found = ownField(name, of: value) { return found }
        return exportColumn(name, of: value)
    }

    /// `target_value` (the number), `target_unit`, `target_level_unit`: the part after the last `_` of the field before it,
    /// as the CSV export splits a quantity into columns; null when that field is.
    private static func exportColumn(_ name: String, of value: Value) -> Value? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let part = String(name[name.index(after: underscore)...])
        guard ["value", "unit", "upper"].contains(part), let whole = ownField(String(name[..<underscore]), of: value) else { return nil }
        if case .null = whole { return .null }
        // The column holds the plain number, which a quantity's `value` is not.
        return field(part == "value" ? "number" : part, of: whole)
    }

    private static func ownField(_ name: String, of value: Value) -> Value? {
        switch value {
        case .entity(let entity): return entity.field(name)
        case .fact(let fact): return field(name, of: fact)
        case .record(let fields): return fields.first { $0.0 == name }?.1
        case .derived(let path, let formula, let result, _):
            switch name {
            case "formula": return .text(formula)
            case "path", "key": return .text(path)
            case "value", "actual": return result.value
            default: return field(name, of: result.value)
            }
        case .measure(let measure):
            // A quantity's number and unit, taken out of it: `economy.tourism.revenue.actual.value`.
            switch name {
            case "value", "number", "lower": return .number(measure.value)
            case "upper": return measure.upper.map(Value.number) ?? .null
            case "of": return measure.whole.map(Value.number) ?? .null
            case "share": return measure.whole.flatMap { $0 == 0 ? nil : Value.measure(Measure(measure.value * 100 / $0, .percent)) } ?? .null
            case "kind": return .text(measure.kind)
            case "unit": return .text(measure.symbol)
            default: return nil
            }
        case .number, .text, .bool:
            // A plain value in a list is its own `value`: `[3, 1, 2] | sort value`.
            return name == "value" ? value : nil
        case .list(let items) where !items.isEmpty:
            // A field of a list is the field of each item (`economy.tourism.revenue.target`
            // over several reports), when every item has it.
            var values: [Value] = []
            for item in items {
                guard let found = field(name, of: item) else { return nil }
                values.append(found)
            }
            return .list(values)
        default: return nil
        }
    }

    /// The field `name` of a fact (`text`, `sentence`, `section`, `line` …), or nil if facts have none so named.
    public static func field(_ name: String, of fact: Fact) -> Value? {
        switch name {
        case "id": return .number(Decimal(fact.id))
        case "value": return .measure(Measure(fact: fact))
        case "number", "lower": return .number(fact.value)
        case "upper": return fact.upper.map(Value.number) ?? .null
        case "of": return fact.denominator.map(Value.number) ?? .null
        case "share": return fact.denominator.flatMap { $0 == 0 ? nil : Value.measure(Measure(fact.value * 100 / $0, .percent)) } ?? .null
        case "kind":
            if case .comparison(let kind) = fact.role, kind == .changeOnPrevious { return .text("change") }
            return .text(Measure(fact: fact).kind)
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

    /// Where a fact came from, as a record: section, line, column, footnote, sentence.
    public static func source(_ fact: Fact) -> Value {
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
        case .measure: ["value", "number", "unit", "lower", "upper", "of", "share", "kind"]
        case .entity(let entity): entity.fieldNames
        case .fact: factFields + ["source"]
        case .record(let fields): fields.map(\.0)
        case .derived: ["formula", "value", "path"]
        case .list(let items): items.first.map(names) ?? []
        default: []
        }
    }
}
