import FoundationEssentials
import Facts
import Report
import PluginKit
import Query
import Platform

/// Writes values as JSON. Numbers are written from their exact decimal
/// digits, so money adds up to the đồng on the reader's side too.
public struct JSONWriter {
    public init() {}

    public func write(_ value: Value) -> String {
        switch value {
        case .number(let n): return n.description
        case .measure(let m):
            return object([("value", m.value.description)] + (m.upper.map { [("upper", $0.description)] } ?? [])
                          + (m.whole.map { [("of", $0.description)] } ?? []) + [("unit", string(m.symbol))])
        case .text(let t): return string(t)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .list(let items): return "[" + items.map(write).joined(by: ",") + "]"
        case .record(let fields): return object(fields.map { ($0.0, write($0.1)) })
        case .fact(let fact): return write(fact)
        case .entity(let entity as IndicatorValue): return write(entity)
        case .entity(let entity): return write(entity.primary)
        case .derived(let path, let formula, let result, let inputs):
            return object([("path", string(path)), ("formula", string(formula)), ("value", write(result.value)),
                           ("inputs", "[" + inputs.map(write).joined(by: ",") + "]")])
        }
    }

    /// A fact: exact value, unit, the text as written, qualifiers and source.
    public func write(_ fact: Fact) -> String {
        var fields: [(String, String)] = [
            ("id", String(fact.id)),
            ("report", string(fact.report)),
            ("value", fact.value.description),
            ("unit", string(fact.unit.symbol)),
            ("dimension", string(fact.unit.dimension.family)),
        ]
        if let upper = fact.upper { fields.append(("upper", upper.description)) }
        if let denominator = fact.denominator { fields.append(("of", denominator.description)) }
        fields += [
            ("text", string(fact.text)),
            ("qualifiers", "[" + fact.qualifiers.map(write).joined(by: ",") + "]"),
            ("role", string({ if case .comparison(let k) = fact.role { return k.rawValue } else { return "primary" } }())),
            ("qualifies", fact.qualifies.map(String.init) ?? "null"),
            ("section", string(fact.sectionPath)),
            ("footnote", fact.footnote.map(String.init) ?? "null"),
            ("line", String(fact.location.line)),
            ("column", String(fact.location.column)),
            ("sentence", string(fact.sentence)),
        ]
        return object(fields)
    }

    func write(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .estimate, .cumulative: return object([("kind", string(qualifier.kind))])
        case .asOf(let date): return object([("kind", string("asOf")), ("date", string(date))])
        case .approximate(let word): return object([("kind", string("approximate")), ("word", string(word))])
        case .status(let status): return object([("kind", string("status")), ("status", string(status.rawValue))])
        case .ofPlace(let place): return object([("kind", string("place")), ("place", string(place))])
        case .comparison(let kind, let value, let upper, let unit, let fact):
            var fields = [("kind", string(kind.rawValue)), ("value", value.description)]
            if let upper { fields.append(("upper", upper.description)) }
            return object(fields + [("unit", string(unit.symbol)), ("fact", String(fact))])
        }
    }

    public func write(_ indicator: IndicatorValue) -> String {
        // The parts a value counted in parts sums (`12 chỉ tiêu + 7 chỉ tiêu`), only where it is one.
        let parts: [(String, String)] = indicator.parts.isEmpty ? [] : [("parts", "[" + indicator.parts.map(write).joined(by: ",") + "]")]
        let fields: [(String, String)] = [
            ("report", string(indicator.report)),
            ("place", indicator.header?.place.map(string) ?? "null"),
            ("year", indicator.header?.year.map(String.init) ?? "null"),
            ("period", indicator.header.map { string($0.period.name) } ?? "null"),
            ("path", string(indicator.path)),
            ("label", string(indicator.indicator.label.vi)),
            ("label_en", string(indicator.indicator.label.en)),
            ("unit", string(indicator.actual?.unit.symbol ?? indicator.indicator.unit)),
            ("actual", indicator.actual.map(write) ?? "null"),
            ("target", indicator.planTarget.map { write($0.stated) } ?? "null"),
            ("target_kind", indicator.planTarget.map { string($0.kind.rawValue) } ?? "null"),
            // What baocao computed (a level, a plan, last year's figure, an attainment) to six places.
            ("target_level", indicator.targetLevel.map { object([("value", ComputedNumber.text($0.value)), ("unit", string($0.unit.symbol))]) }
                ?? "null"),
            ("plan", indicator.planDerivation.map { plan in
                object([("value", ComputedNumber.text(plan.quantity.value)), ("upper", plan.upper.map(ComputedNumber.text) ?? "null"),
                        ("unit", string(plan.quantity.unit.symbol))])
            } ?? "null"),
            ("previous", indicator.previous.map { object([("value", ComputedNumber.text($0.value)), ("unit", string($0.unit.symbol))]) }
                ?? "null"),
            ("change", indicator.statedChange.map {
                object([("value", $0.value.description), ("unit", string($0.unit.symbol))])
            } ?? "null"),
            ("attainment", indicator.attainment.map(ComputedNumber.text) ?? "null"),
            ("attainment_note", indicator.attainmentNote.map(string) ?? "null"),
            ("status", string(indicator.status.rawValue)),
        ]
        return object(fields + parts)
    }

    func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)):\($0.1)" }.joined(by: ",") + "}"
    }

    /// A JSON string literal.
    public func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
