import Platform
import Facts

/// A figure said as a part of a planned whole: `thu hồi 198 ha trên tổng số
/// 256 ha kế hoạch (đạt 77,3%)`. The whole, named the plan's (`kế hoạch`,
/// `KH`, `chỉ tiêu`) or what must be done (`cần thu hồi`, `phải giải phóng`),
/// is the figure's target, as a slash gives it (`198/256 ha`), and a bare
/// share said right after it is of that plan.
extension QualifierReader {
    /// Makes the whole after `trên tổng số`, `trên tổng` or `trong tổng số`
    /// the target of the figure before it, measured alike, where the plan's
    /// words follow the whole; a share after it (`đạt`, `bằng`) is of that plan.
    func markPlannedWholes(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                           into drafts: inout [Draft]) {
        guard quantities.count >= 2, words.mayContain(.tong), words.mayContain(Self.tren) || words.mayContain(Self.trong)
        else { return }
        for index in quantities.indices.dropFirst() {
            let part = index - 1
            // (`trên tổng số` and its spaces are fourteen scalars: a longer gap holds other words.)
            guard quantities[index].start - quantities[part].end <= 16, drafts[index].role == .primary, drafts[part].role == .primary,
                  quantities[part].unit.dimension == quantities[index].unit.dimension,
                  !drafts[part].qualifiers.contains(where: { $0.kind == ComparisonKind.target.rawValue }),
                  Self.outOfWhole(words.window(quantities[part].end, quantities[index].start)) else { continue }
            let next = index + 1 < quantities.count ? quantities[index + 1].start : words.sentence.upperBound
            let after = words.window(quantities[index].end, next)
            guard let first = after.first, first == .kh || first == .chi || first == Self.can || first == Self.phai
                    || first == .ke && after.dropFirst().first == Self.hoach else { continue }
            Self.mark(index, as: .target, of: part, quantities, into: &drafts)
            let share = index + 1
            guard share < quantities.count, drafts[share].role == .primary, quantities[share].unit.dimension == .percent,
                  !scalars[quantities[index].end..<quantities[share].start].contains(";"),
                  let verb = words.window(quantities[index].end, quantities[share].start).last, verb == .dat || verb == .bang
            else { continue }
            Self.mark(share, as: .percentOfPlan, of: part, quantities, into: &drafts)
        }
    }

    /// `trên tổng số`, `trên tổng`, `trong tổng số`: the words of a part out of a whole, and nothing else.
    private static func outOfWhole(_ words: ArraySlice<FoldedWord>) -> Bool {
        guard words.count == 2 || words.count == 3, words.first == tren || words.first == trong,
              words[words.startIndex + 1] == .tong else { return false }
        return words.count == 2 || words.last == .so
    }

    private static var tren: FoldedWord { "tren" }
    private static var trong: FoldedWord { "trong" }
    private static var can: FoldedWord { "can" }
    private static var phai: FoldedWord { "phai" }
    private static var hoach: FoldedWord { "hoach" }
}
