import FoundationEssentials
import Platform
import Facts

/// A count out of a whole said in words: `hoàn thành 17 trên 20 chỉ tiêu`,
/// `12 trên tổng số 15 xã đạt chuẩn` — what `17/20 chỉ tiêu` writes with a
/// slash. Read as that ratio, since otherwise `trên 20` (over twenty) bounds
/// the whole and the part is lost.
extension NumberScanner {
    /// The ratio whose part ends at `numberEnd`: a number, `trên`, maybe `tổng
    /// số` or `tổng`, then a number no smaller with a counted noun.
    func scanOutOf(start: Int, numberEnd: Int) -> ScannedToken? {
        guard let over = wordEnd(of: Self.tren, after: numberEnd) else { return nil }
        var cursor = over
        if let total = ScalarText.wordRangeAfter(scalars, cursor), ScalarText.equals(scalars, total, Self.tong) {
            cursor = total.upperBound
            if let count = ScalarText.wordRangeAfter(scalars, cursor), ScalarText.equals(scalars, count, Self.so) { cursor = count.upperBound }
        }
        let wholeStart = ScalarText.skipSpaces(scalars, cursor)
        guard wholeStart < scalars.count, ScalarText.isDigit(scalars[wholeStart]) else { return nil }
        let wholeEnd = readNumber(from: wholeStart)
        guard let part = VietnameseNumber.parse(scalars: scalars[start..<numberEnd]),
              let whole = VietnameseNumber.parse(scalars: scalars[wholeStart..<wholeEnd]), part <= whole, whole > 0,
              let (unit, unitEnd) = readUnit(at: wholeEnd), case .count = unit.dimension, unit.factor == 1 else { return nil }
        return .quantity(ScannedQuantity(start: start, numberEnd: wholeEnd, end: unitEnd, value: part, upper: nil,
                                         denominator: whole, unit: unit, approximate: nil))
    }

    /// Where `word` ends when it stands right after `index` and one space, a
    /// word of its own; nil otherwise. Asked of every number, it compares a
    /// few scalars and reads no word: most numbers are followed by a unit.
    func wordEnd(of word: [Unicode.Scalar], after index: Int) -> Int? {
        let start = index + 1, end = start + word.count
        guard end <= scalars.count, index < scalars.count, scalars[index] == " ", scalars[start] == word[0],
              end == scalars.count || !ScalarText.isLetter(scalars[end]) else { return nil }
        return scalars[start..<end].elementsEqual(word) ? end : nil
    }

    private static let tren = Array("trên".unicodeScalars), tong = Array("tổng".unicodeScalars), so = Array("số".unicodeScalars)
}
