import Platform
import Facts

/// Figures a sentence dates to a year of their own: where a figure moved
/// from (`từ 6,2% năm 2021`), and two figures set side by side by their
/// years (`năm 2024 là 3,2%, năm 2025 còn 2,4%`), the earlier of which is no
/// figure of the year reported on.
extension QualifierReader {
    /// The year named right after a figure (`6,2% năm 2021`, `6,2% (năm 2021)`):
    /// a year reference between `end` and `limit` with at most `năm` and
    /// brackets before it.
    func year(after end: Int, before limit: Int, in references: ArraySlice<ScannedReference>) -> Int? {
        guard let reference = references.first(where: { $0.start >= end && $0.start < limit }) else { return nil }
        let gap = ScalarText.wordRangesBefore(scalars, reference.start, count: 2)
        guard let nam = gap.first, nam.lowerBound >= end, gap.count == 1 || gap[1].upperBound <= end else { return nil }
        return namedYear(reference)
    }

    /// The year a reference is when `năm` stands right before it (`năm 2024`); nil for a range of years or any other reference.
    private func namedYear(_ reference: ScannedReference) -> Int? {
        guard reference.kind == .year, reference.end - reference.start == 4,
              let before = ScalarText.wordRangesBefore(scalars, reference.start, count: 1).first,
              FoldedWord(scalars: text.folded[before]) == .nam else { return nil }
        return scalars[reference.start..<reference.end].reduce(0) { $0 * 10 + Int($1.value) - 48 }
    }

    /// `Tỷ lệ hộ nghèo năm 2024 là 3,2%, năm 2025 còn 2,4%`, `năm 2025 đạt 45 tỷ
    /// đồng, trong khi năm 2024 chỉ đạt 40 tỷ đồng`: of two primaries side by
    /// side, measured alike, each after its own year, neither past the year
    /// reported on, the earlier is what the later moved from — last year's
    /// figure, or one of a year before that. Only with the report's year known:
    /// a figure of the plan's year after this year's (`năm 2026 phấn đấu …`) is a target, not this.
    func pairDatedFigures(_ quantities: UnsafeBufferPointer<ScannedQuantity>, references: ArraySlice<ScannedReference>,
                          sentence: Range<Int>, clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard let reportYear, quantities.count >= 2, references.contains(where: { $0.kind == .year }) else { return }
        func leadYear(_ index: Int) -> Int? {
            let start = quantities[index].start
            let after = index > 0 ? quantities[index - 1].end : sentence.lowerBound
            // The clause is asked for only where a year stands before the figure, which few do.
            guard let reference = references.last(where: { $0.kind == .year && $0.start >= after && $0.start < start }),
                  reference.start >= clauseOf(start).lowerBound else { return nil }
            return namedYear(reference)
        }
        var index = 0
        while index + 1 < quantities.count {
            let next = index + 1
            guard drafts[index].role == .primary, drafts[next].role == .primary,
                  quantities[index].unit.dimension == quantities[next].unit.dimension,
                  let first = leadYear(index), let second = leadYear(next), first != second,
                  max(first, second) <= reportYear else { index += 1; continue }
            let (earlier, later) = first < second ? (index, next) : (next, index)
            let kind: ComparisonKind = abs(first - second) == 1 ? .previousValue : .earlierValue
            drafts[earlier].role = .comparison(kind)
            drafts[earlier].qualifies = later
            if kind == .earlierValue { drafts[earlier].qualifiers.append(.asOf("năm \(min(first, second))")) }
            drafts[later].qualifiers.append(.comparison(kind, value: quantities[earlier].value, upper: nil,
                                                        unit: quantities[earlier].unit, fact: earlier))
            index += 2
        }
    }
}
