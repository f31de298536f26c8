import Platform
import Facts

/// What the words around a number say of it: a change (`giảm 2,1%`), the
/// whole year's figure (`ước cả năm đạt`), a name that heads its sentence.
extension SentenceBinding {
    /// Words that may stand between `tăng`/`giảm` and the change's number (`giảm khoảng 1,2%`, `giảm bình quân 1,2%/năm`).
    static let changeFillers: Set<String> = ["khoang", "tren", "hon", "gan", "duoc", "them", "xap", "xi", "it", "nhat", "toi", "thieu",
                                            "binh", "quan"]

    /// `mới và điều chỉnh ` before `tăng`: what was registered anew and added to
    /// projects licensed before (`vốn đăng ký mới và điều chỉnh tăng 438,6 triệu USD`), a level.
    private static let newAndAdjusted = Array("moi va dieu chinh ".utf8)
    /// `cắt ` before `giảm`, folded.
    private static let cut = Array("cat ".utf8)

    /// Whether the number at `start` is a change (`Tỷ lệ hộ nghèo giảm 1,2%`,
    /// `tăng thêm 2 trường`): `tăng` or `giảm` right before it, past a few
    /// fillers. A rule for a level does not take it; `giảm còn 1,9%`,
    /// `tăng lên 96%`, capital `mới và điều chỉnh tăng` and `cắt giảm 9 TTHC` are levels.
    func followsChangeVerb(_ start: Int) -> Bool {
        let bytes = folded.bytes
        var end = start
        for _ in 0..<4 {
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var begin = end
            while begin > 0, PhrasePattern.isWordByte(bytes[begin - 1]) { begin -= 1 }
            guard begin < end else { return false }
            let word = String(decoding: bytes[begin..<end], as: UTF8.self)
            // `cắt giảm 9 TTHC` counts what was cut, no fall.
            if word == "giam" { return begin < Self.cut.count || !bytes[(begin - Self.cut.count)..<begin].elementsEqual(Self.cut) }
            if word == "tang" {
                let adjusted = Self.newAndAdjusted.count
                return begin < adjusted || !bytes[(begin - adjusted)..<begin].elementsEqual(Self.newAndAdjusted)
            }
            guard Self.changeFillers.contains(word) else { return false }
            end = begin
        }
        return false
    }

    /// Whether a name heads its sentence as a list item's subject, every
    /// clause after it its values: `Trường chuẩn quốc gia: công nhận mới 03
    /// trường, …; tổng số 44 trường.` It is followed by `:` and has at most
    /// three words before it.
    func isLeadIn(_ name: Range<Int>) -> Bool {
        let bytes = folded.bytes
        var index = name.upperBound
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        return wordCount(0..<name.lowerBound) <= 3
    }

    private static let caNam = Array("ca nam".utf8), fiscalYearEnd = Array("het nien do".utf8), yearEnd = Array("31/12".utf8)

    /// Whether the number's clause names the whole year before it (`ước cả năm đạt`, `cả năm ước thực hiện`,
    /// `dự kiến đến 31/12/2026 giải ngân đạt 95%`, `đến hết niên độ`, the budget's year). (`ước hết năm 2026 giảm còn 6,5%` of a rate counted only
    /// at the year's end is the figure a part of the year has.)
    func isWholeYear(_ number: Number) -> Bool {
        let bytes = folded.bytes
        var start = number.start
        while start > 0, bytes[start - 1] != UInt8(ascii: ";"), bytes[start - 1] != UInt8(ascii: ",") { start -= 1 }
        let clause = Array(bytes[start..<number.start])
        return !PhrasePattern.wordOccurrences(of: Self.caNam, in: clause).isEmpty
            || !PhrasePattern.wordOccurrences(of: Self.fiscalYearEnd, in: clause).isEmpty
            || clause.indices.contains { clause[$0...].starts(with: Self.yearEnd) && ($0 == 0 || clause[$0 - 1] == 0x20) }
    }

    /// In a report on the whole year, the figure for the whole year (``isWholeYear(_:)``) in the clause
    /// right after the one found, measured alike, is the value: the one found is of the months before it
    /// (`11 tháng đón 96.400 lượt khách; cả năm ước 108.000 lượt`, `Trồng rừng 11 tháng được 820 ha; ước
    /// cả năm đạt 1.050 ha`). The clause opens within three words of the figure found, on an estimate or
    /// the whole year (``opensOnWhatWasDone(_:before:)``), so that it goes on with the same thing.
    func yearsFigure(after found: Fact, among numbers: [Number], excluded: [Bool], isChange: [Bool]) -> Fact? {
        guard wholeYear, let at = numbers.firstIndex(where: { facts[$0.index].id == found.id }), at + 1 < numbers.count
        else { return nil }
        let next = at + 1
        guard !excluded[next], !isChange[next], facts[numbers[next].index].unit.dimension == found.unit.dimension else { return nil }
        // (The clause's opening first: it rules out nearly every sentence, and the whole year's words are searched for after it.)
        let bytes = folded.bytes
        guard let mark = bytes[numbers[at].end..<numbers[next].start].firstIndex(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }),
              wordsOutsideBrackets(numbers[at].end..<mark) <= 3, opensOnWhatWasDone(mark + 1, before: numbers[next].start),
              isWholeYear(numbers[next]), !isWholeYear(numbers[at])
        else { return nil }
        return facts[numbers[next].index]
    }

    /// How many words stand in `range` outside brackets: a table row's plan in brackets after the months'
    /// figure (`đạt 1.050 ha (kế hoạch 1.200 ha); ước cả năm đạt …`) is no other thing named.
    private func wordsOutsideBrackets(_ range: Range<Int>) -> Int {
        let bytes = folded.bytes
        var count = 0, depth = 0, inWord = false
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(depth - 1, 0) }
            let isWord = depth == 0 && PhrasePattern.isWordByte(byte)
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }
}
