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
        Each indicator is found in the report by words, never by numbers: the phrases that
        name it, the part of the report (Phần I for 2023 results, Phần II for 2024 targets)
        and the kind of unit it must have. The example is an invented sentence in the
        report's style and the value the rule reads from it; every example runs as a test.

        """
        for plugin in plugins {
            out += "\n## \(plugin.namespace) — \(plugin.title.vi) / \(plugin.title.en)\n\n\(plugin.summary)\n\n"
            out += "| indicator | label | unit | 2023 value found by | 2024 target found by | example → value |\n"
            out += "|---|---|---|---|---|---|\n"
            for indicator in plugin.indicators {
                let example = indicator.examples.first { $0.part == .results }
                    .map { "\(cell($0.sentence)) → **\(cell($0.expected))**" } ?? ""
                out += "| `\(plugin.namespace).\(indicator.key)` | \(cell(indicator.label.vi))<br>\(cell(indicator.label.en)) | \(cell(indicator.unit)) "
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
