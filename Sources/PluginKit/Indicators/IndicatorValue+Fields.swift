import FoundationEssentials
import Facts
import Report
import Query
import Platform

/// An indicator in a query: its fields as the language reads them.
extension IndicatorValue: QueryEntity {
    static let fields = ["actual", "value", "target", "target_kind", "target_level", "plan", "previous", "change", "attainment", "status", "unit",
                         "parts", "source", "text", "sentence", "section", "line", "label", "label_en", "key", "path", "domain", "report",
                         "place", "year", "period"]

    public var kind: String { "indicator" }
    public var name: String { path }
    public var primary: Value { actual.map(Value.fact) ?? .null }
    public var fieldNames: [String] { Self.fields }

    public func field(_ name: String) -> Value? {
        switch name {
        case "actual", "value": return primary
        case "target": return statedTarget.map(Value.fact) ?? .null
        case "target_kind": return planTarget.map { .text($0.kind.rawValue) } ?? .null
        case "target_level": return Self.value(of: targetLevelDerivation, named: path + ".target_level")
        case "plan": return Self.value(of: planDerivation, named: path + ".plan")
        case "previous": return Self.value(of: previousDerivation, named: path + ".previous")
        // Stated beside the value, or a fact of its own where the report gives it apart.
        case "change": return changeDerivation.map { Self.value(of: $0, named: path + ".change") } ?? change.map(Value.fact) ?? .null
        case "attainment": return attainment.map { .measure(Measure($0, .percent)) } ?? .null
        case "status": return .text(status.rawValue)
        case "unit": return .text(actual?.unit.symbol ?? indicator.unit)
        // The parts a value counted in parts sums (`12 chỉ tiêu vượt …, 7 chỉ tiêu đạt …`); empty for any other.
        case "parts": return .list(parts.map(Value.fact))
        case "source": return given.map(Fields.source) ?? .null
        // How the value is written and where it stands, as the CSV export's columns of the same names: with no
        // figure, where the share of plan or the change it was read from stands.
        case "text": return writtenText.map(Value.text) ?? .null
        case "sentence", "section", "line": return given.flatMap { Fields.field(name, of: $0) } ?? .null
        case "label": return .text(indicator.label.vi)
        case "label_en": return .text(indicator.label.en)
        case "key", "path": return .text(path)
        case "domain": return .text(namespace)
        case "report": return .text(report)
        case "place": return header?.place.map(Value.text) ?? .null
        case "year": return header?.year.map { .text(String($0)) } ?? .null
        case "period": return header.map { .text($0.period.name) } ?? .null
        default: return nil
        }
    }

    /// A computed field as a value that keeps its formula and the facts it read (null when there is none).
    static func value(of derivation: Derivation?, named name: String) -> Value {
        guard let derivation else { return .null }
        let measure = Measure(derivation.quantity.value, derivation.quantity.unit, upper: derivation.upper)
        return .derived(path: name, formula: derivation.formula, result: Value.Box(.measure(measure)),
                        inputs: derivation.inputs.map { .record([(Value.inputName, .text($0.name)), ("value", .fact($0.fact))]) })
    }
}
