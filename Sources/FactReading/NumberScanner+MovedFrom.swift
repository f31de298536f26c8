import Platform
import Facts

/// A figure's earlier level written bare before the level it moved to:
/// `tăng từ 41 lên 45 trường`, `giảm từ 612 xuống còn 438 hộ`, `từ 6,42 xuống
/// 4,56%`. The number is in the unit of the level after it, as `từ 41 trường`
/// would say, and the qualifier reader takes it for where the figure moved from.
extension NumberScanner {
    /// The unit a bare number takes from a figure beside it: in brackets after
    /// it (``bracketedUnit(before:numberEnd:)``), or the level it moved to.
    func borrowedUnit(before start: Int, numberEnd end: Int) -> QuantityUnit? {
        bracketedUnit(before: start, numberEnd: end) ?? movedFromUnit(before: start, numberEnd: end)
    }

    /// The unit of the level after `lên`, `xuống`, `xuống còn` or `còn` that the
    /// bare number at `start`, right after `từ`, moved to; nil otherwise.
    func movedFromUnit(before start: Int, numberEnd end: Int) -> QuantityUnit? {
        guard let from = ScalarText.wordRangesBefore(scalars, start, count: 1).first,
              ScalarText.skipSpaces(scalars, from.upperBound) == start,
              ScalarText.equals(scalars, from, Self.fromWord, lowercasing: true) else { return nil }
        var cursor = end, moved = false
        while let word = ScalarText.wordRangeAfter(scalars, cursor),
              Self.movedToWords.contains(where: { ScalarText.equals(scalars, word, $0) }) {
            cursor = word.upperBound
            moved = true
        }
        cursor = ScalarText.skipSpaces(scalars, cursor)
        guard moved, cursor < scalars.count, ScalarText.isDigit(scalars[cursor]) else { return nil }
        let levelEnd = readNumber(from: cursor)
        guard levelEnd > cursor, VietnameseNumber.parse(scalars: scalars[cursor..<levelEnd]) != nil else { return nil }
        return readUnit(at: levelEnd)?.0
    }

    private static let fromWord = Array("từ".unicodeScalars)
    /// The words between the two levels: `lên`, `xuống`, `còn`.
    private static let movedToWords = ["lên", "xuống", "còn"].map { Array($0.unicodeScalars) }
}
