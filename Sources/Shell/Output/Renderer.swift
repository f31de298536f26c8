import FoundationEssentials
import Facts
import PluginKit
import Query
import Platform

/// Renders a result in an output format: the one place that decides how
/// facts, indicators, lists and plain values look.
public struct Renderer {
    public var format: OutputFormat
    public var formatter: ValueFormatter
    /// The widest a table's text column may be before it is cut with `…`.
    public var maxColumnWidth = 60
    /// How wide a table may be (`.width N`); nil: the terminal's width, 80 when not a terminal.
    public var width: Int?
    /// The most rows a table shows (`.maxrows N`); nil: all.
    public var maxRows: Int?
    /// Whether the session holds several reports: a table of indicators then says
    /// whose each row is, even when every row is one report's (`missed` across a corpus).
    /// Asked only for such a table.
    public var holdsSeveralReports: () -> Bool = { false }

    /// The width tables are fitted to now: set, else the terminal's, else 80.
    public var tableWidth: Int { width ?? Terminal.columns ?? 80 }

    public init(format: OutputFormat = .table, style: NumberStyle = .vietnamese) {
        self.format = format
        self.formatter = ValueFormatter(style: style)
    }

    /// The text to print for `value`, without a trailing newline.
    public func render(_ value: Value) -> String {
        switch format {
        case .json: return JSONWriter().write(value)
        case .jsonl:
            if case .list(let items) = value { return items.map(JSONWriter().write).joined(by: "\n") }
            return JSONWriter().write(value)
        case .plain:
            if case .list(let items) = value { return items.map(formatter.inline).joined(by: "\n") }
            return formatter.inline(value)
        case .csv:
            return CSVWriter.write(value)
        case .markdown, .table:
            if case .list(let all) = value {
                let items = maxRows.map { Array(all.prefix($0)) } ?? all
                let (header, rows) = tabulate(items)
                let text = format == .markdown ? markdown(header, rows) : table(header, rows)
                guard items.count < all.count else { return text }
                return text + "\n… \(all.count - items.count) more rows (.maxrows all shows them)"
            }
            return format == .table ? described(value) : formatter.inline(value)
        }
    }

    // MARK: - Single values

    /// A value with its qualifiers and, for facts and indicators, where it came from.
    func described(_ value: Value) -> String {
        switch value {
        case .fact(let fact):
            return "\(formatter.qualified(fact))\n  source: \(formatter.source(fact))\n  “\(fact.sentence)”"
        case .entity(let indicator as IndicatorValue):
            guard let actual = indicator.actual else {
                // A share of plan with no figure: no number, but how far the plan was reached.
                if let share = indicator.share, let attainment = indicator.attainment {
                    return "null  (\(indicator.path): “\(indicator.indicator.label.vi)” has no figure in this report,"
                        + " which puts it at \(formatter.factValue(share)) \(share.role == .comparison(.exceedsPlanBy) ? "above" : "of")"
                        + " \(indicator.attainmentOf))\n  status: \(indicator.status.rawValue)"
                        + " (\(formatter.number(attainment))% of \(indicator.attainmentOf))\n  source: \(formatter.source(share))"
                }
                // A change on last year with no figure: no number, but how it moved.
                if let change = indicator.change {
                    let status = indicator.status == .unknown ? "" : "\n  status: \(indicator.status.rawValue)"
                    return "null  (\(indicator.path): “\(indicator.indicator.label.vi)” has no figure in this report,"
                        + " only its change on last year: \(signed(change)))"
                        + status + "\n  source: \(formatter.source(change))"
                }
                // A target the report lists as missed without its figure: no number, but an answer.
                if indicator.status == .missed {
                    return "null  (\(indicator.path): “\(indicator.indicator.label.vi)” has no figure in this report,"
                        + " which lists it among the targets missed; .why shows where)\n  status: missed"
                }
                return "null  (\(indicator.path): “\(indicator.indicator.label.vi)” is not found in this report)"
            }
            var about = "\(indicator.path) · \(indicator.indicator.label.vi)"
            // The target is the plan section's, for the year after the one `status` judges (or the rest of it):
            // said so, or a value under it would read as a contradiction of "met".
            if let target = indicator.planTarget {
                about += " · \(indicator.targetName): \(formatter.factValue(target.stated))"
                if target.kind == .change, let level = indicator.targetLevel {
                    about += " (a change; level \(formatter.inline(.measure(Measure(level)))))"
                }
            }
            if let change = indicator.change { about += " · change on last year: \(signed(change))" }
            if indicator.status != .unknown { about += " · status: \(indicator.status.rawValue)" }
            if let note = indicator.attainmentNote { about += "\n  note: \(note)" }
            return "\(formatter.qualified(actual))\n  \(about)\n  source: \(formatter.source(actual))"
        case .derived(let path, let formula, let result, _):
            if path.isEmpty { return "\(formatter.inline(result.value))\n  computed: \(formula) (.why shows where each input is in the report)" }
            return "\(formatter.inline(result.value))\n  \(path) = \(formula)"
        case .record(let fields):
            let width = fields.map { TextWidth.of($0.0) }.max() ?? 0
            return fields.map { "\(TextWidth.pad($0.0, to: width))  \(formatter.inline($0.1))" }.joined(by: "\n")
        default:
            return formatter.inline(value)
        }
    }

