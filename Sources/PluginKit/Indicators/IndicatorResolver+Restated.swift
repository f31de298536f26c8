import Platform
import Facts

/// A figure a report gives twice: in its prose, then in the appendix's table
/// of main targets with the plan beside it (`Tỷ lệ che phủ rừng duy trì ở mức
/// 61,8%` above, `… 61,8% (không đạt kế hoạch) (kế hoạch ≥ 62%)` below). The
/// value is the same; the restatement says how far the plan was reached.
extension IndicatorResolver {
    /// `found`, or the first later figure with the same value and unit that
    /// has the plan beside it and that the rule finds in its sentence, where
    /// `found` has none. A value in parts, or of an indicator with no
    /// status, stays as found. Only the store's figures with a plan are
    /// looked at (``figuresWithPlan``), not every sentence the rule names.
    func restatedWithPlan(_ found: Fact?, of indicator: Indicator, inParts: Bool, report: String?) -> Fact? {
        guard let found, !inParts, indicator.hasStatus, !Self.hasPlan(found) else { return found }
        for id in figuresWithPlan[DecimalDescription.of(found.value)] ?? [] where id > found.id {
            guard let other = store.fact(id: id), other.unit == found.unit, matcher.finds(indicator.actual, other, report: report)
            else { continue }
            return other
        }
        return found
    }

    /// Whether the figure has its plan beside it: a target (of its level or its change), a share or an excess of it,
    /// or the report's verdict.
    static func hasPlan(_ fact: Fact) -> Bool {
        fact.status != nil || fact.qualifiers.contains { qualifier in
            guard case .comparison(let kind, _, _, _, _) = qualifier else { return false }
            return kind == .target || kind == .changeTarget || kind.isPlanShare
        }
    }
}
