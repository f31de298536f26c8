/// Counts of months and month names a title spells in words: `Sơ kết sáu
/// tháng đầu năm 2026`, `Kết quả chín tháng năm 2026`, `Công tác tháng Chín`,
/// `tháng Mười Một`. The period reader reads digits; these words become the
/// digits they stand for, and only beside `tháng`, where they cannot be the
/// words they also spell (`sau` after, `tám` eight or `tạm` temporary, `năm` year).
extension ReportHeaderReader {
    /// `words` (a folded title split at non-letters and non-digits) with a count
    /// before `tháng`, or a month's name after it, as digits: `sau thang` → `6 thang`,
    /// `thang muoi mot` → `thang 11`. A count is not one before a month's number
    /// (`sau tháng 7`: after July).
    static func numeralsAsDigits(_ words: [String]) -> [String] {
        guard words.contains("thang") else { return words }
        var result: [String] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            if next == "thang", let count = counts[word], index + 2 >= words.count || Int(words[index + 2]) == nil {
                result.append(String(count))
            } else if word == "thang", let (month, length) = monthName(words, at: index + 1) {
                result.append(word)
                result.append(String(month))
                index += 1 + length
                continue
            } else if word == "muoi", next == "mot" || next == "hai", index + 2 < words.count, words[index + 2] == "thang",
                      index + 3 >= words.count || Int(words[index + 3]) == nil {
                // `mười một tháng`: eleven months.
                result.append(next == "mot" ? "11" : "12")
                index += 2
                continue
            } else {
                result.append(word)
            }
            index += 1
        }
        return result
    }

    /// The month a name at `index` gives, and how many words it takes: `chin` (9),
    /// `muoi mot` (11), `gieng` (1), `nam` (5) only before the year's `nam`. A name
    /// is one only where the title ends after it or goes on with the year or the
    /// plan (`tháng Chín năm 2026`, `tháng Chín, nhiệm vụ tháng Mười`): not `tháng từ ngày …`.
    private static func monthName(_ words: [String], at index: Int) -> (Int, Int)? {
        guard index < words.count else { return nil }
        let word = words[index], next = index + 1 < words.count ? words[index + 1] : ""
        let (month, length): (Int, Int)
        if word == "muoi", next == "mot" || next == "hai" {
            (month, length) = (next == "mot" ? 11 : 12, 2)
        } else if word == "nam" {
            guard next == "nam" else { return nil }
            (month, length) = (5, 1)
        } else {
            guard let named = monthNames[word] else { return nil }
            (month, length) = (named, 1)
        }
        let after = index + length < words.count ? words[index + length] : nil
        guard after.map({ $0 == "nam" || planWords.contains($0) || Int($0).map { (1900...2100).contains($0) } == true }) ?? true else {
            return nil
        }
        return (month, length)
    }

    /// Counts of months spelled out (`hai` … `mười`), folded.
    private static let counts: [String: Int] = ["hai": 2, "ba": 3, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10]

    /// Months' names, folded: `tháng Giêng` … `tháng Mười`, `tháng Chạp` (`tháng Năm` apart).
    private static let monthNames: [String: Int] = ["gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "sau": 6, "bay": 7, "tam": 8,
                                                    "chin": 9, "muoi": 10, "chap": 12]
}
