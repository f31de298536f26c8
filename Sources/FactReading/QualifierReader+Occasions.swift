import Platform
import Report
import Facts

/// Figures of an occasion within the report's period: `Dịp Tết Nguyên đán
/// đón khoảng 38.500 lượt khách, doanh thu du lịch ước 46 tỷ đồng` gives the
/// holiday's visitors, not the quarter's or the year's.
extension QualifierReader {
    /// Marks the figures of a sentence that opens on an occasion (`Dịp Tết`,
    /// `Trong dịp nghỉ lễ 30/4 - 1/5`, `Nhân dịp …`, `Kỳ nghỉ lễ …`), up to
    /// its first `;`: each is `asOf` the occasion as written (`trong dịp Tết
    /// Nguyên đán`), and in a report on half a year or more `periodValue`, no
    /// figure of the period; in a quarter's or a month's, whose visitors the
    /// holiday may be most of, it stays the figure it is. A comparison keeps its role.
    func markOccasions(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                       clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard let first = quantities.first, words.mayContain(Self.dip) || words.mayContain(Self.nghi) else { return }
        let list = words.words, starts = words.starts
        guard let opening = list.first else { return }
        // `Dịp …`, `Kỳ nghỉ …`, or `Trong`, `Nhân`, `Vào` before `dịp`.
        let dipAt: Int
        if opening == Self.dip || opening == FoldedWord.ky && list.dropFirst().first == Self.nghi {
            dipAt = list.startIndex
        } else if opening == FoldedWord.trong || opening == Self.nhan || opening == Self.vao, list.dropFirst().first == Self.dip {
            dipAt = list.startIndex + 1
        } else {
            return
        }
        let clause = clauseOf(first.start)
        let from = starts[dipAt]
        guard from < first.start, clause.contains(from) else { return }
        // The occasion as written: from its word up to the comma or the first figure with a unit (its dates are its name's).
        let figure = quantities.first { $0.start > from && $0.unit.dimension != .number }?.start ?? clause.upperBound
        var end = from
        while end < min(figure, clause.upperBound), scalars[end] != "," { end += 1 }
        while end > from, scalars[end - 1] == " " { end -= 1 }
        let occasion = String(String.UnicodeScalarView(scalars[from..<end]))
        let name = "trong " + occasion.prefix(1).lowercased() + occasion.dropFirst()
        let isPart = reportPeriod.map(Self.coversHalfYear) ?? false
        for index in quantities.indices where clause.contains(quantities[index].start) {
            guard drafts[index].role == .primary, drafts[index].qualifies == nil else { continue }
            if isPart { drafts[index].role = .comparison(.periodValue) }
            drafts[index].qualifiers.append(.asOf(name))
        }
    }

    /// Whether a report covers half a year or more, of which a holiday is a small part.
    private static func coversHalfYear(_ period: ReportPeriod) -> Bool {
        switch period {
        case .year: true
        case .months(let count), .lastMonths(let count): count >= 6
        case .span(let first, let last): last - first >= 5
        case .quarter, .month: false
        }
    }

    private static let dip: FoldedWord = "dip", nghi: FoldedWord = "nghi", nhan: FoldedWord = "nhan", vao: FoldedWord = "vao"
}
