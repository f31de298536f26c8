import Platform
import Facts

/// Last year's figure in a clause that opens on last year and names its
/// subject again before the verb: `…; cùng kỳ năm trước thu ngân sách đạt 47,5
/// tỷ đồng`, `(cùng kỳ năm trước thu được 47,5 tỷ đồng)`, `…, cùng kỳ năm 2025
/// tỷ lệ này là 2,9%`. Without the subject, ``isLastYearInBrackets`` reads it.
extension QualifierReader {
    /// Whether the number at `start` ends such a clause: its `lead` opens, right
    /// after `(`, `,` or `;`, on `cùng kỳ` (with `năm trước` or a year, or
    /// neither), then at most six words naming the subject, none of a change
    /// or a comparison, then the verb (`đạt`, `là`, `có`, `xảy ra`, `thu được`).
    /// `namingRate`: the number is a percentage, last year's only where the
    /// subject names a rate (`tỷ lệ này là 2,9%`); without one, `cùng kỳ đạt
    /// 28,9%` may be last year's share of a plan, or of another figure.
    func opensOnLastYearThenSubject(_ lead: ArraySlice<FoldedWord>, before start: Int, namingRate: Bool) -> Bool {
        let verb = lead.last == FoldedWord.duoc ? (lead.dropLast().last == Self.thu ? 2 : 1) : Self.verbLength(lead)
        let cung = FoldedPhrase.cungKy.words[0], ky = FoldedPhrase.cungKy.words[1]
        guard verb > 0, lead.count >= verb + 3,
              let at = lead.indices.dropLast(verb + 1).first(where: { lead[$0] == cung && lead[$0 + 1] == ky }) else { return false }
        var subject = lead[(at + 2)..<(lead.endIndex - verb)]
        if subject.first == .nam { subject = subject.dropFirst(subject.dropFirst().first == .truoc ? 2 : 1) }
        guard subject.count <= 6, !subject.contains(where: { Self.comparing.contains($0) }),
              !namingRate || FoldedPhrase.tyLe.occurs(in: subject) else { return false }
        // The clause opens on `cùng kỳ`, the last before the number with no mark between: the mark before it.
        let folded = text.folded
        var cursor = start - Self.cungKy.count
        while cursor >= 0 {
            let scalar = folded[cursor + Self.cungKy.count - 1]
            if scalar == "(" || scalar == "," || scalar == ";" { return false }
            if ScalarText.wordStands(Self.cungKy, in: folded, at: cursor) {
                let mark = ScalarText.skipSpacesBack(folded, before: cursor)
                return mark >= 0 && (folded[mark] == "(" || folded[mark] == "," || folded[mark] == ";")
                    && namesLastYear(after: cursor + Self.cungKy.count)
            }
            cursor -= 1
        }
        return false
    }

    /// Whether a year after `cùng kỳ năm`, if one stands at `offset`, is the one before the report's:
    /// `cùng kỳ năm 2024` in a report on 2026 names a year before last.
    private func namesLastYear(after offset: Int) -> Bool {
        let folded = text.folded
        var cursor = ScalarText.skipSpaces(folded, offset)
        guard ScalarText.wordStands(Self.nam, in: folded, at: cursor) else { return true }
        cursor = ScalarText.skipSpaces(folded, cursor + Self.nam.count)
        guard cursor + 4 <= scalars.count, scalars[cursor..<(cursor + 4)].allSatisfy(ScalarText.isDigit) else { return true }
        return reportYear.map { ScalarText.integer(scalars[cursor..<(cursor + 4)]) == $0 - 1 } ?? false
    }

    private static let cungKy = Array("cung ki".unicodeScalars), nam = Array("nam".unicodeScalars)

    private static var thu: FoldedWord { "thu" }
    /// Words that make the clause a change or a comparison, not last year's figure.
    private static let comparing: Set<FoldedWord> = ["tang", "giam", "so", "bang", "vuot", "gap", "chiem"]
}
