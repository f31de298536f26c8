import FoundationEssentials
import Facts

/// A percentage alone in brackets right after a figure and the plan stated
/// for it, which the short forms of the genre write with no verb:
///
///     - Thu ngân sách nhà nước trên địa bàn: 2.340 tỷ đồng/KH 2.100 tỷ đồng (111,4%).
///     - Trồng rừng tập trung: 5.120/5.000 ha (102,4%).
///
/// A bracketed percentage is many things (a share of a whole, a change, a
/// part), so only the arithmetic tells this one: the figure over its plan
/// makes it, to the precision it is written in.
extension QualifierReader {
    /// Whether the percentage at `index` stands alone in brackets (nothing but
    /// spaces between the figure before and `(`, and before `)`) and is the
    /// figure before over the plan stated for it.
    func isBracketedShareOfPlan(_ index: Int, quantities: UnsafeBufferPointer<ScannedQuantity>, drafts: [Draft]) -> Bool {
        let share = quantities[index]
        guard index > 0, share.unit.dimension == .percent, share.upper == nil, share.denominator == nil,
              opensBracket(after: quantities[index - 1].end, at: share.start),
              ScalarText.closesBracket(scalars, after: share.end), let (level, plan) = figureAndPlan(before: index, quantities: quantities, drafts: drafts),
              plan > 0 else { return false }
        // Written to its last place, whether rounded or cut: within one unit of that place.
        let places = max(0, -share.value.exponent)
        var tolerance = Decimal(1)
        for _ in 0..<places { tolerance /= 10 }
        let ratio = level / plan * 100
        return abs(ratio - share.value) <= tolerance
    }

    /// The figure and the plan right before the quantity at `index`: the plan
    /// of a level (`2.340 tỷ đồng/KH 2.100 tỷ đồng`), a level over its plan
    /// (`5.120/5.000 ha`), or a level after its plan (`KH 40 tỷ đồng, TH 45 tỷ đồng`).
    private func figureAndPlan(before index: Int, quantities: UnsafeBufferPointer<ScannedQuantity>,
                               drafts: [Draft]) -> (level: Decimal, plan: Decimal)? {
        let before = quantities[index - 1]
        if drafts[index - 1].role == .comparison(.target), let level = drafts[index - 1].qualifies {
            return quantities[level].unit == before.unit ? (quantities[level].value, before.value) : nil
        }
        guard drafts[index - 1].role == .primary else { return nil }
        if let whole = before.denominator, Self.isOverPlan(before) { return (before.value, whole) }
        guard let target = drafts.firstIndex(where: { $0.qualifies == index - 1 && $0.role == .comparison(.target) }),
              quantities[target].unit == before.unit else { return nil }
        return (before.value, quantities[target].value)
    }
}
