/// A period a title gives by its first and last days rather than by name:
/// `từ ngày 01/7/2025 đến ngày 30/9/2025`, `(từ 01/7/2025 đến 31/12/2025)`,
/// `từ ngày 01/7/2025 đến nay`, as communes founded in July 2025 wrote of
/// their first months.
extension ReportHeaderReader {
    /// The period from the first day of one month to the last of another of
    /// the same year, when `words` (a folded title, split at non-letters and
    /// non-digits) give one at `index` (`tu`): to December it is the year's
    /// last months (the whole year from January), from January its first
    /// months, a quarter's three months that quarter, any other months a span
    /// of them (`từ 01/7/2025 đến 31/10/2025`). Up to `nay` (now), it
    /// ends with the month of `dated`, the report's date (`2025-12-10`), or
    /// with December when that is in a later year. Nil otherwise.
    static func datedPeriod(_ words: [String], at index: Int, dated: String? = nil) -> ReportPeriod? {
        guard words[index] == "tu", let (first, afterFirst) = date(words, from: index + 1),
              afterFirst < words.count, words[afterFirst] == "den",
              let last = date(words, from: afterFirst + 1)?.0 ?? upToNow(words, at: afterFirst + 1, dated: dated, from: first.year),
              first.year == last.year, first.day == 1, first.month <= last.month else { return nil }
        let count = last.month - first.month + 1
        switch (first.month, last.month) {
        case (1, 12): return .year
        case (_, 12): return .lastMonths(count)
        case (1, _) where count > 1: return .months(count)
        case (let start, _) where count == 3 && start % 3 == 1: return .quarter((start + 2) / 3)
        case (let start, _) where count == 1: return .month(start)
        default: return .span(first: first.month, last: last.month)
        }
    }

    /// The end of a period counted `đến nay`: the last day of the month the
    /// report is dated in, or of December of `year` when it is dated later.
    private static func upToNow(_ words: [String], at index: Int, dated: String?, from year: Int) -> (day: Int, month: Int, year: Int)? {
        guard index < words.count, words[index] == "nay", let dated else { return nil }
        let parts = dated.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, parts[0] >= year else { return nil }
        return parts[0] > year ? (31, 12, year) : (parts[2], parts[1], year)
    }

    /// A day, month and year at `start`, past `ngày` or `hết` (`ngày 01/7/2025`,
    /// `hết 30/9/2025`), and the index after it.
    private static func date(_ words: [String], from start: Int) -> ((day: Int, month: Int, year: Int), Int)? {
        var index = start
        while index < words.count, words[index] == "ngay" || words[index] == "het" { index += 1 }
        guard index + 2 < words.count, let day = Int(words[index]), let month = Int(words[index + 1]),
              let year = Int(words[index + 2]), (1...31).contains(day), (1...12).contains(month),
              (1900...2100).contains(year) else { return nil }
        return ((day, month, year), index + 3)
    }
}
