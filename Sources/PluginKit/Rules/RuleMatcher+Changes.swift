import Platform
import Facts

/// Where a value's change on last year stands when its own sentence gives it
/// none: named in the sentence its footnote hangs on (`Tai nạn giao thông …
/// xảy ra 27 vụ⁷⁷, (tăng 22 vụ, tăng 04 người chết …)` for the deaths of
/// footnote 77), or opening the next sentence, which continues the value's
/// (`… chiếm tỉ lệ 0,21%. Giảm 0,02% so với năm 2022`).
extension RuleMatcher {
    /// The change on last year of `actual`, found by the rule compiled, outside the value's own qualifiers.
    func change(of actual: Fact, rule compiled: CompiledRule) -> Fact? {
        guard let position = groupPosition(of: actual.id) else { return nil }
        if let named = namedChange(compiled, inGroup: position) { return named }
        // The sentence the footnote hangs on shows its mark (`27 vụ[77]`): it stands before the footnote, in the main text.
        if let footnote = actual.footnote {
            let mark = FoldedText(folding: "[\(footnote)]")
            let groups = self.groups
            var index = position - 1
            while index >= 0 {
                let first = groups[index].factIDs.lowerBound
                if store.reportName(of: first) != actual.report { break }
                if groups[index].folded.contains(mark), store.fact(id: first)?.footnote == nil {
                    if let named = namedChange(compiled, inGroup: index) { return named }
                    break
                }
                index -= 1
            }
        }
        return continuation(after: actual, at: position, rule: compiled)
    }

    /// A change on last year the rule names in the sentence of group `position`.
    private func namedChange(_ rule: CompiledRule, inGroup position: Int) -> Fact? {
        let group = groups[position]
        return SentenceBinding(rule: rule, folded: group.folded, facts: store.factsSlice(group.factIDs), sought: .changes,
                               numbersKept: (sentenceNumbers, position)).match()
    }

    /// The change in the sentence after the value's, in its paragraph, when
    /// that sentence reports nothing of its own (only comparisons): the one
    /// the rule names there in the value's measure (`… bị thương 151 người.
    /// Trong khi đó số người bị thương tăng 17 người (+12,41%).`), or else the change that opens it when
    /// the value heads its sentence: the sentence's first primary of the
    /// change's dimension, or failing one, its first primary (`… 55 hộ …,
    /// chiếm tỉ lệ 0,21% …; hộ cận nghèo … 0,21%. Giảm 0,02% so với năm
    /// 2022` is the change of the first rate).
    private func continuation(after actual: Fact, at position: Int, rule: CompiledRule) -> Fact? {
        let groups = self.groups
        guard position + 1 < groups.count else { return nil }
        let next = store.facts(groups[position + 1].factIDs)
        guard let first = next.first, first.paragraph == actual.paragraph, first.report == actual.report,
              next.allSatisfy({ $0.role != .primary }) else { return nil }
        // In the value's own measure only: a percentage there may be a part's (`…; trong đó thu trên địa bàn
        // 214.300 triệu đồng. Thu ngân sách trên địa bàn giảm 8,1%`).
        if let named = namedChange(rule, inGroup: position + 1), named.unit.isCompatible(with: actual.unit) { return named }
        guard first.role == .comparison(.changeOnPrevious), first.qualifies == nil,
              Self.opens(groups[position + 1].folded, on: first) else { return nil }
        let primaries = store.facts(groups[position].factIDs).filter { $0.role == .primary }
        let subject = primaries.first { $0.unit.isCompatible(with: first.unit) } ?? primaries.first
        return subject?.id == actual.id ? first : nil
    }

    /// Whether nothing but a change's verb and a comparison with last year
    /// stands before `change` in its sentence (`Giảm 0,02% so với năm 2022`,
    /// `So với cùng kỳ tăng 1,2%`); not a sentence that names what changed
    /// (`Tỷ trọng công nghiệp - xây dựng tăng 1,2 điểm phần trăm`).
    private static func opens(_ folded: FoldedText, on change: Fact) -> Bool {
        let end = min(folded.byteOffset(ofScalar: change.sentenceOffset), folded.bytes.count)
        return folded.bytes[..<end].split(whereSeparator: { !PhrasePattern.isWordByte($0) }).allSatisfy { word in
            word.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } || openingWords.contains(Array(word))
        }
    }

    /// The words a sentence that opens on a change may say before it.
    private static let openingWords: Set<[UInt8]> = Set(["tang", "giam", "so", "voi", "cung", "ki", "nam", "truoc", "ck", "hon", "khoang",
                                                         "gan", "tren", "duoi", "uoc", "dat", "la", "con", "them", "dau"].map { Array($0.utf8) })

    /// The sentence group holding fact `id`.
    func groupPosition(of id: Int) -> Int? {
        let groups = self.groups
        var low = 0, high = groups.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = groups[middle].factIDs
            if range.contains(id) { return middle }
            if id < range.lowerBound { high = middle - 1 } else { low = middle + 1 }
        }
        return nil
    }
}
