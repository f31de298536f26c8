import Platform
import Facts

/// A change written bare in brackets right after a count, as tallies of
/// incidents write last year's difference: `xảy ra 12 vụ (-2)`, `chết 8
/// người (giảm 1)`. The number is in the count's unit, as `(-2 vụ)` would
/// say, and the qualifier reader takes it for the count's change.
extension NumberScanner {
    /// The count's unit for the bare number at `start`, when it stands alone
    /// in brackets after a sign or `tăng`/`giảm`, and the brackets follow a
    /// figure in a counted noun (`12 vụ`, `5 doanh nghiệp`); nil otherwise.
    func bracketedChangeUnit(before start: Int, numberEnd end: Int) -> QuantityUnit? {
        guard ScalarText.closesBracket(scalars, after: end) else { return nil }
        var open = ScalarText.skipSpacesBack(scalars, before: start)
        guard open > 0 else { return nil }
        if Self.signs.contains(scalars[open]) {
            open = ScalarText.skipSpacesBack(scalars, before: open)
        } else if let verb = ScalarText.wordRangesBefore(scalars, start, count: 1).first,
                  Self.verbs.contains(where: { ScalarText.equals(scalars, verb, $0, lowercasing: true) }) {
            open = ScalarText.skipSpacesBack(scalars, before: verb.lowerBound)
        } else {
            return nil
        }
        guard open > 0, scalars[open] == "(" else { return nil }
        let nounEnd = ScalarText.skipSpacesBack(scalars, before: open) + 1
        guard nounEnd > 0, ScalarText.isLetter(scalars[nounEnd - 1]) else { return nil }
        // The noun's one or two words, nearest first (`vụ`, `doanh nghiệp`), right after a figure.
        for word in ScalarText.wordRangesBefore(scalars, nounEnd, count: 2) {
            guard let (unit, unitEnd) = readUnit(at: word.lowerBound), unitEnd == nounEnd, case .count = unit.dimension else { continue }
            // (`nghiệp` alone reads as a noun too; the figure stands before `doanh nghiệp`.)
            let figure = ScalarText.skipSpacesBack(scalars, before: word.lowerBound)
            if figure >= 0, ScalarText.isDigit(scalars[figure]) { return unit }
        }
        return nil
    }

    private static let signs: Set<Unicode.Scalar> = ["-", "+", "−"]
    private static let verbs = ["tăng", "giảm"].map { Array($0.unicodeScalars) }
}
