import Platform
import Facts

/// Last year's figure written beside this year's: in brackets or after a
/// comma after last year's name (`(cùng kỳ năm trước 3.120 tấn)`, `…, cùng
/// kỳ năm trước 1.517 hộ`), as each figure of a bracket that opens on last
/// year (`(cùng kỳ: 8 vụ, chết 5 người, bị thương 6 người)`), or in a bracket
/// right after last year named with its year (`cùng kỳ năm 2024 (8,05%)`),
/// or with a verb in a clause of its own (`…; cùng kỳ năm trước đạt 47,5 tỷ đồng`),
/// last year named by its number too (`(cùng kỳ năm 2025 xảy ra 5 vụ)`).
extension QualifierReader {
    /// Whether a number is last year's figure, in brackets or after a comma
    /// after last year's name: `(cùng kỳ năm trước 3.120 tấn)`, `(năm trước: 25 vụ)`,
    /// `(cùng kỳ: 12 vụ)`, `(CK 05 vụ)`, `…, cùng kỳ năm trước 1.517 hộ`, `cao hơn cùng kỳ
    /// (8,05%)`, as lists and tables give it beside this year's. `lead` is the words before it;
    /// `afterLastYears`: the number before it is last year's figure too.
    /// `mayTakeVerb`: the number is no share (`(cùng kỳ đạt 27,9% kế hoạch)` is last year's share of
    /// plan), so that last year's name may give it with a verb, after a `;` too: `…; cùng kỳ năm trước đạt 47,5 tỷ đồng`,
    /// `…; cùng kỳ xảy ra 7 vụ`. `percentAlone`: the number is a percentage with nothing after it in its clause,
    /// which last year's name and the subject said again may give (``opensOnLastYearThenSubject(_:before:namingRate:)``).
    func isLastYearInBrackets(_ lead: ArraySlice<FoldedWord>, before start: Int, afterLastYears: Bool,
                              mayTakeVerb: Bool = false, percentAlone: Bool = false) -> Bool {
        let verbLength = mayTakeVerb && lead.count >= 3 ? Self.verbLength(lead) : 0
        let verb = verbLength > 0
        let named = lead.dropLast(verbLength)
        let lastTwo = named.suffix(2)
        // `(CK 05 vụ)`: cùng kỳ as lists abbreviate it.
        let abbreviated = named.last == .ck
        // `(cùng kỳ năm 2025 xảy ra 5 vụ)`: last year named by its number (the lead has no digits).
        let dated = named.last == .nam && named.suffix(3).elementsEqual(FoldedPhrase.cungKyNam.words)
        func otherwise() -> Bool {
            afterLastYears && isLaterInLastYearsBracket(lead, before: start) || opensBracketAfterLastYear(lead, before: start)
                || (mayTakeVerb || percentAlone) && opensOnLastYearThenSubject(lead, before: start, namingRate: !mayTakeVerb)
        }
        guard lastTwo.elementsEqual(FoldedPhrase.cungKy.words) || lastTwo.elementsEqual([.nam, .truoc]) || abbreviated || dated else {
            return otherwise()
        }
        let folded = text.folded
        var cursor = start - 1
        while cursor >= 0, folded[cursor] == " " || folded[cursor] == ":" { cursor -= 1 }
        if verb, let verbWord = ScalarText.wordRangesBefore(folded, cursor + 1, count: verbLength).last {
            cursor = ScalarText.skipSpacesBack(folded, before: verbWord.lowerBound)
        } else if cursor >= 0, folded[cursor] == "(", !dated {
            // A bracket opened right after last year's name holds its figure: `cao hơn cùng kỳ (8,05%)`.
            return true
        }
        if dated {
            // The year before the report's, right before the figure or its verb.
            guard let reportYear, cursor >= 3, cursor < scalars.count,
                  scalars[(cursor - 3)...cursor].allSatisfy(ScalarText.isDigit),
                  ScalarText.integer(scalars[(cursor - 3)...cursor]) == reportYear - 1 else { return otherwise() }
            cursor = ScalarText.skipSpacesBack(folded, before: cursor - 3)
        }
        // The words back to the bracket: the name of last year and nothing else.
        let words = ScalarText.wordRangesBefore(folded, cursor + 1, count: 5)
        guard let first = words.last, abbreviated ? words.count == 1 : dated ? words.count == 3 : words.count == 2 || words.count == 4
        else { return false }
        cursor = ScalarText.skipSpacesBack(folded, before: first.lowerBound)
        // (`(KH: 40 tỷ đồng; CK: 38,6 tỷ đồng)`, `…; cùng kỳ năm trước đạt 47,5 tỷ đồng`: after `;` too.)
        guard cursor >= 0, folded[cursor] == "(" || folded[cursor] == "," || folded[cursor] == ";" else { return false }
        return words.count <= 2 || named.suffix(4).elementsEqual(FoldedPhrase.cungKyNamTruoc.words) || dated
    }

    /// How many words at the lead's end give last year's figure after its name: `đạt`, `là`, `có`, `đón`, `xảy ra`; 0 for none.
    static func verbLength(_ lead: ArraySlice<FoldedWord>) -> Int {
        guard let last = lead.last else { return 0 }
        if last == .ra, lead.count >= 2, lead[lead.endIndex - 2] == .xay { return 2 }
        return last == .dat || last == .la || last == .co || last == .don ? 1 : 0
    }

    /// Whether the clause at `start` opens on last year's name (`…; cùng kỳ năm trước đạt 47,5 tỷ
    /// đồng`): it may name last year's figure of the clause before, as ``isLastYearInBrackets`` then reads.
    func opensOnLastYearsFigure(at start: Int, before end: Int) -> Bool {
        opens(on: LastYearNames.openings, at: start, before: end)
    }

