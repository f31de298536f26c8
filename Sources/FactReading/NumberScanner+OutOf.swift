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

    /// Where `word` ends when it stands, a word of its own (``ScalarText/wordStands(_:in:at:)``), right after
    /// `index` and one space; nil otherwise. It compares a few scalars and reads no word.
    func wordEnd(of word: [Unicode.Scalar], after index: Int) -> Int? {
        guard index < scalars.count, scalars[index] == " ", ScalarText.wordStands(word, in: scalars, at: index + 1) else { return nil }
        return index + 1 + word.count
    }

    private static let tren = Array("trên".unicodeScalars), tong = Array("tổng".unicodeScalars), so = Array("số".unicodeScalars)
}
