import Platform
import Report
import Facts

/// Figures a sentence dates to a year of their own: where a figure moved
/// from (`từ 6,2% năm 2021`), two figures set side by side by their years
/// (`năm 2024 là 3,2%, năm 2025 còn 2,4%`), the earlier of which is no
/// figure of the year reported on, a figure dated alone to an earlier
/// year (`Năm 2024, xảy ra 12 vụ`), and one of a span of years (`bình quân
/// giai đoạn 2021-2025 đạt 7,6%/năm`).
extension QualifierReader {
    /// The year named right after a figure (`6,2% năm 2021`, `6,2% (năm 2021)`):
    /// a year reference between `end` and `limit` with at most `năm` and
    /// brackets before it.
    func year(after end: Int, before limit: Int, in references: ArraySlice<ScannedReference>) -> Int? {
        guard let reference = references.first(where: { $0.start >= end && $0.start < limit }) else { return nil }
        let gap = ScalarText.wordRangesBefore(scalars, reference.start, count: 2)
        guard let nam = gap.first, nam.lowerBound >= end, gap.count == 1 || gap[1].upperBound <= end else { return nil }
        return namedYear(reference)
    }

    /// Whether a year after the report's is named between `lower` and `start`:
    /// `Trồng rừng 1.150 ha (kế hoạch năm 2027: 1.200 ha)` states next year's
    /// plan beside this year's figure, no target of it.
    func namesLaterYear(after lower: Int, before start: Int, in references: ArraySlice<ScannedReference>) -> Bool {
        guard let reportYear else { return false }
        return references.contains { $0.kind == .year && $0.start >= lower && $0.start < start && (namedYear($0) ?? 0) > reportYear }
    }

    /// `tăng 65% so với năm 2020`, `bằng 180% so với năm 2020` in a report on
    /// 2025: a change on, or a share of, a year before last — over the years
    /// since (a term's start), not on last year. `end` is where the number
    /// ends, `limit` where its clause does; any other kind is kept.
    /// So is one on the start of the term or of the years spanned, named without its year (`tăng 45% so
    /// với đầu nhiệm kỳ`, `so với đầu giai đoạn`).
    func overEarlierYear(_ kind: ComparisonKind, after end: Int, before limit: Int,
                         in references: ArraySlice<ScannedReference>) -> ComparisonKind {
        guard kind == .changeOnPrevious || kind == .percentOfPrevious, let reportYear else { return kind }
        let earlier = kind == .changeOnPrevious ? ComparisonKind.changeOnEarlierYear : .percentOfEarlierYear
        if let compared = references.first(where: { $0.kind == .year && $0.start >= end && $0.start < limit }).flatMap(namedYear) {
            return compared < reportYear - 1 ? earlier : kind
        }
        let stop = comparisonEnd(from: end, before: limit)
        return Self.termStarts.contains { namesPhrase($0, from: end, to: stop) } ? earlier : kind
    }

    /// Whether `phrase` (folded) stands as whole words in the folded text between `start` and `end`: compared in
    /// place, as most comparisons hold none of the phrases asked.
    private func namesPhrase(_ phrase: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        let folded = text.folded
        var index = start
        while index + phrase.count <= end {
            if folded[index] == phrase[0], index == 0 || !ScalarText.isLetter(folded[index - 1]),
               ScalarText.wordStands(phrase, in: folded, at: index) { return true }
            index += 1
        }
        return false
    }

    /// The start of a term or of the years spanned, named without its year: `đầu nhiệm kỳ`, `đầu giai đoạn`
    /// (folded, as the text is: `kỳ` reads `ki`).
    private static let termStarts = ["dau nhiem ki", "dau giai doan"].map { Array($0.unicodeScalars) }

