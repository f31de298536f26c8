import Platform
import Facts

/// A change written as a signed figure, the sign its verb: `87 vụ (-9 vụ)`,
/// `(+12,4% so CK)`, `(so với cùng kỳ: -1 vụ, = số người chết, +1 người bị
/// thương)`, as reports and tables turned into prose write them.
extension QualifierReader {
    /// `tăng` for a `+` written onto the number at `start`, `giảm` for a `-`
    /// or `−` (`(-9 vụ)`, `(+12,4% so CK)`); nil for any other, and for a
    /// dash after a digit or letter (`10-12%`, `QL-1`).
    func signAsVerb(before start: Int) -> ArraySlice<FoldedWord>? {
        guard start >= 1, start <= scalars.count else { return nil }
        let sign = scalars[start - 1]
        guard sign == "+" || sign == "-" || sign == "−",
              start < 2 || !(ScalarText.isDigit(scalars[start - 2]) || TextFolding.isLetter(scalars[start - 2])) else { return nil }
        return sign == "+" ? [FoldedWord.tang] : [FoldedWord.giam]
    }

    /// Whether the sign written onto the number at `start` (``signAsVerb(before:)``
    /// found it) opens an item, right after a comma or bracket (`…, +1 người
    /// bị thương`); the lead before it, from `lower`, is another item's.
    /// (After a label's colon the sign may be the figure's own: `Tỷ lệ tăng
    /// dân số tự nhiên: -0,2%`.)
    func opensItemOnSign(_ start: Int, after lower: Int) -> Bool {
        guard start >= 2, start <= scalars.count else { return false }
        let before = ScalarText.skipSpacesBack(scalars, before: start - 1, floor: lower)
        guard before >= lower else { return false }
        let mark = scalars[before]
        return mark == "," || mark == "("
    }

    /// Whether the level at `start` is below zero: a minus written onto it after a space, a bracket or
    /// a label's colon (`Tốc độ tăng trưởng ước đạt -1,2%`, `Tỷ lệ tăng dân số tự nhiên: -0,2%`), or
    /// `âm` right before it (`tăng trưởng âm 1,2%`). A level's sign the change verbs did not take.
    func isBelowZero(_ start: Int, after lower: Int) -> Bool {
        guard start >= 2, start <= scalars.count else { return false }
        if ScalarText.isMinus(scalars[start - 1]) {
            guard start - 2 >= lower else { return false }
            let before = scalars[start - 2]
            return before == " " || before == "(" || before == ":"
        }
        // `âm` and a space right before it, read in place (every level asks).
        let wordStart = start - 3
        guard wordStart >= lower, scalars[start - 1] == " ", wordStart == 0 || !ScalarText.isLetter(scalars[wordStart - 1]) else { return false }
        return ScalarText.equals(scalars, wordStart..<(start - 1), Self.am, lowercasing: true)
    }

    /// `âm`: below zero.
    private static let am = Array("âm".unicodeScalars)
}
