import FoundationEssentials
import Platform
import Report

/// Renders the plugins' own definitions as `docs/INDICATORS.md`, so the
/// documentation can never drift from the code (`Scripts/render-docs`; a test
/// fails when the file is stale).
public enum IndicatorDocumentation {
    public static func markdown(for plugins: [DomainPlugin]) -> String {
        var out = """
        # Indicators

        Generated from the plugins' definitions by `Scripts/render-docs`; do not edit by hand.
        Each indicator is found in a report by words, never by numbers: the names that name
        it (its own and those of the concepts it draws on, docs/VOCABULARY.md), the verbs
        that report it, the words its sentence must be about or must not hold, the part of
        the report (the results for the year's value, the plan for next year's target) and
        the kind of unit it must have. The examples are invented sentences in the genre's
        style with the value the rule must read from each; every example runs as a test.
        A unit marked *lower is better* is of an indicator that reaches its target by
        staying under it (the poverty rate, traffic accidents); one marked *to date* is
        of a count to date, to which a plan's count added (`có thêm 2 xã`) is a change.

        """
        for plugin in plugins {
            out += "\n## \(plugin.namespace) — \(plugin.title.vi) / \(plugin.title.en)\n\n\(plugin.summary)\n\n"
            out += "| indicator | label | unit | value found by | target found by | examples → value |\n"
            out += "|---|---|---|---|---|---|\n"
            for indicator in plugin.indicators {
                let example = indicator.examples
                    .map { ($0.part == .plan ? "*plan:* " : "") + "\(cell($0.sentence)) → **\(cell($0.expected))**" }
                    .joined(by: "<br>")
                out += "| `\(plugin.namespace).\(indicator.key)` | \(cell(indicator.label.vi))<br>\(cell(indicator.label.en)) | \(cell(indicator.unit))\(indicator.lowerIsBetter ? "<br>*lower is better*" : "")\(indicator.hasStatus ? "" : "<br>*no status*")\(indicator.target?.addsToCount == true ? "<br>*to date*" : "") "
                out += "| \(cell(indicator.actual.summary)) | \(indicator.target.map { cell($0.summary) } ?? "—") | \(example) |\n"
            }
            if !plugin.derived.isEmpty {
                out += "\nDerived:\n\n| indicator | label | formula |\n|---|---|---|\n"
                for derived in plugin.derived {
                    out += "| `\(plugin.namespace).\(derived.key)` | \(cell(derived.label.vi)) | `\(derived.expression)` |\n"
                }
            }
            if !plugin.functions.isEmpty {
                out += "\nFunctions:\n\n| function | what it gives | example |\n|---|---|---|\n"
                for function in plugin.functions {
                    out += "| `\(plugin.namespace).\(function.signature)` | \(cell(function.summary)) | `\(function.example)` |\n"
                }
            }
        }
        return out
    }

    /// Text safe inside a table cell: no pipes, no raw HTML, no line breaks.
    static func cell(_ text: String) -> String {
        text.replacing("|", with: "\\|")
            .replacing("<sup>2</sup>", with: "²")
            .replacing("<sup>3</sup>", with: "³")
            .replacing("\n", with: " ")
    }
}