    /// `tăng 9,3% so với 6 tháng năm 2024`, `bằng 104% so với 9 tháng đầu
    /// năm 2024` in a report on 2025: the same months of another year, the
    /// genre's way of saying the same period of last year (or of a year
    /// before last, which ``overEarlierYear`` then tells), not an earlier
    /// month (`so với tháng 5 năm 2025`, `so với tháng 12 năm 2024`). So is
    /// the report's own quarter or month of another year (`so với quý I năm
    /// 2025` in a report on the first quarter of 2026, `so với tháng 10 năm
    /// 2025` in one on October), not another (`so với quý IV năm 2025`). Any other kind is kept.
    func sameMonths(_ kind: ComparisonKind, after end: Int, before limit: Int,
                    in references: ArraySlice<ScannedReference>) -> ComparisonKind {
        guard kind == .changeOnPriorPeriod || kind == .percentOfPriorPeriod, let reportYear else { return kind }
        let same = kind == .changeOnPriorPeriod ? ComparisonKind.changeOnPrevious : .percentOfPrevious
        if case .month(let month)? = reportPeriod, namesReportMonth(month, after: end, before: limit, in: references) { return same }
        if namesReportQuarter(after: end, before: limit, reportYear: reportYear) { return same }
        guard let reference = references.first(where: { $0.kind == .year && $0.start >= end && $0.start < limit }),
              comparesAlone(from: end, to: reference.start), let compared = namedYear(reference), compared != reportYear,
              countsMonths(from: end, to: reference.start) else { return kind }
        return same
    }

    /// Whether the comparison after `end` names the report's own quarter of another year: `quý I
    /// năm 2025`, `quý 1 năm 2025`, `quý I/2025` (the first three months are the first quarter), up
    /// to the first `,`, `;` or `%` (``comparisonEnd(from:before:)``).
    private func namesReportQuarter(after end: Int, before limit: Int, reportYear: Int) -> Bool {
        let quarter: Int
        switch reportPeriod {
        case .some(.quarter(let number)): quarter = number
        case .some(.months(3)): quarter = 1
        default: return false
        }
        let words = FoldedWord.words(text.folded[end..<comparisonEnd(from: end, before: limit)], includingDigits: true)
        guard let qui = words.firstIndex(of: .qui), qui + 2 < words.count,
              words[qui + 1] == FoldedWord(scalars: ReportPeriod.roman(quarter).lowercased().unicodeScalars)
                || words[qui + 1] == FoldedWord(scalars: String(quarter).unicodeScalars) else { return false }
        let year = words[words[qui + 2] == .nam && qui + 3 < words.count ? qui + 3 : qui + 2]
        // Four digits, another year's.
        return year.isDigits && year.bits >> 24 != 0 && year.bits >> 32 == 0
            && year != FoldedWord(scalars: String(reportYear).unicodeScalars)
    }

    /// Whether the first date after `end` in the clause is the report's month of another year,
    /// after `tháng`: `tháng 10 năm 2025`, `tháng 10/2025` in a report on October 2026.
    private func namesReportMonth(_ month: Int, after end: Int, before limit: Int, in references: ArraySlice<ScannedReference>) -> Bool {
        guard let reportYear, let date = references.first(where: { $0.start >= end && $0.start < limit }), date.kind == .date,
              comparesAlone(from: end, to: date.start),
              let before = ScalarText.wordRangesBefore(scalars, date.start, count: 1).first,
              FoldedWord(scalars: text.folded[before]) == .thang else { return false }
        // Its digits: the month's first, the year's last.
        let groups = scalars[date.start..<date.end].split { !ScalarText.isDigit($0) }
        guard groups.count >= 2, let first = groups.first, let last = groups.last, last.count == 4 else { return false }
        return ScalarText.integer(first) == month && ScalarText.integer(last) != reportYear
    }

    /// Whether the words from a change's end to a period named after it are its comparison's alone:
    /// no `,`, `;` or `%` between, so that in `giảm 6,2% so với tháng trước, tăng 7,1% so với tháng 10/2025`
    /// the month of last year is the second change's, not the first's.
    private func comparesAlone(from end: Int, to start: Int) -> Bool {
        comparisonEnd(from: end, before: start) == start
    }

    /// Where the words of a comparison after a change's `end` stop: at the first `,`, `;` or `%`, else at `limit`.
    private func comparisonEnd(from end: Int, before limit: Int) -> Int {
        scalars[end..<limit].firstIndex { $0 == "," || $0 == ";" || $0 == "%" } ?? limit
    }

    /// Whether `tháng` stands between `start` and `end` after a number (`6
    /// tháng`), a count of months, not a month's name (`tháng 5`).
    private func countsMonths(from start: Int, to end: Int) -> Bool {
        let folded = text.folded, month = Self.thangScalars
        var index = start
        while index + month.count <= end {
            if index >= 2, folded[index - 1] == " ", ScalarText.isDigit(folded[index - 2]),
               ScalarText.wordStands(month, in: folded, at: index) { return true }
            index += 1
        }
        return false
    }

