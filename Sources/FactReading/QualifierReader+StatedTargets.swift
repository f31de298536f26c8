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
            Self.mark(target, as: .target, of: actual, quantities, into: &drafts)
            // `Thực hiện: 49,6 tỷ đồng, đạt 95,4%`: the share right after what was done is of the target.
            let share = actual + 1
            if share < drafts.count, drafts[share].role == .primary, quantities[share].unit.dimension == .percent,
               quantities[actual].unit.dimension != .percent,
               words.window(quantities[actual].end, quantities[share].start).elementsEqual([.dat]) {
                Self.mark(share, as: .percentOfPlan, of: actual, quantities, into: &drafts)
            }
        }
    }

    /// Makes the figure at `index` a comparison of `kind` of the one at
    /// `primary`, which takes it as a qualifier (a share's range kept only for a target).
    static func mark(_ index: Int, as kind: ComparisonKind, of primary: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>,
                     into drafts: inout [Draft]) {
        drafts[index].role = .comparison(kind)
        drafts[index].qualifies = primary
        drafts[primary].qualifiers.append(.comparison(kind, value: quantities[index].value,
                                                      upper: kind == .target ? quantities[index].upper : nil,
                                                      unit: quantities[index].unit, fact: index))
    }
}
