import Platform
import Facts

/// A figure's gap to its plan said with a comparative before the plan's
/// name: `52,5 triệu đồng, thấp hơn chỉ tiêu đề ra 2,5 triệu đồng`, `cao
/// hơn dự toán 3,4 tỷ đồng`. The number after the plan's name is by how much
/// the figure passed or missed it, not the plan, which `… chỉ tiêu 55 triệu
/// đồng` without the comparative would state.
extension QualifierReader {
    /// Whether `lead` sets its figure above the plan it ends on (`cao hơn`,
    /// `nhiều hơn`) or below it (`thấp hơn`, `ít hơn`), `so với` allowed
    /// between (`thấp hơn so với kế hoạch`); nil when no comparative precedes the plan's name.
    static func comparedWithPlan(_ lead: ArraySlice<FoldedWord>) -> Bool? {
        let named = droppingSetter(lead)
        guard let length = planNameLength(named) else { return nil }
        var before = named.dropLast(length)
        if before.count >= 2, before.last == .voi, before[before.endIndex - 2] == .so { before = before.dropLast(2) }
        guard before.count >= 2, before.last == .hon else { return nil }
        let adjective = before[before.endIndex - 2]
        if adjective == .cao || adjective == .nhieu { return true }
        return adjective == .thap || adjective == .it ? false : nil
    }

    /// Whether `lead` ends on a shortfall's verb: `hụt`, `hụt thu`, `thiếu` (`còn thiếu`).
    /// Set against the plan (`hụt 2,3 tỷ đồng so với dự toán`), the figure is by how much it was missed.
    static func saysShortfall(_ lead: ArraySlice<FoldedWord>) -> Bool {
        guard let last = lead.last else { return false }
        if last == hut || last == thieu { return true }
        return last == thu && lead.count >= 2 && lead[lead.endIndex - 2] == hut
    }

    private static var hut: FoldedWord { "hut" }
    private static var thieu: FoldedWord { "thieu" }
    private static var thu: FoldedWord { "thu" }
}
