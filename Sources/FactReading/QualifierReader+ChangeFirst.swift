import FoundationEssentials
import Platform
import Facts

/// A change said before the level it brought a figure to, with nothing before
/// it to be of: `Doanh thu du lịch tăng 15% so với cùng kỳ, đạt 1.200 tỷ
/// đồng`, `Số vụ giảm 3 vụ so với năm 2025, còn 12 vụ`, `Lượng khách tăng gấp
/// 1,4 lần so với năm trước, đạt 1,26 triệu lượt`. The change qualifies the
/// level after it, as it would one before it.
extension QualifierReader {
    /// Makes the number before `index` (or before the plan set beside it) the change of the level at `index`
    /// when it is a change with nothing to qualify (`tăng`, `giảm`, `gấp`
    /// before it), and the words between (`between`) name at most last year
    /// and then the level's verb (`đạt`, `ước đạt`, `còn`, `lên`).
    /// Returns whether it did, so that the caller forgets the change as a figure.
    func readsChangeFirst(_ index: Int, between: ArraySlice<FoldedWord>, clause: Range<Int>,
                          quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                          into drafts: inout [Draft]) -> Bool {
        guard index > 0 else { return false }
        var before = index - 1, between = between
        // `giảm 3,8% (KH giảm 3,5%), còn 14,26%`: the plan's change set between is the change's.
        if before > 0, drafts[before].role == .comparison(.target), drafts[before].qualifies == before - 1 { before -= 1 }
        // `giảm 1,86 điểm phần trăm, từ 6,42% xuống còn 4,56%`: the figure the level moved from is set between,
        // and the change opens on the move (`từ`).
        let opensMove = before > 0 && drafts[before].role == .comparison(.previousValue) && drafts[before].qualifies == index
        if opensMove {
            between = words.window(quantities[before - 1].end, quantities[before].start)
            before -= 1
        }
        guard drafts[index].role == .primary, drafts[before].qualifies == nil, quantities[before].start >= clause.lowerBound,
              opensMove ? Array(between) == [.tu] : Self.opensOnLevel(between) else { return false }
        let role = drafts[before].role
        guard role == .primary || role == .comparison(.changeOnPrevious) || role == .comparison(.percentOfPrevious) else { return false }
        let leadStart = before > 0 ? max(clause.lowerBound, quantities[before - 1].end) : clause.lowerBound
        var lead = Self.droppingApproximation(words.window(leadStart, quantities[before].start), quantities[before].approximate)
        // `tăng thêm 2 xã, lên 14 xã`: what the count rose by.
        if lead.last == Self.more, lead.dropLast().last == .tang { lead = lead.dropLast() }
        guard let verb = lead.last, verb == .tang || verb == .giam || verb == .gap else { return false }
        let unit = quantities[before].unit, level = quantities[index].unit
        let multiple = Self.isMultiple(unit, verb: verb)
        // A rate's change in percent is in points, where it says the rate moved to it (`giảm 1,62%, còn 3,05%`).
        let movesTo = opensMove || between.last == .con || between.last == .len
        let fits = multiple ? level.dimension != .percent
            : unit.dimension == .percent ? level.dimension != .percent || movesTo
            : unit.isPoints ? level.dimension == .percent : unit.dimension == level.dimension
        guard fits, verb != .gap || multiple else { return false }
        let kind: ComparisonKind = multiple ? .percentOfPrevious : .changeOnPrevious
        let falls = verb == .giam && !multiple
        let value = quantities[before].value * (multiple ? 100 : 1)
        drafts[before].role = .comparison(kind)
        drafts[before].qualifies = index
        drafts[before].falls = falls
        drafts[index].qualifiers.append(.comparison(kind, value: falls ? -value : value, upper: nil,
                                                    unit: multiple ? .percent : unit, fact: before))
        // The plan's change set beside the change (`KH giảm 1,5%; ƯTH giảm 1,62%, còn 3,05%`) is the level's too.
        for case .comparison(.target, let value, let upper, let unit, let fact) in drafts[before].qualifiers {
            drafts[index].qualifiers.append(.comparison(.changeTarget, value: value, upper: upper, unit: unit, fact: fact))
        }
        return true
    }

    /// Whether the words between a change and the number after it are, past
    /// a name of last year (`so với cùng kỳ`, `so với năm 2025`), a level's
    /// verb alone: `đạt`, `ước đạt`, `còn`, `lên`, or of incidents `xảy ra`
    /// (`Tội phạm giảm 18,5% so với năm 2024 (xảy ra 22 vụ)`).
    static func opensOnLevel(_ between: ArraySlice<FoldedWord>) -> Bool {
        guard let last = between.last, last == .dat || last == .con || last == .len || last == .ra else { return false }
        var rest = between.dropLast()
        if last == .ra { guard rest.last == .xay else { return false }; rest = rest.dropLast() }
        if last == .dat, rest.last == .uoc { rest = rest.dropLast() }
        return rest.isEmpty || rest.count <= 5 && namesPrevious(rest) && rest.first == .so
    }

    /// `thêm`, folded.
    private static var more: FoldedWord { "them" }
}
