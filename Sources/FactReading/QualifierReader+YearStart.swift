import Platform
import Facts

/// A year's start and end said in clauses of their own, each with its
/// figures: `Đầu năm toàn xã có 96 hộ nghèo, chiếm 1,52%; đến cuối năm giảm
/// còn 41 hộ, chiếm 0,65%`. The start, the end of the year before, is last
/// year's figure of the end's figure measured alike, pair by pair in order.
/// (Two figures side by side with nothing between, `đầu năm 245 hộ, cuối năm
/// còn 168 hộ`, are read as the numbers are, by ``startsAndEndsYear``.)
extension QualifierReader {
    /// Makes each figure after `cuối năm` (else `còn`) that has no comparison with last
    /// year the end of the first figure measured alike between `đầu năm` and
    /// it, in the results; not the start of a period (`6 tháng đầu năm`).
    func markYearStart(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                       into drafts: inout [Draft]) {
        guard inResults, quantities.count > 1, words.mayContain(.dau), words.mayContain(Self.cuoi) || words.mayContain(.con)
        else { return }
        let list = words.words, starts = words.starts
        guard let start = list.indices.dropLast().first(where: { list[$0] == .dau && list[$0 + 1] == .nam
                  && ($0 == list.startIndex || list[$0 - 1] != .thang) }),
              let end = list.indices.dropLast().first(where: { $0 > start && list[$0] == Self.cuoi && list[$0 + 1] == .nam })
                // `…; 9 tháng thoát nghèo 42 hộ, còn 144 hộ, chiếm 2,29%`: what is left, said with no year's end.
                ?? list.indices.first(where: { $0 > start + 1 && list[$0] == .con })
        else { return }
        let startAt = starts[start], endAt = starts[end]
        var taken: Set<Int> = []
        for index in drafts.indices where quantities[index].start > endAt && drafts[index].role == .primary
            && !drafts[index].qualifiers.contains(where: Self.saysChange) {
            guard let first = drafts.indices.first(where: { earlier in
                quantities[earlier].start > startAt && quantities[earlier].end <= endAt && !taken.contains(earlier)
                    && drafts[earlier].role == .primary && drafts[earlier].qualifies == nil
                    && quantities[earlier].unit == quantities[index].unit
            }) else { continue }
            let counted = noun(after: quantities[index].end, words)
            guard counted.isEmpty || counted.elementsEqual(noun(after: quantities[first].end, words)) else { continue }
            taken.insert(first)
            drafts[first].role = .comparison(.previousValue)
            drafts[first].qualifies = index
            drafts[index].qualifiers.append(.comparison(.previousValue, value: quantities[first].value, upper: nil,
                                                        unit: quantities[first].unit, fact: first))
        }
    }

    private static var cuoi: FoldedWord { "cuoi" }

    /// The words right after a figure's unit up to a mark or a number (the
    /// sentence's words are letters, so a number bounds them too), at most
    /// three: what it counts (`hộ nghèo`, `hộ cận nghèo`), which an end naming
    /// another thing than its start's does not share.
    private func noun(after end: Int, _ words: borrowing SentenceWords) -> ArraySlice<FoldedWord> {
        let list = words.words, starts = words.starts, ends = words.ends
        guard let first = starts.firstIndex(where: { $0 >= end }) else { return [] }
        var last = first, boundary = end
        while last < list.endIndex, last < first + 3,
              scalars[boundary..<starts[last]].allSatisfy({ $0 == " " }) {
            boundary = ends[last]
            last += 1
        }
        return list[first..<last]
    }
}
