import Platform
import Facts

/// A target stated first and what was done after it, in one statement:
/// `Chỉ tiêu 2: Thu ngân sách trên địa bàn 52 tỷ đồng. Thực hiện: 49,6 tỷ
/// đồng, đạt 95,4%.` (read as one sentence, ``SentenceSplitter``), or an aim
/// opening the sentence and its result after a comma or `;` (`Năm 2026, huyện
/// phấn đấu thu ngân sách 180 tỷ đồng; kết quả thu được 171 tỷ đồng`). The
/// figures before `thực hiện` or `kết quả` are the targets of those after it, in order.
extension QualifierReader {
    /// Makes each figure before `thực hiện` in a sentence that opens on a
    /// target's label (`Chỉ tiêu 2:`, `Mục tiêu:`, `Kế hoạch:`, `KH:`), or
    /// before the result of an aim or a plan that opens it, the target of the
    /// first figure after it in a unit of its dimension.
    func markStatedTargets(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                           into drafts: inout [Draft]) {
        let list = words.words, starts = words.starts
        guard list.count > 3 else { return }
        let done: Int
        if Self.opensOnPlanName(list),
           let labelled = list.indices.dropFirst().first(where: { list[$0] == .hien && list[$0 - 1] == .thuc }) {
            done = labelled
        } else if inResults, let aim = Self.aimOpening(list), let result = resultAfterAim(aim, words: words),
                  quantities.contains(where: { $0.start < starts[result] }) {
            done = result
        } else {
            return
        }
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

    /// Where an aim opens the sentence, within its first four words (`Năm 2026, huyện phấn đấu …`,
    /// `Mục tiêu đề ra …`), or the plan it names first (`Kế hoạch năm 2026 đặt ra …; thực tế đạt …`):
    /// the index of the aim's last word.
    private static func aimOpening(_ list: ArraySlice<FoldedWord>) -> Int? {
        if opensOnPlanName(list) { return list.startIndex + (list.first == .kh ? 0 : 1) }
        return list.indices.dropFirst().prefix(4).first { index in
            let (before, word) = (list[index - 1], list[index])
            return (before == .phan && word == .dau) || (before == .muc && word == .tieu) || (before == .de && word == .ra)
        }
    }

    /// Whether the sentence opens on a plan's name, its label: `Chỉ tiêu …`, `Mục tiêu …`, `Kế hoạch …`, `KH …`.
    private static func opensOnPlanName(_ list: ArraySlice<FoldedWord>) -> Bool {
        guard let first = list.first else { return false }
        return (first == .chi || first == .muc || first == .ke || first == .kh) && namesPlan(list.prefix(2))
    }

    /// The first word after `aim` of a clause that gives what was done, past a comma or `;`:
    /// one of ``ResultOpenings`` (`kết quả`, `thực hiện`, `ước thực hiện`, `ước đạt`), told by its first two words.
    private func resultAfterAim(_ aim: Int, words: borrowing SentenceWords) -> Int? {
        let list = words.words, starts = words.starts
        var index = aim + 1
        while index + 1 < list.count {
            defer { index += 1 }
            let (word, next) = (list[index], list[index + 1])
            guard Self.resultOpenings.contains(where: { $0.first == word && $0.second == next }) else { continue }
            var at = starts[index]
            while at > 0, scalars[at - 1] == " " { at -= 1 }
            if at > 0, scalars[at - 1] == ";" || scalars[at - 1] == "," { return index }
        }
        return nil
    }

    /// The first two words of each of ``ResultOpenings``, packed.
    private static let resultOpenings: [(first: FoldedWord, second: FoldedWord)] = ResultOpenings.folded.map { phrase in
        let words = phrase.split(separator: " ")
        return (FoldedWord(scalars: words[0].unicodeScalars), FoldedWord(scalars: words[1].unicodeScalars))
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
