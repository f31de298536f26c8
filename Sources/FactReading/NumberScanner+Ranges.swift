import FoundationEssentials
import Platform
import Facts

/// The upper bound of a range, where a number has one: `11-12%`, `8 - 8,5%`,
/// `1.800 đến 2.000 người`, `5 - dưới 12 tuổi`, `từ 8% đến 8,5%`.
extension NumberScanner {
    /// `11-12%`, `8 - 8,5%`, `1.800 đến 2.000 người`, `5 - dưới 12 tuổi`: the upper bound of a range.
    func rangeUpper(after numberEnd: Int) -> (value: Decimal, end: Int)? {
        let glued = numberEnd + 1 < scalars.count && scalars[numberEnd] == "-" && ScalarText.isDigit(scalars[numberEnd + 1])
        guard let cursor = glued ? numberEnd + 1 : upperStart(after: numberEnd) else { return nil }
        let end = readNumber(from: cursor)
        guard let value = VietnameseNumber.parse(scalars: scalars[cursor..<end]) else { return nil }
        if end < scalars.count, scalars[end] == "/" { return nil }  // `đến 10/11/2023` is a date
        // `18,4 - 32,1 - 49,5%`: a third after another dash makes a list of shares, not a range.
        if dashedUpperStart(after: end) != nil { return nil }
        return (value, end)
    }

    /// Where an upper bound's digits start after `đến` or a dash with spaces around it.
    private func upperStart(after end: Int) -> Int? {
        if let dash = dashedUpperStart(after: end) { return dash }
        guard let word = ScalarText.wordRangeAfter(scalars, end), ScalarText.equals(scalars, word, Self.den) else { return nil }
        let cursor = ScalarText.skipSpaces(scalars, word.upperBound)
        return cursor < scalars.count && ScalarText.isDigit(scalars[cursor]) ? cursor : nil
    }

    /// Where the upper bound starts after `8 - 8,5`, `5 -dưới 12`, `5 – 7`: a dash with
    /// spaces around it, or before `dưới`, then digits.
    private func dashedUpperStart(after numberEnd: Int) -> Int? {
        var cursor = ScalarText.skipSpaces(scalars, numberEnd)
        guard cursor < scalars.count, scalars[cursor] == "-" || scalars[cursor] == "–" else { return nil }
        cursor = ScalarText.skipSpaces(scalars, cursor + 1)
        // `5 - dưới 12 tuổi`: the range ends below its upper bound.
        if let word = ScalarText.wordRangeAfter(scalars, cursor), ScalarText.equals(scalars, word, Self.duoi, lowercasing: true) {
            cursor = ScalarText.skipSpaces(scalars, word.upperBound)
        }
        return cursor < scalars.count && ScalarText.isDigit(scalars[cursor]) ? cursor : nil
    }

    /// `từ 8% đến 8,5%`, `430 tỷ đồng - 450 tỷ đồng`: a range that writes its
    /// unit twice, the upper bound after `đến` or a dash, above the lower and
    /// in its unit (`từ 4,8% đến 3,5%` is where a figure moved, no range). The
    /// bound and where its unit ends.
    func unitRangeUpper(after unitEnd: Int, from value: Decimal, unit: QuantityUnit) -> (Decimal, Int)? {
        guard let cursor = upperStart(after: unitEnd) else { return nil }
        let end = readNumber(from: cursor)
        guard let upper = VietnameseNumber.parse(scalars: scalars[cursor..<end]), upper > value,
              let (again, againEnd) = readUnit(at: end), again == unit,
              dashedUpperStart(after: againEnd) == nil else { return nil }  // `18,4% - 32,1% - 49,5%`: a list
        return (upper, againEnd)
    }

    /// Whether the number at `start` follows another figure and a dash (`18,4% - 32,1% - 49,5%`, a structure's
    /// shares listed): the middle of a list, no range's lower bound.
    func followsDashedFigure(_ start: Int) -> Bool {
        let dash = ScalarText.skipSpacesBack(scalars, before: start)
        guard dash >= 0, scalars[dash] == "-" || scalars[dash] == "–" else { return false }
        let figureEnd = ScalarText.skipSpacesBack(scalars, before: dash)
        return figureEnd >= 0 && (ScalarText.isDigit(scalars[figureEnd]) || scalars[figureEnd] == "%")
    }

    static let den = Array("đến".unicodeScalars), duoi = Array("dưới".unicodeScalars)
}