    private static let thangScalars = Array("thang".unicodeScalars)

    /// `đạt 31,2% kế hoạch (cùng kỳ năm 2024 đạt 27,9% kế hoạch)`: a share of
    /// plan in brackets that open on last year (`cùng kỳ`, `năm trước`, or
    /// the year before the report's) is last year's by the same time, not
    /// this year's. `start` is where the number starts; any other kind is kept.
    func lastYearsShare(_ kind: ComparisonKind, before start: Int, clause: Range<Int>) -> ComparisonKind {
        guard kind.isPlanShare, start <= scalars.count, clause.lowerBound < start,
              let bracket = scalars[clause.lowerBound..<start].lastIndex(of: "("),
              !scalars[bracket..<start].contains(")") else { return kind }
        // Compared where the bracket's words stand in the folded text, with no string made.
        func opens(_ phrase: [Unicode.Scalar]) -> Bool {
            bracket + 1 + phrase.count <= start && ScalarText.wordStands(phrase, in: text.folded, at: bracket + 1)
        }
        let lastYear = reportYear.map { Array("nam \($0 - 1)".unicodeScalars) }
        return LastYearNames.openings.contains(where: opens) || lastYear.map(opens) == true ? .percentOfPlanLastYear : kind
    }

    /// The year a reference is when `năm` stands right before it (`năm 2024`); nil for a range of years or any other reference.
    private func namedYear(_ reference: ScannedReference) -> Int? {
        guard reference.kind == .year, reference.end - reference.start == 4,
              let before = ScalarText.wordRangesBefore(scalars, reference.start, count: 1).first,
              FoldedWord(scalars: text.folded[before]) == .nam else { return nil }
        return ScalarText.integer(scalars[reference.start..<reference.end])
    }

    /// The year named before the figure at `index` in its clause, after the
    /// figure before it (`năm 2024 là 3,2%`, `Năm 2024, xảy ra 12 vụ`); not
    /// a year a comparison or a span names (`so với năm 2024, …`, `từ năm 2021 …`).
    func leadYear(_ index: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>, references: ArraySlice<ScannedReference>,
                  sentence: Range<Int>, clauseOf: (Int) -> Range<Int>) -> Int? {
        let start = quantities[index].start
        let after = index > 0 ? quantities[index - 1].end : sentence.lowerBound
        // The clause is asked for only where a year stands before the figure, which few do.
        guard let reference = references.last(where: { $0.kind == .year && $0.start >= after && $0.start < start }),
              let year = namedYear(reference), reference.start >= clauseOf(start).lowerBound else { return nil }
        let before = ScalarText.wordRangesBefore(scalars, reference.start, count: 2)
        if before.count == 2, before[1].lowerBound >= after,
           Self.yearComparisons.contains(FoldedWord(scalars: text.folded[before[1]])) { return nil }
        // `46 triệu đồng năm 2020 lên 72 triệu đồng`, `gấp 1,6 lần năm 2020, đạt …`: a year right after
        // the figure before, with no word or mark between, is that figure's.
        // (A `năm` inside the figure before, as a garbled text may have it, is that figure's too.)
        // A bracket opening on the year (`356 tỷ đồng (năm 2024: 312 tỷ đồng)`) sets it apart too,
        // unless it closes before the figure.
        if index > 0, let nam = before.first, before.count == 1 || before[1].upperBound <= after {
            guard nam.lowerBound >= after else { return nil }
            let between = scalars[after..<nam.lowerBound]
            let opens = between.contains("(") && !scalars[min(reference.end, start)..<start].contains(")")
            guard opens || between.contains(where: { $0 == "," || $0 == ";" || $0 == ":" }) else { return nil }
        } else if index > 0, reference.end < start, scalars[reference.end] == ",",
                  !scalars[after..<reference.start].contains(where: { $0 == "," || $0 == ";" || $0 == ":" || $0 == "(" }) {
            // `1.214 hộ được công nhận gia đình văn hóa năm 2024, đạt 87,3%`: a year closing the
            // phrase of the figure before, a comma after it, names that figure's title or time,
            // and dates nothing after the comma.
            return nil
        }
        // `tiết kiệm chi năm 2024 chuyển sang: 6,7 tỷ đồng`: carried over into the year, the year's own.
        if let reportYear, year < reportYear, reference.end <= start,
           FoldedWord.words(text.folded[reference.end..<start]).contains(Self.carried) { return nil }
        return year
    }

