import Platform
import Facts

/// The shapes that tell what a number is before its unit does: digits glued
/// to a name (`Km3`, `Covid-19`), a document's number, a year, a range of
/// years, and the words that make a figure approximate.
extension NumberScanner {
    /// Digits glued to a name: `Km3`, `ĐH.99`, `Covid-19`, `Km6+100`.
    func isGluedToName(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = scalars[index - 1]
        if ScalarText.isLetter(before) { return true }
        if before == "." || before == "+" || before == "-", index >= 2 {
            let prior = scalars[index - 2]
            return ScalarText.isLetter(prior) || (before == "+" && ScalarText.isDigit(prior))
        }
        return false
    }

    /// The end of a name's run of letters, digits and joiners (`19-5`, `Km3+312-Km6+100`, `7A`).
    func nameRunEnd(from start: Int) -> Int {
        var cursor = start
        while cursor < scalars.count {
            let s = scalars[cursor]
            if ScalarText.isWordChar(s) {
                cursor += 1
            } else if (s == "-" || s == "+" || s == "/" || s == "."), cursor + 1 < scalars.count,
                      ScalarText.isWordChar(scalars[cursor + 1]) {
                cursor += 1
            } else {
                break
            }
        }
        return cursor
    }

    /// `842/BC-UBND`, `77-NQ/TU`, `55/2023/NĐ-CP`: a `/` or `-` followed by capitals.
    func documentNumberEnd(after numberEnd: Int) -> Int? {
        guard numberEnd < scalars.count, scalars[numberEnd] == "/" || scalars[numberEnd] == "-" else { return nil }
        var cursor = numberEnd
        var sawCode = false
        while cursor < scalars.count {
            let s = scalars[cursor]
            if s == "/" || s == "-" {
                if cursor + 1 < scalars.count, TextFolding.isUppercase(scalars[cursor + 1]) { sawCode = true }
                cursor += 1
            } else if ScalarText.isWordChar(s) {
                cursor += 1
            } else {
                break
            }
        }
        return sawCode ? cursor : nil
    }

    /// Whether a number after a naming word may still be a count when a unit
    /// follows: it is zero-led (`05 trường hợp`) or given (`cấp 32 giấy phép`).
    func isCountNotName(_ start: Int, _ digits: ArraySlice<Unicode.Scalar>) -> Bool {
        digits.first == "0" || ScalarText.precededByPhrase(scalars, start, ContextWords.nameOrGivingScalars)
    }

    /// Whether a naming word stands right before the number (`khối 9`), and
    /// not as the end of a counting phrase (`tổng số 29 khu đất`; `số 7A` names).
    func isNameContext(_ start: Int) -> Bool {
        ScalarText.precededByPhrase(scalars, start, ContextWords.nameBeforeScalars)
            && !ScalarText.precededByPhrase(scalars, start, ContextWords.countingPhraseScalars)
    }

    /// `Thác Mạ 1, 3, 7, 8`: a number without unit right after a capitalised
    /// word, or continuing a list of such labels.
    func isProperNameLabel(_ start: Int) -> Bool {
        if let word = ScalarText.rawWordBefore(scalars, start), let first = word.unicodeScalars.first,
           TextFolding.isUppercase(first), start > 0, scalars[start - 1] == " " {
            return true
        }
        // The number just before, if it was a reference and not a quantity.
        if let previous = references.last, previous.start > (quantities.last?.start ?? -1), previous.kind == .nameDigit,
           previous.end >= start || scalars[previous.end..<start].allSatisfy({ $0 == "," || $0 == " " }) {
            return true
        }
        return false
    }

    /// Whether the scalars in `range` read as an `Int`, as `Int(String)` reads
    /// them. Digits alone are answered without a string.
    func isInteger(_ range: Range<Int>) -> Bool {
        integer(range.lowerBound, range.upperBound) != nil || Int(String(scalars: scalars[range])) != nil
    }

    /// Four digits from 1900 to 2100.
    func isYearShape(_ start: Int, _ end: Int) -> Bool {
        guard end - start == 4, let year = integer(start, end) else { return false }
        return (1900...2100).contains(year)
    }

    /// The digits from `start` to `end` as an integer, if they are all digits and it fits.
    func integer(_ start: Int, _ end: Int) -> Int? {
        guard start < end, end <= scalars.count else { return nil }
        return Int(asciiDigits: ScalarText.asciiBytes(scalars[start..<end]))
    }

    /// `2021-2025`, `2021 - 2025`: a second year after a dash.
    func yearRangeEnd(after numberEnd: Int) -> Int? {
        var cursor = ScalarText.skipSpaces(scalars, numberEnd)
        guard cursor < scalars.count, scalars[cursor] == "-" || scalars[cursor] == "–" else { return nil }
        cursor = ScalarText.skipSpaces(scalars, cursor + 1)
        let end = readNumber(from: cursor)
        return isYearShape(cursor, end) ? end : nil
    }

    /// The word that makes a number approximate (`trên`, `gần`, `khoảng` …), unless
    /// it is `trên` meaning "on" a route or a platform (`trên 236 tuyến đường`);
    /// or the sign of a bound, as tables of targets write it (`≥ 95%`, `≤ 2%`).
    func approximateWord(before start: Int, unit: QuantityUnit) -> String? {
        let sign = ScalarText.skipSpacesBack(scalars, before: start, floor: 0)
        if sign >= 0, scalars[sign] == "≥" || scalars[sign] == "≤" { return String(scalars[sign]) }
        guard let index = ScalarText.phraseBefore(scalars, start, ContextWords.approximateScalars) else { return nil }
        let word = ContextWords.approximate[index]
        if word == "trên", case .count(let noun) = unit.dimension, ContextWords.placeNouns.contains(noun) { return nil }
        // `cao hơn 1,8%`, `thấp hơn 3 vụ`: a comparative's `hơn`, which says the change, not that it is approximate.
        if word == "hơn", case let words = ScalarText.wordRangesBefore(scalars, start, count: 2), words.count == 2,
           Self.comparatives.contains(where: { $0.elementsEqual(scalars[words[1]]) }) { return nil }
        return word
    }

    /// The adjectives whose `hơn` makes a comparative: `cao hơn`, `thấp hơn`, `nhiều hơn`, `ít hơn`.
    private static let comparatives = [Array("cao".unicodeScalars), Array("thấp".unicodeScalars),
                                       Array("nhiều".unicodeScalars), Array("ít".unicodeScalars)]
}
