import Platform
import Facts

/// Which of a sentence's numbers a binding may take at all, before any word
/// is read: what it looks for (values, changes on last year, shares of plan),
/// in the units it looks for them in.
extension SentenceBinding {
    /// What the binding looks for: values, changes on last year, or shares of plan.
    enum Sought {
        /// The figure the rule names (`126 doanh nghiệp`).
        case values
        /// A change on last year (`tăng 04 người chết`).
        case changes
        /// A share of plan, or the excess over it, in percent, that qualifies
        /// no figure: what a sentence gives that says how far the plan was
        /// reached and not the figure (`Thu ngân sách đạt 128,4% dự toán`).
        case shares
    }

    /// Whether a unit is one the binding looks for: the rule's, or percent for
    /// a share, and for the change of an amount or a count, whose change is in
    /// its own measure or relative (`Thu nội địa giảm 4,2% so với cùng kỳ`,
    /// `Tội phạm về trật tự xã hội giảm 11,5%`).
    func accepts(_ unit: QuantityUnit) -> Bool { Self.accepts(unit, rule: rule.rule, sought: sought) }

    /// ``accepts(_:)`` for `rule`, looking for `sought`.
    static func accepts(_ unit: QuantityUnit, rule: FindingRule, sought: Sought) -> Bool {
        switch sought {
        case .shares: unit.dimension == .percent
        case .changes: rule.unit.accepts(unit) || unit.dimension == .percent && (rule.unit.isMeasure || rule.unit.isCount)
        case .values: rule.unit.accepts(unit)
        }
    }

    /// Whether any of `facts` is one `rule` may take, looking for `sought`
    /// (``isEligible(_:)``, in a unit it ``accepts(_:)``): asked before a
    /// binding is made, as most sentences a rule's words find hold none.
    static func mayTakeAny(of facts: ArraySlice<Fact>, rule: FindingRule, sought: Sought) -> Bool {
        facts.contains { isEligible($0, rule: rule, sought: sought) && accepts($0.unit, rule: rule, sought: sought) }
    }

    /// Values: primary numbers, and for a rule that takes changes any change
    /// on last year (`… ước đạt 2.486 tỷ đồng, tăng 7,2%` is the growth) or a
    /// share of last year's that qualifies no figure (`Chỉ số sản xuất công
    /// nghiệp bằng 107,2% so với năm 2024`, a rise of 7,2%: ``IndicatorValue`` restates it).
    /// For a rule that takes targets, a figure stated as another's target is one too.
    /// Changes: changes on last year that qualify no other number (see ``isChangeAlone``).
    /// Shares: shares of plan or excesses over it that qualify no other number.
    /// None of them of another place than the report's (`riêng xã Chiềng Châu đón …`).
    /// For a value published a year late, last year's figure dated alone is one too; for one published
    /// monthly, a month's figure within the period.
    func isEligible(_ fact: Fact) -> Bool { Self.isEligible(fact, rule: rule.rule, sought: sought) }

    /// ``isEligible(_:)`` for `rule`, looking for `sought`.
    static func isEligible(_ fact: Fact, rule: FindingRule, sought: Sought) -> Bool {
        if !fact.qualifiers.isEmpty, fact.otherPlace != nil { return false }
        let change = fact.role == .comparison(.changeOnPrevious)
        switch sought {
        case .changes: return isChangeAlone(fact)
        case .shares: return isShareAlone(fact)
        case .values:
            return fact.role == .primary || (rule.takesChanges && (change || isShareOfPreviousAlone(fact)))
                || (rule.lagged && fact.role == .comparison(.previousValue) && fact.qualifies == nil)
                || (rule.monthly && fact.role == .comparison(.periodValue) && fact.qualifies == nil)
                || (rule.takesShares && isShareOfPlan(fact.role))
                || (rule.takesTargets && fact.role == .comparison(.target))
        }
    }

    /// Whether the item a change stands in, from the `,` `;` or `.` before it,
    /// names a count (`số vụ khám phá tăng 12 vụ (+2,86%)`) or holds one
    /// (`giảm 52 vụ (-9,67%)`): a change in percent there is that count's, no rate's.
    func itemNamesCount(before start: Int, among all: [Number]) -> Bool {
        let bytes = folded.bytes
        let end = min(start, bytes.count)
        let itemStart = bytes[..<end].lastIndex(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
            .map { $0 + 1 } ?? 0
        if all.contains(where: { $0.start >= itemStart && $0.start < end && facts[$0.index].unit.isCount }) { return true }
        return bytes.withUnsafeBufferPointer { text in
            Self.countNames.contains { $0.isFound(in: UnsafeBufferPointer(rebasing: text[itemStart..<end])) }
        }
    }

    /// How an item names a count: `số vụ`, `số người`, `số hộ`, `số đối tượng`, `số lượt`.
    private static let countNames = ["số vụ", "số người", "số hộ", "số đối tượng", "số lượt"].map(PhrasePattern.init)

    /// Whether a fact is a share of plan, or the excess over it, in percent,
    /// that qualifies no figure: what a search for shares takes.
    static func isShareAlone(_ fact: Fact) -> Bool {
        fact.role.isPlanShare && fact.qualifies == nil && fact.unit.dimension == .percent
    }

    /// Whether a fact is a change on last year that qualifies no figure: what a search for changes takes.
    static func isChangeAlone(_ fact: Fact) -> Bool {
        fact.role == .comparison(.changeOnPrevious) && fact.qualifies == nil
    }

    /// Whether a fact is a share of last year's value, in percent, that qualifies no figure.
    static func isShareOfPreviousAlone(_ fact: Fact) -> Bool {
        fact.role == .comparison(.percentOfPrevious) && fact.qualifies == nil && fact.unit.dimension == .percent
    }

    /// A share of the plan, or of the plan a province or city set (`đạt 143%
    /// kế hoạch tỉnh giao`, which the reading keeps apart from the local plan).
    private static func isShareOfPlan(_ role: FactRole) -> Bool {
        guard case .comparison(let kind) = role else { return false }
        return kind == .percentOfPlan || ComparisonKind.estimateShares.contains(kind)
    }
}
