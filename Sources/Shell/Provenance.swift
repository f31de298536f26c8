import FoundationEssentials
import Facts
import PluginKit
import Query

/// Explains where a value came from: the sentence, section, footnote and line
/// of each fact behind it; for a derived value, its formula and inputs.
enum Provenance {
    static func explain(_ value: Value, renderer: Renderer, registry: PluginRegistry? = nil) -> String {
        let formatter = renderer.formatter
        switch value {
        case .fact(let fact):
            var lines = ["fact #\(fact.id): \(formatter.qualified(fact))",
                         "  sentence: “\(fact.sentence)”",
                         "  section:  \(fact.sectionPath)",
                         "  line:     \(fact.location.line), column \(fact.location.column)"]
            if let footnote = fact.footnote { lines.append("  footnote: \(footnote)") }
            if case .comparison(let kind) = fact.role, let target = fact.qualifies {
                lines.append("  compares: fact #\(target) (\(kind.rawValue))")
            }
            lines.append("  report:   \(fact.report)")
            return lines.joined(by: "\n")
        case .indicator(let indicator):
            var lines = ["\(indicator.path) — \(indicator.indicator.label.vi) / \(indicator.indicator.label.en)"]
            if let about = registry?.plugin(named: indicator.namespace)?.description(of: indicator.indicator.key) {
                lines.append("  about:    \(about)")
            }
            lines.append("  found by: \(indicator.indicator.actual.summary)")
            if let actual = indicator.actual {
                lines.append(explain(.fact(actual), renderer: renderer, registry: registry).split(separator: "\n").map { "  " + $0 }.joined(by: "\n"))
            } else {
                lines.append("  not found in this report")
            }
            if let target = indicator.target {
                lines.append("  next year's target: \(formatter.qualified(target)) — \(formatter.source(target))")
            }
            lines.append("  status: \(indicator.status.rawValue)" + (indicator.attainment.map { ", \(formatter.number($0))% of plan" } ?? ""))
            return lines.joined(by: "\n")
        case .derived(let path, let formula, let result, let inputs):
            var lines = ["\(path) = \(formula)", "  = \(formatter.inline(result.value))"]
            for input in inputs {
                lines.append("  \(input.path) = " + (input.actual.map { "\(formatter.factValue($0)) — \(formatter.source($0))" } ?? "not found"))
            }
            return lines.joined(by: "\n")
        case .list(let items):
            return "a list of \(items.count) item(s); .describe #ID shows one fact"
        default:
            return "\(formatter.inline(value)) was computed in the query; it has no source in the report"
        }
    }
}