    private static var carried: FoldedWord { "chuyen" }

    /// Whether the paragraph's headings name the year (`… NĂM 2025`): its figures of that year are the
    /// section's own, whatever year the header gives the document.
    private func sectionNames(_ year: Int) -> Bool {
        sectionPath.contains(String(year))
    }

    /// Words before `năm` that make its year a comparison's or a span's, not the figure's own,
    /// spelt as folding spells them (`kỳ` as `ki`).
    private static let yearComparisons = Set(FoldedPhrase(stringLiteral: "so voi ky bang gap hon tu den sau truoc").words)

    /// `Tỷ lệ hộ nghèo năm 2024 là 3,2%, năm 2025 còn 2,4%`, `năm 2025 đạt 45 tỷ
    /// đồng, trong khi năm 2024 chỉ đạt 40 tỷ đồng`: of two primaries side by
    /// side, measured alike, each after its own year, neither past the year
    /// reported on, the earlier is what the later moved from — last year's
    /// figure, or one of a year before that. Only with the report's year known:
    /// a figure of the plan's year after this year's (`năm 2026 phấn đấu …`) is a target, not this.
    /// A figure dated alone to a year before the report's (`Doanh thu du lịch năm 2024
    /// đạt 280 tỷ đồng`) is no figure of the year either: last year's, or an earlier one's.
    /// A figure after a span of years is the span's (``leadSpan``), the report's year known or not.
    func dateFigures(_ quantities: UnsafeBufferPointer<ScannedQuantity>, references: ArraySlice<ScannedReference>,
                          sentence: Range<Int>, clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard references.contains(where: { $0.kind == .year }) else { return }
        // Without the report's year only spans are read: a span names its own years, whatever the report's.
        var years = quantities.indices.map { index in
            reportYear != nil && drafts[index].role == .primary
                ? leadYear(index, quantities, references: references, sentence: sentence, clauseOf: clauseOf) : nil
        }
        func kind(_ earlier: Int, _ later: Int) -> ComparisonKind { later - earlier == 1 ? .previousValue : .earlierValue }
        var index = 0
        while let reportYear, index + 1 < quantities.count {
            let next = index + 1
            guard let first = years[index], let second = years[next], first != second, max(first, second) <= reportYear,
                  drafts[next].role == .primary, quantities[index].unit.dimension == quantities[next].unit.dimension
            else { index += 1; continue }
            let (earlier, later) = first < second ? (index, next) : (next, index)
            let kind = kind(min(first, second), max(first, second))
            drafts[earlier].role = .comparison(kind)
            drafts[earlier].qualifies = later
            if kind == .earlierValue { drafts[earlier].qualifiers.append(.asOf("năm \(min(first, second))")) }
            drafts[later].qualifiers.append(.comparison(kind, value: quantities[earlier].value, upper: nil,
                                                        unit: quantities[earlier].unit, fact: earlier))
            years[index] = nil
            years[next] = nil
            index += 2
        }
        for index in quantities.indices where drafts[index].role == .primary {
            if let year = years[index], let reportYear {
                guard year < reportYear, !sectionNames(year) else { continue }
                let kind = kind(year, reportYear)
                drafts[index].role = .comparison(kind)
                if kind == .earlierValue { drafts[index].qualifiers.append(.asOf("năm \(year)")) }
                // Right after a figure of the year in its measure, it is that figure's year before
                // (`đạt 620 tỷ đồng, năm 2024 đạt 540 tỷ đồng`, `356 tỷ đồng (năm 2024: 312 tỷ đồng)`);
                // further on, that of the one figure before it in its unit (`Năm 2025 có 3 vụ cháy, thiệt hại
                // 450 triệu đồng; năm 2024 có 5 vụ`).
                let ofYear = (0..<index).filter { other in
                    drafts[other].role == .primary && (years[other] == nil || years[other] == reportYear)
                        && !drafts[other].qualifiers.contains(where: { $0.kind == kind.rawValue })
                }
                let alike = ofYear.filter { quantities[$0].unit == quantities[index].unit }
                // (A rate leaves out its per: `65,3 triệu đồng/người/năm (năm 2024 đạt 60,1 triệu đồng)`.)
                let before = ofYear.last == index - 1 && (quantities[index - 1].unit.dimension == quantities[index].unit.dimension
                                                          || quantities[index - 1].unit.isRate(of: quantities[index].unit))
                    ? index - 1 : alike.count == 1 ? alike[0] : -1
                if before >= 0 {
                    drafts[index].qualifies = before
                    drafts[before].qualifiers.append(.comparison(kind, value: quantities[index].value, upper: nil,
                                                                 unit: quantities[index].unit, fact: index))
                }
            } else if let span = leadSpan(index, quantities, references: references, sentence: sentence, clauseOf: clauseOf) {
                drafts[index].role = .comparison(.periodValue)
                drafts[index].qualifiers.append(.asOf(span))
            }
        }
    }

