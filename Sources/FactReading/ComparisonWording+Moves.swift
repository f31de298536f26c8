import Platform
import Facts

/// Two figures of one clause that say a move: from one to the other (`từ
/// 4,8% xuống còn 3,5%`), the year's start and its end (`đầu năm 245 hộ,
/// cuối năm còn 168 hộ`), or a change and the level it reached (`giảm 1,5%,
/// còn 3,2%`).
extension QualifierReader {
    /// Whether a number is where the one before it moved to: `từ 4,8%
    /// xuống còn 3,5%`, `tăng từ 42 lên 46,5 triệu đồng` — `lead` (the words
    /// between them) goes `xuống` or `lên`, the first follows `từ`, and both
    /// measure alike; or, with no `từ`, the lead says `tăng lên`, `giảm xuống`.
    static func movesFrom(lead: ArraySlice<FoldedWord>, previousLead: ArraySlice<FoldedWord>,
                          _ previous: QuantityUnit, to unit: QuantityUnit) -> Bool {
        // `từ 4,2% đầu năm giảm xuống còn 2,9%`: the time of the first figure, then the verb, may stand between.
        guard lead.count <= 5 else { return false }
        var rest = lead
        if rest.count > 2, rest.first == .dau, rest[rest.startIndex + 1] == .nam { rest = rest.dropFirst(2) }
        let verb = rest.first == .giam || rest.first == .tang
        if verb { rest = rest.dropFirst() }
        guard let first = rest.first, rest.count <= 2 else { return false }
        let moves = first == .xuong || first == .len
        // Without `từ`, the verb and where it went say it: `12 xã, tăng lên 14 xã`.
        return (previousLead.last == .tu ? moves || verb && first == .con : verb && moves) && previous.dimension == unit.dimension
    }

    /// Whether two figures measured alike are the year's start and its end:
    /// `Số hộ nghèo đầu năm 245 hộ, cuối năm còn 168 hộ`. The start, the end
    /// of the year before, is last year's figure. `previousLead` is the
    /// clause before the first, `lead` the words between the two.
    static func startsAndEndsYear(lead: ArraySlice<FoldedWord>, previousLead: ArraySlice<FoldedWord>,
                                  _ previous: QuantityUnit, to unit: QuantityUnit) -> Bool {
        lead.count <= 6 && FoldedPhrase.cuoiNam.occurs(in: lead) && FoldedPhrase.dauNam.occurs(in: previousLead)
            && previous.dimension == unit.dimension
    }

    /// Whether a number is the level the one before it is the change to: `giảm
    /// 1,5%, còn 3,2%`, `tăng 120 hộ, lên 2.340 hộ` — the first follows `tăng`
    /// or `giảm` and `lead` (the words between them) opens on `còn`, `xuống` or
    /// `lên`; both measure alike, or the first in points of the second's rate (`giảm 0,8 điểm %, còn 2,5%`).
    static func changesTo(lead: ArraySlice<FoldedWord>, previousLead: ArraySlice<FoldedWord>,
                          _ previous: QuantityUnit, to unit: QuantityUnit) -> Bool {
        guard let first = lead.first, let verb = previousLead.last, verb == .tang || verb == .giam else { return false }
        return (first == .con || first == .xuong || first == .len) && lead.count <= 2
            && (previous.dimension == unit.dimension || previous.isPoints && unit.dimension == .percent)
    }
}
