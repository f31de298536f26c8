import Platform
import Facts
import Report

/// A rate's yearly average over the years to now, said with no span named:
/// `Tỷ lệ hộ nghèo giảm bình quân 1,2%/năm, còn 2,8%`. It is a figure of
/// several years, as one after `giai đoạn 2021-2025` is (``leadSpan``), not
/// the year's change nor its level: read as either, it answered the rate
/// with the average, or, as a change, kept the level after it from its name.
extension QualifierReader {
    /// Makes each primary in percent said `/năm` after it, with `bình quân`
    /// in its lead (from the figure before it in its clause), a figure of a
    /// span, as of its yearly average; in the results of a report on a year
    /// or part of one (in a term's report the term's average is its own).
    func markAnnualAverages(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                            clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard inResults, reportPeriod?.isTerm != true, words.mayContain(Self.binh), words.mayContain(Self.quan) else { return }
        for index in drafts.indices where drafts[index].role == .primary && quantities[index].unit.dimension == .percent {
            let end = quantities[index].end
            guard saysPerYear(after: end) else { continue }
            let start = quantities[index].start
            let leadStart = max(clauseOf(start).lowerBound, index > 0 ? quantities[index - 1].end : 0)
            let lead = words.window(leadStart, start)
            guard lead.indices.dropFirst().contains(where: { lead[$0 - 1] == Self.binh && lead[$0] == Self.quan }) else { continue }
            drafts[index].role = .comparison(.periodValue)
            drafts[index].qualifiers.append(.asOf(Self.yearlyAverage))
        }
    }

    /// Whether `/năm` follows the number's unit (`1,2%/năm`, `1,2% / năm`).
    private func saysPerYear(after end: Int) -> Bool {
        let slash = ScalarText.skipSpaces(scalars, end)
        guard slash < scalars.count, scalars[slash] == "/" else { return false }
        return ScalarText.wordStands(Self.perYear, in: scalars, at: ScalarText.skipSpaces(scalars, slash + 1))
    }

    private static var binh: FoldedWord { "binh" }
    private static var quan: FoldedWord { "quan" }
    private static let perYear = Array("năm".unicodeScalars)
    /// What the figure is of, as its qualifier says.
    private static let yearlyAverage = "bình quân mỗi năm"
}
