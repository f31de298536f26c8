import TOMLKit
import Platform

/// The keys each table of a spec may hold. A key a spec misspells
/// (`beter = "lower"`) or puts where it does nothing would be read as
/// nothing at all, and the indicator found as if it were not there: it is
/// an error at its line, with the key meant where one is near.
extension PluginSpecReader {
    /// The keys of the spec's top level.
    static let specKeys: Set<String> = ["namespace", "version", "baocao", "title_vi", "title_en", "description",
                                        "indicators", "derived", "functions"]
    /// The words a rule names its value by, which an indicator may give for both its rules.
    static let wordKeys: Set<String> = ["names", "phrases", "verbs", "context", "exclude", "unless", "concepts", "concept"]
    /// How a rule binds and what it takes, which an indicator may also set for both its rules.
    static let ruleOptionKeys: Set<String> = ["position", "prefer", "sections", "nth", "changes", "shares", "targets",
                                              "parts", "lagged", "monthly", "narrower"]
    /// The keys of an `[[indicators]]` table.
    static let indicatorKeys: Set<String> = wordKeys.union(ruleOptionKeys).union([
        "key", "label_vi", "label_en", "unit", "description", "actual", "target", "examples", "shortfall_phrases",
        "better", "status", "change_alone", "cumulative", "share_alone", "quota",
    ])
    /// The keys of an `[indicators.actual]` or `[indicators.target]` rule.
    static let ruleKeys: Set<String> = wordKeys.union(ruleOptionKeys).union(["unit"])
    static let exampleKeys: Set<String> = ["sentence", "yields", "part"]
    static let derivedKeys: Set<String> = ["key", "label_vi", "label_en", "expression", "description"]
    static let functionKeys: Set<String> = ["name", "expression", "parameters", "description", "example"]

    /// Refuses a key of `table` that is not one of `known`; `what` names the table in the error, whose line is
    /// the key's, looked for from `line`.
    func checkKeys(of table: TOMLTable, against known: Set<String>, in what: String, line: Int) throws(PluginSpecError) {
        for key in table.keys.sorted() where !known.contains(key) {
            let meant = NameSuggester.nearest(to: key, in: known.sorted()).map { "; did you mean '\($0)'?" } ?? ""
            throw error(source.line(of: key, from: line), "unknown key '\(key)' in \(what)\(meant)")
        }
    }

    /// A rule's option: the rule's own, else the indicator's, which sets it for both its rules.
    func option(_ key: String, of rule: TOMLTable, indicator: TOMLTable?) -> TOMLValueConvertible? {
        rule[key] ?? indicator?[key]
    }
}
