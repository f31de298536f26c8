import Platform
import Facts

/// A count written bare after the clause named what it counts: `Số doanh
/// nghiệp thành lập mới là 38, tăng 6 doanh nghiệp`, `Tổng số hộ nghèo toàn
/// huyện là 412.` The figure is in the unit `số` names (`doanh nghiệp`,
/// `hộ`), as if written after it; after a ratio or an index (`tỷ số`, `chỉ
/// số`), a plain number. So is a change written bare after its count and
/// verb: `so với năm trước, số vụ giảm 02 (-11,8%)` is a fall of 2 cases; and
/// a casualty's number: `chết 5, bị thương 3` counts people.
extension NumberScanner {
    /// The count the clause before the bare number at `start` names after
    /// `số` (or `số lượng`), when the number stands right after `là`, `đạt`,
    /// `mức` (`ở mức 111,3`), `tăng`, `giảm` or a colon and closes its phrase
    /// (punctuation or the text's end after `end`); nil otherwise, and for a
    /// change of a ratio or an index.
    func countNamed(before start: Int, numberEnd end: Int) -> QuantityUnit? {
        guard closesPhrase(after: end) else { return nil }
        let lead = ScalarText.skipSpacesBack(scalars, before: start)
        guard lead > 0 else { return nil }
        // `Tai nạn giao thông: số vụ 12 (giảm 2)`: `số` and its count right before the figure.
        if let named = countRightBefore(lead) { return named }
        // The clause names its count before the colon, or before `là` or `đạt`, or before the verb of its change
        // (`số vụ giảm 02 (-11,8%)`).
        let clauseEnd: Int
        var changes = false
        if scalars[lead] == ":" {
            clauseEnd = lead
        } else {
            guard let verb = ScalarText.wordRangesBefore(scalars, start, count: 1).first else { return nil }
            changes = Self.changeVerbs.contains(where: { ScalarText.equals(scalars, verb, $0, lowercasing: true) })
            guard changes || Self.beforeBareCount.contains(where: { ScalarText.equals(scalars, verb, $0, lowercasing: true) })
            else { return nil }
            clauseEnd = verb.lowerBound
        }
        // Back through the clause, nearest first: the last `số` with a count after it names the figure.
        var cursor = clauseEnd - 1
        let floor = max(0, clauseEnd - Self.longestClause)
        while cursor >= floor, !Self.phraseBreaks.contains(scalars[cursor]) {
            if ScalarText.isLetter(scalars[cursor]), cursor == 0 || !ScalarText.isLetter(scalars[cursor - 1]),
               cursor + 2 <= scalars.count, ScalarText.equals(scalars, cursor..<(cursor + 2), Self.so, lowercasing: true),
               cursor + 2 == scalars.count || !ScalarText.isLetter(scalars[cursor + 2]) {
                // A ratio's or an index's value is a plain number: `Tỷ số giới tính khi sinh là …`.
                if namesNoCount(before: cursor) { return changes ? nil : QuantityUnit.none }
                var noun = cursor + 2
                if let next = ScalarText.wordRangeAfter(scalars, noun), ScalarText.equals(scalars, next, Self.luong, lowercasing: true) {
                    noun = next.upperBound
                }
                if let (unit, _) = readUnit(at: noun), case .count = unit.dimension { return unit }
            }
            cursor -= 1
        }
        return nil
    }

    /// The count `số` names when the two stand right before the figure, the
    /// count's last letter at `lead` (`số vụ 12`, `số hộ 48`); not a count of
    /// more words after it (`số hộ nghèo 48` names the poor by their phrase).
    private func countRightBefore(_ lead: Int) -> QuantityUnit? {
        guard ScalarText.isLetter(scalars[lead]) else { return nil }
        for so in ScalarText.wordRangesBefore(scalars, lead + 1, count: 3).dropFirst()
        where ScalarText.equals(scalars, so, Self.so, lowercasing: true) {
            guard let (unit, unitEnd) = readUnit(at: so.upperBound), case .count = unit.dimension, unitEnd == lead + 1 else { return nil }
            return unit
        }
        return nil
    }

    /// People, for a bare number right after the word of a casualty and
    /// closing its phrase: `chết 5, bị thương 3` (as `chết 5 người`). The
    /// casualty may also say who (`người chết: 5`), which ``countNamed(before:numberEnd:)`` reads.
    func casualtiesCounted(before start: Int, numberEnd end: Int) -> QuantityUnit? {
        guard closesPhrase(after: end),
              let verb = ScalarText.wordRangesBefore(scalars, start, count: 1).first,
              ScalarText.equals(scalars, verb, Self.chet, lowercasing: true)
                || ScalarText.equals(scalars, verb, Self.thuong, lowercasing: true)
                && ScalarText.wordRangesBefore(scalars, verb.lowerBound, count: 1).first
                    .map({ ScalarText.equals(scalars, $0, Self.bi, lowercasing: true) }) == true
        else { return nil }
        return Self.people
    }

    /// Whether a bare number ending at `end` closes its phrase: punctuation, or the text's end, after it.
    private func closesPhrase(after end: Int) -> Bool {
        let after = ScalarText.skipSpaces(scalars, end)
        return after == scalars.count || Self.phraseBreaks.contains(scalars[after])
    }

    private static let chet = Array("chết".unicodeScalars), thuong = Array("thương".unicodeScalars), bi = Array("bị".unicodeScalars)
    private static let people = UnitLexicon.countUnit("người")

    /// Whether the `số` at `start` is part of a word that counts nothing: `tỷ số` (a ratio), `chỉ số` (an
    /// index), `hệ số` (a coefficient). `Chỉ số giá tiêu dùng là …` was read as a count of `giá`.
    private func namesNoCount(before start: Int) -> Bool {
        guard let word = ScalarText.wordRangesBefore(scalars, start, count: 1).first else { return false }
        return Self.notCounting.contains { ScalarText.equals(scalars, word, $0, lowercasing: true) }
    }

    private static let notCounting = ["tỷ", "tỉ", "chỉ", "hệ"].map { Array($0.unicodeScalars) }
    private static let so = Array("số".unicodeScalars), luong = Array("lượng".unicodeScalars)
    private static let beforeBareCount = ["là", "đạt", "mức"].map { Array($0.unicodeScalars) }
    private static let changeVerbs = ["tăng", "giảm"].map { Array($0.unicodeScalars) }
    /// What ends the bare figure's phrase after it, and opens the clause that names its count before it.
    private static let phraseBreaks: Set<Unicode.Scalar> = [",", ";", ".", "(", ")", "\n"]
    /// The most scalars a clause naming its count is read back over.
    private static let longestClause = 120
}
