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
    func markOccasions(_ quantities: UnsafeBufferPointer<ScannedQuantity>, sentence: Range<Int>,
                       clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        // The sentence's opening, read in place in the folded text (offset for offset with the scalars).
        let folded = text.folded
        var at = sentence.lowerBound
        // Past a list's mark (`- `, `+ `, `•`): a few scalars, none a letter or a digit.
        while at < sentence.upperBound, at - sentence.lowerBound < 4, !("a"..."z").contains(folded[at]),
              !("0"..."9").contains(folded[at]) { at += 1 }
        guard at < sentence.upperBound else { return }
        // Most sentences open on another letter: asked first, with no phrase matched.
        let letter = folded[at]
        guard letter == "d" || letter == "k" || letter == "t" || letter == "n" || letter == "v",
              let opening = Self.openings.first(where: { ScalarText.wordStands($0.phrase, in: folded, at: at) }),
              let first = quantities.first else { return }
        let from = at + opening.occasionAt
        let clause = clauseOf(first.start)
        guard from < first.start, clause.contains(from) else { return }
        // The occasion as written: from its word up to the comma or the first figure with a unit (its dates are its name's).
        let figure = quantities.first { $0.start > from && $0.unit.dimension != .number }?.start ?? clause.upperBound
        var end = from
        while end < min(figure, clause.upperBound, from + Self.longestName), scalars[end] != "," { end += 1 }
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
        case .year, .years, .schoolYear: true
        case .months(let count), .lastMonths(let count): count >= 6
        case .span(let first, let last): last - first >= 5
        case .quarter, .month: false
        }
    }

    /// The most scalars an occasion's name is given (a long one is cut).
    private static let longestName = 60

    /// How an occasion opens a sentence, folded: `dịp`, `kỳ nghỉ`, or `trong`, `nhân`, `vào` before `dịp`;
    /// and where in the phrase the occasion's own word (`dịp`, `kỳ`) starts.
    private static let openings = ["dip", "ki nghi", "trong dip", "nhan dip", "vao dip"].map { phrase in
        (phrase: Array(phrase.unicodeScalars), occasionAt: phrase.hasSuffix("dip") ? phrase.unicodeScalars.count - 3 : 0)
    }
}
