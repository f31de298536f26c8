import FoundationEssentials
import Platform
import Facts

/// Which comparison a number is, read from the verb before it and the words
/// after it: the rules the main reading loop asks of every number that may
/// compare (``QualifierReader/comparisonKind(lead:tail:rest:opening:unit:followsLevel:followsPlan:item:lastYearNamed:)``).
extension QualifierReader {
    /// Which comparison a number is, from the word before it (`đạt`, `vượt`,
    /// `tăng`…) and the words after it (`kế hoạch`, `so với năm 2022`…).
    /// `rest` is the remainder of the clause: `tăng 22 vụ, tăng 04 người chết … so với năm 2022`
    /// are all changes on last year, said once at the end.
    /// `opening` is the clause up to the number, when the verb is `tăng` or
    /// `giảm`: `so với cùng kỳ giảm 2 vụ`, `so CK giảm 2 vụ` says what it compares first.
    /// `followsLevel`: the number, in percent, follows a level and its verb
    /// alone (`6.930 tỷ đồng, tăng 12,4%`), which the genre writes for a
    /// change on last year, and with `vượt` for the excess over the plan. `followsPlan`: the number, after `đạt` or `bằng`
    /// alone, follows the plan stated for a level (`…/KH 180 tỷ đồng, đạt 117,8%`). `item`: the words of
    /// the number's own item, where they differ from its lead's. `lastYearNamed`: the sentence names last year.
    func comparisonKind(lead: ArraySlice<FoldedWord>, tail: ArraySlice<FoldedWord>, rest: ArraySlice<FoldedWord>,
                        opening: ArraySlice<FoldedWord> = [], unit: QuantityUnit, followsLevel: Bool = false,
                        followsPlan: Bool = false, item: ArraySlice<FoldedWord>? = nil, lastYearNamed: Bool = false) -> ComparisonKind? {
        let verb = lead.last
        let isPercent = unit.dimension == .percent
        // `vượt chỉ tiêu tỉnh giao 0,3%`, `vượt dự toán 12%`, `vượt kế hoạch 90%`: the plan passed, or
        // the excess over it, which ``excessRead`` tells by the figure before.
        if tail.isEmpty && isPercent && Self.passesNamedPlan(lead) { return .target }
        // `(kế hoạch 4.600 tỷ đồng)`, `mục tiêu 95%`, `so với kịch bản 8,2 - 8,6%` (the growth scenario a
        // province is set): what the figure before was measured against.
        let goal = item ?? lead
        // (`hoàn thành kế hoạch 9 chỉ tiêu` counts what reached the plan.) The verb of a share after the
        // plan's figure is the share's (`so với kế hoạch 1.400 tỷ đồng đạt 93,2%`, `… thì đạt 93,2%`).
        let sharesVerb = tail.last == .dat || tail.last == .bang
        let closesFigure = tail.isEmpty || sharesVerb && (tail.count == 1 || tail.count == 2 && tail.first == Self.thi)
        if closesFigure && (isPercent && (has(goal, .mucTieu) || has(goal, .chiTieu) || has(goal, .kichBan))
                            || Self.endsOnPlan(lead) && (isPercent || !Self.endsOnReachedPlan(lead))) { return .target }
        // `hụt 2,3 tỷ đồng so với dự toán`, `còn thiếu 12 ha so với kế hoạch`: below the plan by the figure;
        // with no plan named, a shortfall compares nothing.
        if Self.saysShortfall(lead) { return Self.comparesWithPlan(tail) ? .exceedsPlanBy : nil }
        if verb == .tang || verb == .giam {
            // `KH giảm 2,5%`: the plan's change, the target of the figure before it.
            if tail.isEmpty, Self.endsOnPlan(lead.dropLast()) { return .target }
            // `KH giảm 1,5%, TH giảm 1,2%`: the change made, beside the plan's.
            if Self.endsOnDone(lead.dropLast()) { return .changeOnPrevious }
            // `tăng 0,4% so với kế hoạch`, `giảm 3 ha so với kế hoạch`: above (or below) the plan, not last year.
            if Self.comparesWithPlan(tail) { return .exceedsPlanBy }
            // `tăng 0,42% so với tháng trước`: on the month before, not on last year.
            if Self.namesPriorPeriod(tail) { return .changeOnPriorPeriod }
            let saysPrevious = followsLevel || Self.namesPrevious(rest) || Self.opensOnPrevious(opening)
                || !isPercent && Self.opensOnYearsChange(opening)
            return saysPrevious ? .changeOnPrevious : nil
        }
        // `giảm 693 hộ so với năm 2023, vượt 333 hộ`: an excess over the plan in the figure's unit;
        // not in `đạt và vượt 17/17 chỉ tiêu`, where `vượt` pairs with `đạt` (met and exceeded), nor of
        // targets (`vượt kế hoạch 3 chỉ tiêu` counts the targets exceeded).
        guard isPercent else {
            let pairsWithMet = lead.count >= 2 && lead[lead.index(lead.endIndex, offsetBy: -2)] == .va
            return verb == .vuot && !pairsWithMet && unit.dimension != Self.targets
                && (!Self.namesPrevious(tail) || Self.comparesWithPlan(tail)) ? .exceedsPlanBy : nil
        }
        // `so với dự toán đạt 91,5%`: what a share is of, said before its verb, reads as if after its number.
        let tail = tail.isEmpty && (verb == .dat || verb == .bang) ? Self.comparedBeforeVerb(lead) ?? tail : tail
        // `vượt 21,5% dự toán`, `vượt 8% kế hoạch tỉnh giao`: a budget's estimate is its plan, and
        // this is the excess over it, no share of it.
        let namesEstimate = Self.namesEstimate(tail)
        if verb == .vuot, namesEstimate || has(tail, .tinhGiao) || has(tail, .thanhPhoGiao) { return .exceedsPlanBy }
        if has(tail, .tinhGiao) || has(tail, .duToanTinh) { return .percentOfProvinceEstimate }
        if has(tail, .thanhPhoGiao) || has(tail, .duToanThanhPho) { return .percentOfCityEstimate }
        if namesEstimate { return .percentOfEstimate }
        // `đạt 98% kế hoạch`, `chỉ đạt 91,5% so với KH năm`, `đạt 135,7% xã giao`.
        if Self.namesPlan(tail) || Self.comparesWithPlan(tail) || Self.namesLocalAssignment(tail) {
            return verb == .vuot ? .exceedsPlanBy : .percentOfPlan
        }
        if followsPlan && tail.isEmpty { return .percentOfPlan }
        // `Tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%`: past the plan, right after the level, with nothing after.
        if verb == .vuot && followsLevel && tail.isEmpty { return .exceedsPlanBy }
        // `412.600 lượt, tăng 2,1 lần`, `75.735 lượt (gấp 2,5 lần)`: a multiple right after a level is of last year's.
        // So is a bare share said with `bằng` in a sentence that names last year (`…, tăng 6,3% so với cùng kỳ;
        // 230 ha khoai lang, bằng 91,5%`): a plan's share says `đạt`, or names the plan.
        if (verb == .gap || verb == .bang && lastYearNamed) && followsLevel && tail.isEmpty { return .percentOfPrevious }
        // `bằng 102,3% so với tháng trước`: of the month before, not of last year.
        if Self.namesPriorPeriod(tail) { return verb == .vuot ? .changeOnPriorPeriod : .percentOfPriorPeriod }
        // `vượt 7% so với cùng kỳ` is a rise, not a share.
        // `bằng 108% năm trước`, `bằng 92% mức của năm trước`, `bằng 97% năm 2024`, `gấp 1,3 lần năm 2024`: a share right before last year is
        // of it too (the year's digits are no word: `năm` stands alone).
        // A part's share (`chiếm 11,06% so với tổng số hộ`) is of the whole, never of last year.
        if verb != .chiem, Self.namesPrevious(tail) || Self.droppingLevelWords(tail).starts(with: [.nam, .truoc])
            || (verb == .bang || verb == .gap) && tail.elementsEqual([.nam]) {
            return verb == .vuot ? .changeOnPrevious : .percentOfPrevious
        }
        return nil
    }

    /// Whether the clause opens on the verb of a change (`tăng`, `giảm`), or
    /// `trong năm` and it: a count said so, with no figure it qualifies
    /// (`Giảm 136 hộ nghèo`, `…; trong năm giảm 38 hộ nghèo`), is the year's
    /// change in what it counts, though no year is named.
    static func opensOnYearsChange(_ opening: ArraySlice<FoldedWord>) -> Bool {
        opening.count == 1 || opening.count == 3 && opening.first == "trong" && opening.dropFirst().first == .nam
    }

    /// The dimension of a count of the plan's targets (`chỉ tiêu`).
    static let targets = Dimension.count(noun: "chỉ tiêu")

    /// `thì`, folded: `so với kế hoạch 500 tỷ đồng thì đạt 104%`.
    static var thi: FoldedWord { "thi" }
}
