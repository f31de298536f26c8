import Facts

/// How an example is checked: read from its small report as an indicator reads its value.
extension IndicatorExample {
    /// What `rule` reads from `store` (an example's report), as an
    /// indicator holds it: for a rule of changes, a share of last year's is
    /// the change it implies (``IndicatorValue``), so an example reads the
    /// same, and a value's fall said with no comparison (`giảm 1,4%`) is
    /// below zero (a `target`'s is read for its direction); for a rule with
    /// parts, a value counted in parts is their sum (``PartsSum``).
    public static func value(read rule: FindingRule, from store: FactStore, target: Bool = false) -> Fact? {
        let matcher = RuleMatcher(store: store)
        let found = matcher.summingParts(matcher.find(rule), rule: rule).value
        guard rule.takesChanges else { return found }
        return found.map(target ? IndicatorValue.asChange : IndicatorValue.asChangeValue)
    }
}