    /// A change as a value with its sign: `+2,5%`, `-286 hộ`.
    private func signed(_ change: Fact) -> String {
        (change.value > 0 ? "+" : "") + formatter.factValue(change)
    }

    // MARK: - Lists

    /// Column names and cell texts for a list, chosen by what the items are.
    func tabulate(_ items: [Value]) -> ([String], [[String]]) {
        if items.allSatisfy({ if case .fact = $0 { true } else { false } }), !items.isEmpty {
            let facts = items.compactMap { item -> Fact? in if case .fact(let f) = item { f } else { nil } }
            let several = namesReports(facts.map(\.report))
            return ((several ? ["report"] : []) + ["id", "value", "qualifiers", "line", "footnote", "section"], facts.map { f in
                (several ? [f.report] : []) + ["#\(f.id)", formatter.factValue(f), formatter.qualifierNotes(f).joined(by: "; "),
                                               String(f.location.line), f.footnote.map(String.init) ?? "", f.sectionPath]
            })
        }
        if items.allSatisfy({ if case .entity(_ as IndicatorValue) = $0 { true } else { false } }), !items.isEmpty {
            let indicators = items.compactMap { item -> IndicatorValue? in if case .entity(let i as IndicatorValue) = item { i } else { nil } }
            let several = namesReports(indicators.map(\.report))
            // Targets missed (`missed`) are shown beside the plan they missed; others beside next year's target.
            let missed = indicators.allSatisfy { $0.status == .missed }
            return ((several ? ["report"] : []) + ["indicator", "label", "actual", missed ? "plan" : "target", "status"], indicators.map { i in
                let goal = missed ? plan(of: i) : i.planTarget.map { formatter.factValue($0.stated) } ?? "—"
                return (several ? [i.report] : []) + [i.path, i.indicator.label.vi, i.actual.map(formatter.factValue) ?? "—", goal,
                        i.status.rawValue]
            })
        }
        if case .record(let first)? = items.first {
            let header = first.map(\.0)
            return (header, items.map { item in
                guard case .record(let fields) = item else { return [formatter.inline(item)] }
                return header.map { name in fields.first { $0.0 == name }.map { formatter.inline($0.1) } ?? "" }
            })
        }
        return (["value"], items.map { [formatter.inline($0)] })
    }

    /// Whether rows of facts or indicators, of these reports, say whose each is:
    /// in a session of several reports, even when one report has every row.
    private func namesReports(_ reports: [String]) -> Bool {
        Set(reports).count > 1 || holdsSeveralReports()
    }

    /// The plan an indicator was set against, as its `.plan` field prints, or a dash.
    private func plan(of indicator: IndicatorValue) -> String {
        guard let plan = indicator.field("plan") else { return "—" }
        if case .null = plan { return "—" }
        return formatter.inline(plan)
    }

    func table(_ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "(no rows)" }
        // Rows of several reports are each a report's indicator or fact: both say what the row is.
        let keys = header.count > 1 && header[0] == "report" && ["indicator", "path", "id"].contains(header[1]) ? 2 : 1
        let layout = TableLayout(header: header, rows: rows, decimalMark: formatter.style == .vietnamese ? "," : ".",
                                 maxColumnWidth: maxColumnWidth, keyColumns: keys)
        return layout.render(width: tableWidth)
    }

    func markdown(_ header: [String], _ rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(by: " | ") + " |" }
        return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(by: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        // By bytes: a space ends no other character, and removing the last character one at a time
        // read the line's graphemes again for each.
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return end == bytes.endIndex ? self : String(self[..<end])
    }
}
