import Platform

/// The period a report's title names (`6 tháng đầu năm 2024`, `quý III và 9
/// tháng`, `tháng 10 năm 2025`) and, for a plan document, the year it reports
/// and the year it plans.
extension ReportHeaderReader {
    /// The period, year and plan year a folded title names: `6 thang dau nam 2024` → (6 months, 2024, nil).
    /// `dated`, the report's own date (`2025-12-10`), ends a period counted `đến nay`.
    static func period(of folded: String, dated: String? = nil) -> (ReportPeriod, Int?, Int?) {
        let words = numeralsAsDigits(folded.letterAndDigitRuns.map(String.init))
        let years = words.compactMap { Int($0) }.filter { (1900...2100).contains($0) }
        var period = ReportPeriod.year
        // Where a quarter was named: `quý III và 9 tháng` reports the nine months it closes.
        var quarterAt: Int?
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            // `Tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027`: named before any other
            // period or year, the school year; its year is the one it ends in, the plan's the next one's end.
            if word == "hoc", index > 0, words[index - 1] == "nam", period == .year, quarterAt == nil,
               let first = Int(next), index + 2 < words.count, Int(words[index + 2]) == first + 1, years.first == first {
                return (.schoolYear, first + 1, years.first { $0 > first + 1 })
            }
            if word == "thang", index > 0, let count = Int(words[index - 1]), (2...11).contains(count) {
                // `9 tháng đầu năm`, `9 tháng năm 2025`, `9 tháng, nhiệm vụ 3 tháng cuối năm`: not the months left (`cuối`).
                // `11 tháng, ước thực hiện cả năm 2026`: the months and the year's estimate, which the report is on.
                if next != "cuoi", index + 1 < words.count, quarterAt.map({ index - $0 <= 4 }) ?? true {
                    period = estimatesYear(words, after: index) ? .year : .months(count)
                    break
                }
                // `6 tháng cuối năm 2025`, named before any other period: the last months are the report's.
                if next == "cuoi", period == .year, quarterAt == nil {
                    period = .lastMonths(count)
                    break
                }
            }
            // `quý IV và cả năm 2025`: the whole year the quarter closes.
            if let quarter = quarterAt, word == "ca", next == "nam", index - quarter <= 4 {
                period = .year
                break
            }
            if quarterAt != nil { continue }
            // `từ ngày 01/7/2025 đến ngày 31/12/2025`: named by its days, before any other period.
            if period == .year, let byDays = datedPeriod(words, at: index, dated: dated) {
                period = byDays
                break
            }
            if word == "quy" || word == "qui", let quarter = quarterNumber(next) {
                period = .quarter(quarter)
                quarterAt = index
                continue
            }
            // `tháng 10 năm 2025`, `tháng 10/2025`, `tháng 11; nhiệm vụ trọng tâm tháng 12 năm 2026`: the month
            // the plan's words follow is the report's, the one after them (`nhiệm vụ … tháng 12`) the plan's.
            if word == "thang", let month = Int(next), (1...12).contains(month), period == .year, index + 2 < words.count,
               words[index + 2] == "nam" || Int(words[index + 2]).map({ (1900...2100).contains($0) }) == true
                || Self.planWords.contains(words[index + 2]) {
                period = .month(month)
            }
        }
        if period == .year, let (first, last) = term(in: words) {
            // `Báo cáo chính trị … trình Đại hội …, nhiệm kỳ 2025 - 2030`, signed as the term opens: the term
            // named is the coming one, and the report's the one it closes (2020-2025).
            if let signed = dated.flatMap({ Int($0.prefix(4)) }), signed <= first, namesTerm(before: first, in: words) {
                return (.years(first: first - (last - first), last: first), first, first + 1)
            }
            return (.years(first: first, last: last), last, years.first { $0 > last })
        }
        // The first year is the one reported on; a later one (`…; kế hoạch năm 2026`) is the plan's, not
        // one before it (`năm 2025 và 5 năm 2021-2025`, `từ ngày 16/12/2024 đến ngày 15/11/2025`).
        let year = years.first
        return (period, year, years.first { $0 > year ?? .max })
    }

    /// Whether the words right after the months a title names (at `index`, `tháng`) go on to the whole
    /// year's estimate: `ước thực hiện cả năm`, `ước thực hiện năm 2026`, `và ước cả năm`, `ước năm`.
    static func estimatesYear(_ words: [String], after index: Int) -> Bool {
        let window = words[(index + 1)..<min(words.count, index + 6)]
        guard let estimate = window.firstIndex(of: "uoc") else { return false }
        let rest = window[(estimate + 1)...].prefix(4)
        guard let year = rest.firstIndex(of: "nam") else { return false }
        return !rest[..<year].contains("thang")
    }

    /// The term of years a title reports on, when the first year it names opens one: `5 năm 2021 - 2025`,
    /// `giai đoạn 2021-2025`, `nhiệm kỳ 2020 - 2025` (two to ten years). Not where a year comes first
    /// (`năm 2025 và giai đoạn 2021 - 2025`: the year's report), nor a date's year (`…/2024 đến ngày …`).
    static func term(in words: [String]) -> (Int, Int)? {
        guard let at = words.firstIndex(where: { Int($0).map { (1900...2100).contains($0) } == true }), at + 1 < words.count,
              let first = Int(words[at]), let last = Int(words[at + 1]), (2...10).contains(last - first) else { return nil }
        return (first, last)
    }

    /// Whether `nhiệm kỳ` (a term of office; `kỳ` folds as `ki` too) stands right before the year `first` in `words`.
    static func namesTerm(before first: Int, in words: [String]) -> Bool {
        guard let at = words.firstIndex(of: String(first)), at >= 2 else { return false }
        return words[at - 2] == "nhiem" && (words[at - 1] == "ky" || words[at - 1] == "ki")
    }

    /// The first words of what a title names after the period reported on: `nhiệm vụ`, `phương hướng`, `kế hoạch`.
    static let planWords: Set<String> = ["nhiem", "phuong", "ke"]

    /// The year a plan document reports and the year it plans, from the
    /// years its title names: `Kế hoạch phát triển kinh tế - xã hội năm 2026`
    /// plans 2026 and reports 2025, as does a title naming both in order
    /// (`… đánh giá năm 2025, kế hoạch năm 2026`); a period (`giai đoạn
    /// 2026-2030`) starts with the year planned.
    static func yearsOfPlan(named first: Int, then second: Int?, in folded: String) -> (Int, Int) {
        if let second, second > first, !folded.contains("\(first)-\(second)"), !folded.contains("\(first) - \(second)") {
            return (first, second)
        }
        return (first - 1, first)
    }
}