    /// Whether a number is a later item of a bracket that opens on last year
    /// (`(cùng kỳ: 8 vụ, chết 5 người, bị thương 6 người)`): last year's figure
    /// too, named by its own words as this year's is. Not a share or a change
    /// (`(cùng kỳ năm 2024 đạt 27,9% kế hoạch)`): a verb before it says so.
    private func isLaterInLastYearsBracket(_ lead: ArraySlice<FoldedWord>, before start: Int) -> Bool {
        guard lead.count <= 3, !lead.contains(where: { $0 == .dat || $0 == .bang || $0 == .tang || $0 == .giam || $0 == .vuot }),
              start <= scalars.count else { return false }
        // The bracket it stands in, open, near, and past at least one item's comma.
        let folded = text.folded
        var cursor = start - 1, commas = 0
        while cursor >= 0, start - cursor < Self.bracketReach, folded[cursor] != "(" {
            if folded[cursor] == ")" || folded[cursor] == ";" { return false }
            if folded[cursor] == "," { commas += 1 }
            cursor -= 1
        }
        guard cursor >= 0, folded[cursor] == "(", commas > 0 else { return false }
        let opening = ScalarText.skipSpaces(folded, cursor + 1)
        return LastYearNames.openings.contains { opening + $0.count < start && ScalarText.wordStands($0, in: folded, at: opening) }
    }

    /// Whether a number opens a bracket right after last year is named with
    /// its year: `cao hơn mức tăng của cùng kỳ năm 2024 (8,05%)` gives last
    /// year's growth. (`cùng kỳ (…)` and `năm trước (…)` alone are read so by
    /// ``isLastYearInBrackets(_:before:)`` already.)
    private func opensBracketAfterLastYear(_ lead: ArraySlice<FoldedWord>, before start: Int) -> Bool {
        // Word by word: an array to compare with would be made at every number.
        guard let reportYear, lead.count >= 3, lead.last == .nam, lead[lead.endIndex - 2] == FoldedPhrase.cungKy.words[1],
              lead[lead.endIndex - 3] == FoldedPhrase.cungKy.words[0] else { return false }
        let bracket = ScalarText.skipSpacesBack(text.folded, before: start)
        guard bracket >= 0, text.folded[bracket] == "(" else { return false }
        // The year right before the bracket is the one before the report's (`năm 2023 (…)` is a year before last).
        let yearEnd = ScalarText.skipSpacesBack(text.folded, before: bracket) + 1
        guard yearEnd >= 4, yearEnd <= scalars.count else { return false }
        let year = scalars[(yearEnd - 4)..<yearEnd]
        return year.allSatisfy(ScalarText.isDigit) && ScalarText.integer(year) == reportYear - 1
    }

    /// Whether a number is last year's level that a comparative sets this
    /// year's against: `cao hơn mức tăng 6,65% của cùng kỳ năm 2024`, `thấp
    /// hơn mức 12 vụ năm trước`. `lead` is the words before it, `end` where it ends.
    func isLastYearsLevelAfterComparative(_ lead: ArraySlice<FoldedWord>, after end: Int) -> Bool {
        guard let muc = lead.suffix(3).lastIndex(of: .muc), muc - lead.startIndex >= 2, lead[muc - 1] == .hon,
              lead[(muc + 1)...].allSatisfy({ $0 == .tang || $0 == .truong }) else { return false }
        let adjective = lead[muc - 2]
        guard adjective == .cao || adjective == .thap || adjective == .nhieu || adjective == .it else { return false }
        let folded = text.folded
        var cursor = ScalarText.skipSpaces(folded, end)
        if ScalarText.wordStands(Self.cua, in: folded, at: cursor) { cursor = ScalarText.skipSpaces(folded, cursor + Self.cua.count) }
        if LastYearNames.openings.contains(where: { ScalarText.wordStands($0, in: folded, at: cursor) }) { return true }
        // `năm 2024`, the year before the report's.
        guard let reportYear, ScalarText.wordStands(Self.namScalars, in: folded, at: cursor) else { return false }
        let year = ScalarText.skipSpaces(folded, cursor + Self.namScalars.count)
        guard year + 4 <= scalars.count, scalars[year..<(year + 4)].allSatisfy(ScalarText.isDigit) else { return false }
        return ScalarText.integer(scalars[year..<(year + 4)]) == reportYear - 1
    }

    /// Whether a number is last year's rise, in a bracket that opens on last year and its verb
    /// (`(cùng kỳ tăng 6,5%)`, `(CK tăng 6,5%)`): said right after this year's rise, it is set against it
    /// as a comparative's is. (A fall's sign is left to the words: `cùng kỳ giảm` is not read so.)
    func isLastYearsRiseInBrackets(_ lead: ArraySlice<FoldedWord>, before start: Int) -> Bool {
        guard lead.last == .tang else { return false }
        let named = lead.dropLast()
        let length = named.suffix(2).elementsEqual(FoldedPhrase.cungKy.words) ? 2 : named.last == .ck ? 1 : 0
        guard length > 0, start <= scalars.count,
              let first = ScalarText.wordRangesBefore(text.folded, start, count: length + 1).last else { return false }
        let before = ScalarText.skipSpacesBack(text.folded, before: first.lowerBound)
        return before >= 0 && text.folded[before] == "("
    }

    private static let cua = Array("cua".unicodeScalars)
    private static let namScalars = Array("nam".unicodeScalars)

    /// How far back a bracket of last year's figures is looked for, in scalars.
    private static let bracketReach = 160
}