    /// The span of years named before the figure at `index` in its clause,
    /// after the figure before it, as `giai đoạn 2021-2025`: `bình quân giai
    /// đoạn 2021-2025 đạt 7,6%/năm`, `Trong 5 năm 2021 - 2025, thu ngân sách
    /// …`. Only a span that ends by the year reported on (if known), with no other year
    /// beside it (`giai đoạn 2021-2025, năm 2025 đạt …` is the year's); not a
    /// programme's name (`Chương trình … giai đoạn 2021-2025`), a comparison
    /// (`so với giai đoạn 2016-2020`), a standard's (`theo chuẩn nghèo giai đoạn 2022-2025`),
    /// nor a year of the span (`năm cuối nhiệm kỳ 2020-2025`).
    func leadSpan(_ index: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>, references: ArraySlice<ScannedReference>,
                  sentence: Range<Int>, clauseOf: (Int) -> Range<Int>) -> String? {
        let start = quantities[index].start
        let after = index > 0 ? quantities[index - 1].end : sentence.lowerBound
        var span: ScannedReference?
        for reference in references where reference.kind == .year && reference.start >= after && reference.start < start {
            guard span == nil else { return nil }
            span = reference
        }
        guard let span, span.end - span.start >= 9 else { return nil }
        let digits = scalars[span.start..<span.end].filter(ScalarText.isDigit)
        guard digits.count == 8 else { return nil }
        let (first, last) = (ScalarText.integer(digits[0..<4]), ScalarText.integer(digits[4..<8]))
        let clause = clauseOf(start)
        guard first < last, last <= reportYear ?? last, span.start >= clause.lowerBound else { return nil }
        let words = FoldedWord.words(text.folded[clause.lowerBound..<span.start], includingDigits: true)
        guard words.count >= 2, Self.introducesSpan(words[words.count - 2], words[words.count - 1]),
              !Self.notOfTheSpan.contains(where: { $0.occurs(in: words) }) else { return nil }
        return "giai đoạn \(first)-\(last)"
    }

    /// Whether two words name a span of years when one follows (`giai đoạn`, `nhiệm kỳ`, `thời kỳ`,
    /// `5 năm`), not a school year or a season (`năm học 2024-2025`, `vụ Đông Xuân 2024-2025`).
    private static func introducesSpan(_ first: FoldedWord, _ second: FoldedWord) -> Bool {
        switch second {
        case "doan": first == "giai"
        case "ki": first == "nhiem" || first == "thoi"
        case .nam: isNumber(first)
        default: false
        }
    }

    /// Whether a word read with its digits is a number: packed (no hash), each of its bytes a digit.
    private static func isNumber(_ word: FoldedWord) -> Bool {
        guard word.bits != 0, word.bits >> 63 == 0 else { return false }
        var rest = word.bits
        while rest != 0 {
            guard (0x30...0x39).contains(rest & 0xFF) else { return false }
            rest >>= 8
        }
        return true
    }

    /// Words before a span of years that make it a name's, a comparison's or the setting of one year in it.
    private static let notOfTheSpan: [FoldedPhrase] = [
        "chuong trinh", "de an", "du an", "nghi quyet", "quyet dinh", "phong trao", "cuoc van dong", "chien luoc", "quy hoach",
        "chuan ngheo", "tieu chi",
        "so voi", "so cung", "nam cuoi", "nam dau", "nam thu",
    ]
}
