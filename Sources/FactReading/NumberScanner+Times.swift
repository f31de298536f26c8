import FoundationEssentials
import Platform
import Facts

/// Numbers that say when, not how much: a date spelled out (`ngày 24 tháng
/// 11 năm 2023`) and the part of a year a figure covers (`9 tháng`, `6 tháng
/// đầu năm`). Read as quantities, a period took the comparisons of the figure
/// after it: `GRDP 9 tháng ước tăng 7,8%` made the growth a change of nine months.
extension NumberScanner {
    /// `ngày 24 tháng 11 năm 2023`: where the date ends.
    func spelledDateEnd(start: Int, numberEnd: Int) -> Int? {
        guard ScalarText.precededByPhrase(scalars, start, Self.ngay), let word = ScalarText.wordRangeAfter(scalars, numberEnd),
              ScalarText.equals(scalars, word, Self.thang, lowercasing: true) else { return nil }
        var cursor = readNumber(from: ScalarText.skipSpaces(scalars, word.upperBound))
        if let year = ScalarText.wordRangeAfter(scalars, cursor), ScalarText.equals(scalars, year, Self.nam, lowercasing: true) {
            cursor = readNumber(from: ScalarText.skipSpaces(scalars, year.upperBound))
        }
        return cursor
    }

    /// `tháng 9`, `Tháng 10 năm 2025`: where a month named by its number ends
    /// (with its year, if `năm` and one follow). Read as a quantity, the word
    /// after it became a unit: `Tháng 9 xảy ra 2 vụ` counted `9 xảy`.
    func monthEnd(start: Int, numberEnd: Int) -> Int? {
        // `tháng` ends on `g`: asked first, it spares most numbers the phrase's match.
        let last = ScalarText.skipSpacesBack(scalars, before: start)
        guard numberEnd - start <= 2, last >= 0, scalars[last] == "g" || scalars[last] == "G",
              scalars[start..<numberEnd].allSatisfy(ScalarText.isDigit),
              ScalarText.precededByPhrase(scalars, start, Self.thangBefore), numberEnd >= scalars.count || scalars[numberEnd] != "/" else {
            return nil
        }
        guard (1...12).contains(ScalarText.integer(scalars[start..<numberEnd])) else { return nil }
        if let nam = ScalarText.wordRangeAfter(scalars, numberEnd), ScalarText.equals(scalars, nam, Self.nam, lowercasing: true) {
            let yearStart = ScalarText.skipSpaces(scalars, nam.upperBound)
            let yearEnd = readNumber(from: yearStart)
            if yearEnd - yearStart == 4 { return yearEnd }
        }
        // `tháng` after a number ends a period, and names no month: `tính chung 9 tháng 7 vụ` counts 7 offences.
        let beforeThang = ScalarText.skipSpacesBack(scalars, before: last - (Self.thang.count - 1))
        if beforeThang >= 0, ScalarText.isDigit(scalars[beforeThang]) { return nil }
        return numberEnd
    }

    private static let thangBefore = ScalarText.phrases(["tháng"])

    /// `9 tháng`, `6 tháng đầu năm`, `trong 11 tháng`: where a period of a year
    /// ends, for a whole number of months up to twelve (`word` is the word
    /// after the number). An amount per month (`2 tháng/lần`) and an age in
    /// months (`trẻ dưới 6 tháng tuổi`) are not one.
    func periodEnd(start: Int, numberEnd: Int, word: Range<Int>) -> Int? {
        // The word first: it is cheaper than the digits.
        guard numberEnd - start <= 2, ScalarText.equals(scalars, word, Self.thang, lowercasing: true),
              scalars[start..<numberEnd].allSatisfy(ScalarText.isDigit), start == 0 || scalars[start - 1] != "/" else { return nil }
        let months = ScalarText.integer(scalars[start..<numberEnd])
        guard months >= 1, months <= 12 else { return nil }
        if word.upperBound < scalars.count, scalars[word.upperBound] == "/" { return nil }
        if let next = ScalarText.wordRangeAfter(scalars, word.upperBound),
           ScalarText.equals(scalars, next, Self.tuoi, lowercasing: true) { return nil }
        return word.upperBound
    }

    private static let ngay = ScalarText.phrases(["ngày"])
    private static let thang = Array("tháng".unicodeScalars), nam = Array("năm".unicodeScalars)
    private static let tuoi = Array("tuổi".unicodeScalars)
}
