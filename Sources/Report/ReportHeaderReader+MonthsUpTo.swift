import Platform

/// A month's report that counts the year's months up to it as well: its
/// title names the month (`Tình hình kinh tế - xã hội tháng 11 năm 2025`),
/// its body gives each figure of the month and then of the months so far
/// (`trong tháng thu 12,3 tỷ đồng; lũy kế 11 tháng đạt 145,6 tỷ đồng`).
extension ReportHeaderReader {
    /// The period a month's report is read for: the months up to it
    /// (`.months(11)`) where its body counts them (`11 tháng`, as in `lũy kế
    /// 11 tháng`, `tính chung 11 tháng`) or from the year's start (`lũy kế
    /// từ đầu năm`), as a title naming both (`tháng 11 và 11 tháng`) would
    /// say — the month's own figures are then parts of it; the month alone
    /// where the body counts nothing further. A day's month (`ngày 11 tháng
    /// 12`) counts no months.
    /// So is a quarter's after the first (`quý III`, whose body counts `lũy kế 9 tháng`): the months up to
    /// its end, the whole year after the fourth.
    static func monthsUpTo(_ period: ReportPeriod, in paragraphs: [Paragraph]) -> ReportPeriod {
        if case .quarter(let quarter) = period, quarter >= 2 {
            guard case .months(let months) = monthsUpTo(.month(quarter * 3), in: paragraphs) else { return period }
            return months == 12 ? .year : .months(months)
        }
        guard case .month(let month) = period, month >= 2 else { return period }
        let count = Array("\(month) thang".utf8)
        for paragraph in paragraphs where paragraph.kind != .footnote {
            let folded = Array(TextFolding.fold(String(paragraph.text)).utf8)
            var from = folded.startIndex
            while let start = ByteSearch.firstIndex(of: count, in: folded, from: from) {
                let found = start..<(start + count.count)
                from = found.upperBound
                let before = found.lowerBound > 0 ? folded[found.lowerBound - 1] : UInt8(ascii: " ")
                guard !(before >= UInt8(ascii: "0") && before <= UInt8(ascii: "9")), !isLetter(before) else { continue }
                // What follows: a word, not a month's number (`11 tháng 12`) nor more of a word (`thangs`).
                var next = found.upperBound
                if next < folded.count, isLetter(folded[next]) { continue }
                while next < folded.count, folded[next] == UInt8(ascii: " ") { next += 1 }
                if next < folded.count, folded[next] >= UInt8(ascii: "0"), folded[next] <= UInt8(ascii: "9") { continue }
                return .months(month)
            }
            if let start = ByteSearch.firstIndex(of: Self.fromYearStart, in: folded, from: 0),
               case let found = start..<(start + Self.fromYearStart.count), found.lowerBound == 0 || !isLetter(folded[found.lowerBound - 1]),
               found.upperBound == folded.count || !isLetter(folded[found.upperBound]) {
                return .months(month)
            }
        }
        return period
    }

    /// `từ đầu năm`, folded: the months from the year's start.
    private static let fromYearStart = Array("tu dau nam".utf8)

    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") || byte >= 0x80
    }
}
