import Platform
import Facts

/// A plan written bare in brackets right after a figure, as short lists of
/// results give it: `trồng 1.108 ha (KH: 1.000)`, `giải quyết việc làm cho
/// 2.350 lượt người (KH 2.200)`, `đạt 93,6% (chỉ tiêu 95)`. The number is in
/// the figure's unit, as `(KH: 1.000 ha)` would say, and the qualifier reader
/// takes it for the figure's plan as it takes the written one.
extension NumberScanner {
    /// The unit a bare number alone in brackets takes from the figure before
    /// them: as its change (``bracketedChangeUnit(before:numberEnd:)``) or its plan.
    func bracketedUnit(before start: Int, numberEnd end: Int) -> QuantityUnit? {
        bracketedChangeUnit(before: start, numberEnd: end) ?? bracketedPlanUnit(before: start, numberEnd: end)
    }

    /// The unit of the figure before the brackets the bare number at `start`
    /// stands alone in, after a plan's word (`KH`, `kế hoạch`, `chỉ tiêu`,
    /// `mục tiêu`, `NQ`) and perhaps a colon; nil otherwise.
    func bracketedPlanUnit(before start: Int, numberEnd end: Int) -> QuantityUnit? {
        guard ScalarText.closesBracket(scalars, after: end) else { return nil }
        var wordEnd = ScalarText.skipSpacesBack(scalars, before: start)
        guard wordEnd > 0 else { return nil }
        if scalars[wordEnd] == ":" { wordEnd = ScalarText.skipSpacesBack(scalars, before: wordEnd) }
        guard wordEnd > 0, let planStart = planWordStart(endingAt: wordEnd + 1) else { return nil }
        let open = ScalarText.skipSpacesBack(scalars, before: planStart)
        guard open > 0, scalars[open] == "(" else { return nil }
        return unitOfFigure(endingAt: ScalarText.skipSpacesBack(scalars, before: open) + 1)
    }

    /// Where the plan's word that ends at `end` begins, if one does.
    private func planWordStart(endingAt end: Int) -> Int? {
        let words = ScalarText.wordRangesBefore(scalars, end, count: 2)
        guard let last = words.first, last.upperBound == end else { return nil }
        if Self.planAbbreviations.contains(where: { ScalarText.equals(scalars, last, $0) }) { return last.lowerBound }
        guard words.count == 2 else { return nil }
        let first = words[1]
        for (head, tail) in Self.planPhrases
        where ScalarText.equals(scalars, first, head, lowercasing: true) && ScalarText.equals(scalars, last, tail, lowercasing: true) {
            return first.lowerBound
        }
        return nil
    }

    /// The unit of a figure written right before `end` (`1.108 ha`, `2.350 lượt người`, `93,6%`).
    private func unitOfFigure(endingAt end: Int) -> QuantityUnit? {
        guard end > 0 else { return nil }
        var starts = ScalarText.wordRangesBefore(scalars, end, count: 3).map(\.lowerBound)
        if scalars[end - 1] == "%" { starts = [end - 1] }
        for unitStart in starts {
            guard let (unit, unitEnd) = readUnit(at: unitStart), unitEnd == end else { continue }
            let figure = ScalarText.skipSpacesBack(scalars, before: unitStart)
            if figure >= 0, ScalarText.isDigit(scalars[figure]) { return unit }
        }
        return nil
    }

    /// The plan's abbreviations, compared as written (a `kh` in lower case is no plan).
    private static let planAbbreviations = ["KH", "NQ"].map { Array($0.unicodeScalars) }
    /// The plan's two words, compared in lower case.
    private static let planPhrases = [("kế", "hoạch"), ("chỉ", "tiêu"), ("mục", "tiêu")]
        .map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }
}
