import Platform
import Facts

/// A target stated first and what was done after it, in one statement:
/// `Chỉ tiêu 2: Thu ngân sách trên địa bàn 52 tỷ đồng. Thực hiện: 49,6 tỷ
/// đồng, đạt 95,4%.` (read as one sentence, ``SentenceSplitter``). The
/// figures before `thực hiện` are the targets of those after it, in order.
extension QualifierReader {
    /// Makes each figure before `thực hiện` in a sentence that opens on a
    /// target's label (`Chỉ tiêu 2:`, `Mục tiêu:`, `Kế hoạch:`, `KH:`) the
    /// target of the first figure after it in a unit of its dimension.
    func markStatedTargets(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                           into drafts: inout [Draft]) {
        let list = words.words, starts = words.starts
        guard let first = list.first, list.count > 3, first == .chi || first == .muc || first == .ke || first == .kh,
              Self.namesPlan(list.prefix(2)),
              let done = list.indices.dropFirst().first(where: { list[$0] == .hien && list[$0 - 1] == .thuc }) else { return }
        let doneAt = starts[done]
        var taken: Set<Int> = []
        for target in drafts.indices where quantities[target].start < doneAt && drafts[target].role == .primary
            && drafts[target].qualifies == nil && !drafts[target].qualifiers.contains(where: \.isComparison) {
            guard let actual = drafts.indices.first(where: { index in
                quantities[index].start > doneAt && !taken.contains(index) && drafts[index].role == .primary
                    && quantities[index].unit.dimension == quantities[target].unit.dimension
            }) else { continue }
            taken.insert(actual)
            drafts[target].role = .comparison(.target)
            drafts[target].qualifies = actual
            drafts[actual].qualifiers.append(.comparison(.target, value: quantities[target].value, upper: quantities[target].upper,
                                                         unit: quantities[target].unit, fact: target))
            // `Thực hiện: 49,6 tỷ đồng, đạt 95,4%`: the share right after what was done is of the target.
            let share = actual + 1
            if share < drafts.count, drafts[share].role == .primary, quantities[share].unit.dimension == .percent,
               quantities[actual].unit.dimension != .percent,
               words.window(quantities[actual].end, quantities[share].start).elementsEqual([.dat]) {
                drafts[share].role = .comparison(.percentOfPlan)
                drafts[share].qualifies = actual
                drafts[actual].qualifiers.append(.comparison(.percentOfPlan, value: quantities[share].value, upper: nil,
                                                             unit: quantities[share].unit, fact: share))
            }
        }
    }
}
