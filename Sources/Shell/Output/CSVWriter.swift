import FoundationEssentials
import Platform
import Facts
import Report
import PluginKit
import Query

/// `--format csv`: data for other tools, not a picture of a table. Columns
/// are named the same whatever the rows hold; numbers are plain (`12345`,
/// `8.25`: digits and a `.`), with their unit in a column of its own; ids
/// are numbers. Facts and indicators have fixed columns (docs/LANGUAGE.md);
/// a record's columns that hold a quantity in any row split into `name` and
/// `name_unit`.
enum CSVWriter {
    static let factColumns = ["report", "id", "value", "upper", "of", "unit", "dimension", "text", "role", "qualifiers",
                              "estimate", "section", "line", "column", "footnote", "sentence"]
    static let indicatorColumns = ["report", "place", "year", "period", "path", "label", "value", "upper", "of", "unit", "text",
                                   "target_value", "target_upper", "target_unit", "target_kind", "target_level", "target_level_unit",
                                   "status", "attainment", "plan", "plan_upper", "previous", "change", "change_unit", "section", "line", "sentence"]

    static func write(_ value: Value) -> String {
        let items: [Value]
        if case .list(let list) = value { items = list } else { items = [value] }
        guard let first = items.first else { return "" }
        let header: [String], rows: [[String]]
        switch first {
        case .fact:
            header = factColumns
            rows = items.compactMap { if case .fact(let fact) = $0 { factRow(fact) } else { nil } }
        case .entity(_ as IndicatorValue):
            header = indicatorColumns
            rows = items.compactMap { if case .entity(let indicator as IndicatorValue) = $0 { indicatorRow(indicator) } else { nil } }
        case .record(let fields):
            // A column holding a quantity in any row is a number, with its unit in a column beside it
            // unless the row already has that column (`select change, change_unit`).
            let names = Set(fields.map(\.0))
            let quantities = Set(fields.map(\.0).filter { name in
                items.contains { item in
                    if case .record(let cells) = item, let cell = cells.first(where: { $0.0 == name }) { isQuantity(cell.1) } else { false }
                }
            })
            let unitAdded = quantities.filter { !names.contains($0 + "_unit") }
            header = fields.flatMap { unitAdded.contains($0.0) ? [$0.0, $0.0 + "_unit"] : [$0.0] }
            rows = items.map { item in
                guard case .record(let cells) = item else { return [plain(item)] }
                return fields.flatMap { name, _ -> [String] in
                    let cell = cells.first { $0.0 == name }?.1 ?? .null
                    guard quantities.contains(name) else { return [plain(cell)] }
                    let shown = isQuantity(cell) ? number(of: cell) : plain(cell)
                    return unitAdded.contains(name) ? [shown, unit(of: cell)] : [shown]
                }
            }
        default:
            let quantities = isQuantity(first)
            header = quantities ? ["value", "unit"] : ["value"]
            rows = items.map { quantities ? [number(of: $0), unit(of: $0)] : [plain($0)] }
        }
        return ([header] + rows).map { $0.map(field).joined(by: ",") }.joined(by: "\n")
    }

    static func factRow(_ fact: Fact) -> [String] {
        let role: String
        if case .comparison(let kind) = fact.role { role = kind.rawValue } else { role = "primary" }
        return [fact.report, String(fact.id), fact.value.description, fact.upper?.description ?? "", fact.denominator?.description ?? "",
                fact.unit.symbol, fact.unit.dimension.family, fact.text, role, fact.qualifiers.map(\.kind).joined(by: ";"),
                fact.isEstimate ? "true" : "false", fact.sectionPath, String(fact.location.line), String(fact.location.column),
                fact.footnote.map(String.init) ?? "", fact.sentence]
    }

    static func indicatorRow(_ indicator: IndicatorValue) -> [String] {
        let actual = indicator.actual, target = indicator.planTarget?.stated, plan = indicator.planDerivation
        // With no figure, the source is the share of plan the status was read from, or the change the report gives.
        let source = indicator.given, change = indicator.statedChange
        return [indicator.report, indicator.header?.place ?? "", indicator.header?.year.map(String.init) ?? "",
                indicator.header?.period.name ?? "", indicator.path, indicator.indicator.label.vi,
                actual?.value.description ?? "", actual?.upper?.description ?? "", actual?.denominator?.description ?? "",
                actual?.unit.symbol ?? indicator.indicator.unit, indicator.writtenText ?? "",
                target?.value.description ?? "", target?.upper?.description ?? "", target?.unit.symbol ?? "",
                indicator.planTarget?.kind.rawValue ?? "",
                indicator.targetLevel.map { ComputedNumber.text($0.value) } ?? "", indicator.targetLevel?.unit.symbol ?? "",
                indicator.status.rawValue, indicator.attainment.map(ComputedNumber.text) ?? "",
                plan.map { ComputedNumber.text($0.quantity.value) } ?? "", plan?.upper.map(ComputedNumber.text) ?? "",
                indicator.previous.map { ComputedNumber.text($0.value) } ?? "",
                change?.value.description ?? "", change?.unit.symbol ?? "",
                source?.sectionPath ?? "", source.map { String($0.location.line) } ?? "", source?.sentence ?? ""]
    }

    static func isQuantity(_ value: Value) -> Bool {
        switch value.scalar {
        case .measure: true
        default: false
        }
    }

    /// A value's number, plain; empty for one with none. One baocao derived (a plan implied by its share) is
    /// written to six places, as in the indicators' columns, not a quotient's thirty-odd digits.
    static func number(of value: Value) -> String {
        let derived = if case .derived = value { true } else { false }
        switch value.scalar {
        case .measure(let measure): return derived ? ComputedNumber.text(measure.value) : measure.value.description
        case .number(let number): return derived ? ComputedNumber.text(number) : number.description
        default: return ""
        }
    }

    static func unit(of value: Value) -> String {
        if case .measure(let measure) = value.scalar { return measure.symbol }
        return ""
    }

    /// Any other value as text: numbers plain, lists joined with `;`.
    static func plain(_ value: Value) -> String {
        switch value.scalar {
        case .null: ""
        case .number(let number): number.description
        case .measure(let measure): measure.value.description + (unit(of: value).isEmpty ? "" : " " + unit(of: value))
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): items.map(plain).joined(by: ";")
        case let other: ValueFormatter(style: .international).inline(other)
        }
    }

    static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
    }
}
