import Platform
import Facts

/// A total raised by what the year added, in one sentence: `Có thêm 2 xã
/// đạt chuẩn nông thôn mới, nâng tổng số lên 14 xã`. The total's change on
/// last year is the figure added, in the same unit. That figure stays one
/// of its own (the communes recognised in the year), so the comparison
/// names it as its fact rather than making it a change. A total that names
/// what it counts anew may count something else (`Có thêm 1 xã đạt chuẩn
/// nông thôn mới kiểu mẫu; nâng tổng số xã đạt chuẩn NTM lên 9/9 xã`: the
/// model commune was one of the nine already), and is left alone.
extension QualifierReader {
    /// Gives each total after `nâng tổng số lên` a change on last year of
    /// the figure right before `nâng`, when `thêm` stands one or two words
    /// before that figure, or `công nhận` around it, and both count the same thing;
    /// after `tăng` (`tăng thêm 2 xã`) that figure is the change alone. A total that has a
    /// change of its own (`lên 14 xã, tăng 2 xã so với năm trước`) keeps it.
    func markTotalRaised(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                         into drafts: inout [Draft]) {
        guard inResults, quantities.count >= 2,
              words.mayContain(Self.them) || words.mayContain(.nhan) || words.mayContain(.tang),
              words.mayContain(Self.nang), words.mayContain(.tong) else { return }
        let list = words.words, starts = words.starts
        for at in list.indices.dropLast(3)
        where list[at] == Self.nang && list[at + 1] == .tong && list[at + 2] == .so && list[at + 3] == .len {
            guard let total = quantities.firstIndex(where: { $0.start > starts[at] }),
                  list.indices.last(where: { starts[$0] < quantities[total].start }) == at + 3,
                  drafts[total].role == .primary, drafts[total].qualifies == nil,
                  !drafts[total].qualifiers.contains(where: { Self.saysChange($0) }),
                  let added = quantities.lastIndex(where: { $0.end <= starts[at] }),
                  quantities[added].unit == quantities[total].unit, quantities[added].upper == nil,
                  quantities[added].denominator == nil, drafts[added].role == .primary,
                  let before = list.indices.last(where: { starts[$0] < quantities[added].start }),
                  case let rises = list[before] == .tang || list[before] == Self.them && before > list.startIndex && list[before - 1] == .tang,
                  rises || list[before] == Self.them || before > list.startIndex && list[before - 1] == Self.them
                    || Self.saysRecognised(list[(before + 1)..<at]) || Self.endsOnRecognisedAnew(list[..<(before + 1)])
            else { continue }
            drafts[total].qualifiers.append(.comparison(.changeOnPrevious, value: quantities[added].value, upper: nil,
                                                        unit: quantities[added].unit, fact: added))
            // `Số xã đạt chuẩn … tăng thêm 2 xã, nâng tổng số lên 14 xã`: what the count rose by is a change alone.
            if rises {
                drafts[added].role = .comparison(.changeOnPrevious)
                drafts[added].qualifies = total
            }
        }
    }

    /// Whether the words between the figure added and `nâng` say it was recognised in the year: `được công
    /// nhận` (`có 3 xã được công nhận đạt chuẩn …, nâng tổng số lên 7 xã`), as `thêm` before it does; so do
    /// the words right before it (``endsOnRecognisedAnew(_:)``).
    private static func saysRecognised(_ between: ArraySlice<FoldedWord>) -> Bool {
        zip(between, between.dropFirst()).contains { $0 == .cong && $1 == .nhan }
    }

    /// Whether `words` end on `công nhận` or `công nhận mới`, right before the figure added (not `công nhận lại`: a
    /// school recognised again was counted already).
    private static func endsOnRecognisedAnew(_ words: ArraySlice<FoldedWord>) -> Bool {
        let last = words.last == moi ? words.dropLast() : words
        return last.count >= 2 && last[last.endIndex - 1] == .nhan && last[last.endIndex - 2] == .cong
    }

    private static var them: FoldedWord { "them" }
    private static var moi: FoldedWord { "moi" }
    private static var nang: FoldedWord { "nang" }
}
