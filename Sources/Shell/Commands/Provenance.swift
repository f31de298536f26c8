import FoundationEssentials
import Facts
import PluginKit
import Query
import Platform

/// Explains where a value came from: the sentence, section, footnote and line
/// of each fact behind it; for a derived value, its formula and inputs.
enum Provenance {
    static func explain(_ value: Value, renderer: Renderer, registry: PluginRegistry? = nil) -> String {
        let formatter = renderer.formatter
        switch value {
        case .fact(let fact):
            var lines = ["fact #\(fact.id): \(formatter.qualified(fact))",
                         "  sentence: “\(fact.sentence)”"]
            // Before the report's first heading a fact is in no section: no empty line for it.
            if !fact.sectionPath.isEmpty { lines.append("  section:  \(fact.sectionPath)") }
            lines.append("  line:     \(fact.location.line), column \(fact.location.column)")
            if let footnote = fact.footnote { lines.append("  footnote: \(footnote)") }
            if case .comparison(let kind) = fact.role, let target = fact.qualifies {
                lines.append("  compares: fact #\(target) (\(kind.rawValue))")
            }
            lines.append("  report:   \(fact.report)")
            return lines.joined(by: "\n")
        case .entity(let indicator as IndicatorValue):
            var lines = ["\(indicator.path) — \(indicator.indicator.label.vi) / \(indicator.indicator.label.en)"]
            if let about = registry?.plugin(named: indicator.namespace)?.description(of: indicator.indicator.key) {
                lines.append("  about:    \(about)")
            }
            lines.append("  found by: \(indicator.indicator.actual.summary)")
            if let figure = indicator.given {
                if indicator.actual == nil {
                    lines.append(indicator.share != nil ? "  no figure in this report, only its share of \(indicator.attainmentOf):"
                                                        : "  no figure in this report, only its change on last year:")
                }
                lines.append(explain(.fact(figure), renderer: renderer, registry: registry).split(separator: "\n").map { "  " + $0 }.joined(by: "\n"))
                if indicator.parts.count > 1 {
                    lines.append("  the sum of its parts: " + indicator.parts.map { "\($0.text) (fact #\($0.id))" }.joined(by: " + "))
                }
            } else {
                lines.append("  not found in this report")
            }
            if indicator.actual != nil, let change = indicator.change {
                lines.append("  change on last year: \(formatter.factValue(change)) — “\(change.sentence)”")
            }
            if let target = indicator.planTarget {
                lines.append("  \(indicator.targetName): \(formatter.qualified(target.stated)) — \(target.kind.rawValue)"
                             + (indicator.targetLevel.map { ", level \(formatter.inline(.measure(Measure($0))))" } ?? "")
                             + " — \(formatter.source(target.fact))")
            }
            lines.append("  status: \(indicator.status.rawValue)" + (indicator.attainment.map { ", \(formatter.number($0))% of \(indicator.attainmentOf)" } ?? "")
                         + (indicator.statusBasis.map { " — \($0)" } ?? ""))
            if let note = indicator.attainmentNote { lines.append("  note: \(note)") }
            return lines.joined(by: "\n")
        case .derived(let path, let formula, let result, let inputs):
            return derivation(path: path, formula: formula, result: result.value, inputs: inputs, formatter: formatter).joined(by: "\n")
        case .list(let items):
            return rows(items, formatter: formatter)
        default:
            return "\(formatter.inline(value)) was computed in the query; it has no source in the report"
        }
    }

    /// A computed value's lines: its formula, its result, then each input with
    /// its value, source and sentence — an input computed in turn, indented under it.
    static func derivation(path: String, formula: String, result: Value, inputs: [Value], formatter: ValueFormatter,
                           depth: Int = 0) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        var lines = [indent + (path.isEmpty ? formula : "\(path) = \(formula)"), indent + "  = \(formatter.inline(result))"]
        for input in inputs {
            switch input {
            case .entity(let entity):
                if case .fact(let fact) = entity.primary {
                    lines.append(indent + "  \(entity.name) = \(formatter.factValue(fact)) — \(formatter.source(fact))")
                    lines.append(indent + "    “\(fact.sentence)”")
                } else {
                    lines.append(indent + "  \(entity.name) = not found in this report")
                }
            case .record(let fields):
                guard case .text(let name)? = fields.first(where: { $0.0 == Value.inputName })?.1,
                      case .fact(let fact)? = fields.first(where: { $0.0 == "value" })?.1 else { continue }
                lines.append(indent + "  \(name) = \(formatter.factValue(fact)) — \(formatter.source(fact))")
                lines.append(indent + "    “\(fact.sentence)”")
            case .derived(let innerPath, let innerFormula, let innerResult, let innerInputs):
                lines += derivation(path: innerPath, formula: innerFormula, result: innerResult.value, inputs: innerInputs,
                                    formatter: formatter, depth: depth + 1)
            default:
                continue
            }
        }
        return lines
    }

    /// How many rows of a list `.why` explains.
    static let rowsExplained = 20

    /// A list's provenance row by row: each fact or indicator with its source
    /// and sentence, each computed cell of a table with its derivation.
    static func rows(_ items: [Value], formatter: ValueFormatter) -> String {
        var lines: [String] = []
        for (index, item) in items.prefix(rowsExplained).enumerated() {
            switch item {
            case .fact(let fact):
                lines.append("#\(fact.id) \(formatter.factValue(fact)) — \(formatter.source(fact))")
                lines.append("  “\(fact.sentence)”")
            case .entity(let entity):
                if case .fact(let fact) = entity.primary {
                    lines.append("\(entity.name) = \(formatter.factValue(fact)) — \(formatter.source(fact))")
                    lines.append("  “\(fact.sentence)”")
                } else {
                    lines.append("\(entity.name): not found in the report")
                }
            case .record(let fields):
                let label = fields.first(where: { $0.0 == "path" }).map { formatter.inline($0.1) } ?? "row \(index + 1)"
                var cells: [String] = []
                for (name, value) in fields {
                    switch value {
                    case .fact(let fact):
                        cells += ["  \(name) = \(formatter.factValue(fact)) — \(formatter.source(fact))", "    “\(fact.sentence)”"]
                    case .derived(let path, let formula, let result, let inputs):
                        cells += derivation(path: path.isEmpty ? name : path, formula: formula, result: result.value, inputs: inputs,
                                            formatter: formatter, depth: 1)
                    default:
                        continue
                    }
                }
                lines += cells.isEmpty ? [] : [label + ":"] + cells
            default:
                continue
            }
        }
        if lines.isEmpty { return "the \(items.count) item(s) were computed in the query; they have no source in the report" }
        if items.count > rowsExplained { lines.append("… and \(items.count - rowsExplained) more rows (take or where to narrow)") }
        return lines.joined(by: "\n")
    }

    /// `.describe KEY|#ID`: an indicator or a fact, with its sentence, section and line.
    static func describe(_ argument: String, _ engine: ShellEngine) -> EntryOutcome {
        if argument.hasPrefix("#"), let id = Int(argument.dropFirst()), let fact = engine.context.store.fact(id: id) {
            return .output(Provenance.explain(.fact(fact), renderer: engine.renderer))
        }
        if let indicator = engine.plugins.resolver.value(at: argument) {
            return .output(Provenance.explain(.entity(indicator), renderer: engine.renderer, registry: engine.plugins.registry))
        }
        let hint = NameSuggester.nearest(to: argument, in: engine.plugins.resolver.paths).map { "did you mean '\($0)'?" }
        return .failure(.runtime("nothing to describe called '\(argument)'", hint: hint ?? "give an indicator path or a fact id like #15"))
    }
}
