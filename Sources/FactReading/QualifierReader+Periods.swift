import Platform
import Report
import Facts

/// Figures of one month or quarter of a report on several: `Trong tháng 7,
/// kim ngạch xuất khẩu ước đạt 128 triệu USD; tính chung 7 tháng ước đạt
/// 812,4 triệu USD` gives the seven months' exports second, and the month's
/// is no figure of the report's period.
extension QualifierReader {
    /// Marks the figures a month or quarter named before them in their clause
    /// is of (`tháng 7`, `quý III`), where the report covers more than it:
    /// each is `periodValue`, `asOf` that part (`trong tháng 7`). A mention of
    /// the report's own span after it (`tính chung 7 tháng`, `lũy kế`, `cả
    /// năm`, `đến nay`) ends the part's reach; a month counted up to (`đến hết
    /// tháng 7`), from (`từ tháng 7`) or a day's month (`ngày 15 tháng 7`) is
    /// no part. In a report on a year or its last months, a part is one only
    /// where the sentence also names the report's span (`cả năm`, `tính chung`,
    /// `6 tháng`), sets the part apart (`Riêng quý IV, …`) or sets it against
    /// the one before (`so với tháng trước`).
    func markPartsOfPeriod(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                           clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard let reportPeriod, reportPeriod.hasParts else { return }
        // The words a mention ends on held here, asked of each word without a global's check; the
        // slices taken once (each use of the properties would make one, with its retain).
        let (thang, qui, chung, ke, nam, nay, don) = (FoldedWord.thang, FoldedWord.qui, Self.chung, FoldedWord.ke, FoldedWord.nam, Self.nay,
                                                      Self.don)
        let list = words.words, starts = words.starts
        // Most sentences name no month or quarter: a plain pass says so (the words' mask lets most through).
        guard list.contains(where: { $0 == thang || $0 == qui }) else { return }
        // A year's report, or one on its last months (a commune founded in July), names a month mostly
        // for when something happened (`sau sắp xếp (tháng 7/2025), toàn xã có …`): there a part is one
        // only beside a mention of the report's own span, or after `riêng` (`Riêng quý IV, thu được …`).
        if reportPeriod.closesYear, !list.indices.contains(where: { index in
            let word = list[index]
            if (word == thang || word == qui) && setsApart(index, in: list) {
                return mention(at: index, in: words, of: reportPeriod)?.part != nil
            }
            // `… tháng 11 ước đạt 12 tỷ đồng, tăng 5% so với tháng trước` (or `so với quý II`): set against the
            // month or quarter before, a month's or quarter's figure.
            if word == FoldedWord.truoc { return index > 0 && (list[index - 1] == thang || list[index - 1] == qui) }
            if word == qui || word == thang, index > 0, list[index - 1] == FoldedWord.voi { return true }
            return (word == chung || word == ke || word == don || word == nam || word == nay || word == thang)
                && mention(at: index, in: words, of: reportPeriod).map { $0.part == nil } == true
        }) { return }
        // Numbers and words come in text order: one pass over the words serves every number.
        var cursor = 0
        var latest: (at: Int, part: String?)?
        // A part that opens the sentence (`Trong quý, …`, `Riêng tháng 12, …`) reaches past its clause, to
        // the next mention of a span: `Trong quý, xảy ra 3 vụ trộm cắp; 2 vụ tai nạn giao thông …`.
        var latestOpens = false
        for index in quantities.indices {
            let start = quantities[index].start
            while cursor < list.count, starts[cursor] < start {
                let word = list[cursor]
                if word == thang || word == qui || word == chung || word == ke || word == don || word == nam || word == nay,
                   let mention = mention(at: cursor, in: words, of: reportPeriod) {
                    latest = mention
                    latestOpens = (1...2).contains(cursor) && list[..<cursor].allSatisfy { $0 == FoldedWord.trong || $0 == FoldedWord.rieng }
                }
                cursor += 1
            }
            let clause = clauseOf(start)
            let before = latest.flatMap { $0.at >= clause.lowerBound || latestOpens ? $0.part : nil }
            let limit = index + 1 < quantities.count ? min(quantities[index + 1].start, clause.upperBound) : clause.upperBound
            // A comparison of a figure of the part stays one (`Riêng quý IV, thu được 8,2 tỷ đồng, tăng 27%
            // so với quý III`): its figure is the part's.
            guard let part = before ?? partNamedAfter(from: cursor, before: limit, in: words, of: reportPeriod),
                  drafts[index].qualifies == nil else { continue }
            drafts[index].role = .comparison(.periodValue)
            drafts[index].qualifiers.append(.asOf("trong " + part))
        }
    }

    /// The part a figure's own words name after it, before `limit`: `Tiếp
    /// nhận 3.812 hồ sơ trong tháng` in a report on ten months is the month's.
    /// Only `trong tháng`, `trong quý`: a month after a figure otherwise says when.
    private func partNamedAfter(from first: Int, before limit: Int, in words: borrowing SentenceWords,
                                of period: ReportPeriod) -> String? {
        let list = words.words, starts = words.starts
        var index = first
        while index < list.count, starts[index] < limit {
            if index > 0, list[index - 1] == FoldedWord.trong, list[index] == FoldedWord.thang || list[index] == FoldedWord.qui {
                return mention(at: index, in: words, of: period)?.part
            }
            index += 1
        }
        return nil
    }

    /// What the word at `index` says of the span of time the figures after it
    /// are of: a part of the report's period (`tháng 7`, `quý III`), the
    /// period itself (`7 tháng`, `tính chung`, `lũy kế`, `cả năm`, `đến nay`,
    /// `đến hết tháng 7`: a nil part), or nothing.
    private func mention(at index: Int, in words: borrowing SentenceWords, of period: ReportPeriod) -> (at: Int, part: String?)? {
        let word = words.words[index], at = words.starts[index]
        let before = index > 0 ? words.words[index - 1] : FoldedWord(bits: 0)
        switch word {
        case .thang:
            // `7 tháng`, `tính chung 9 tháng`, `ngày 15 tháng 9`: a number before it.
            if digitBefore(at) { return (at, nil) }
            guard let month = number(startingAt: words.ends[index]), (1...12).contains(month) else {
                // `Trong tháng, …` of a report on a month and the months up to it: that month.
                guard before == FoldedWord.trong, case .months(let count) = period else { return nil }
                return (at, "tháng \(count)")
            }
            // `đến hết tháng 7`, `tính đến tháng 7`: counted up to the month, the period's own; `từ tháng 7`: a start.
            if before == Self.het || before == FoldedWord.den { return (at, nil) }
            return before == FoldedWord.tu || !period.partIsMonth ? nil : (at, "tháng \(month)")
        case .qui:
            guard period.partIsQuarter, before != Self.het, before != FoldedWord.den, before != FoldedWord.tu else { return nil }
            // `Trong quý, …` of a report on a quarter and the months up to its end: that quarter.
            if before == FoldedWord.trong, case .months(let count) = period, count % 3 == 0,
               number(startingAt: words.ends[index]) == nil, index + 1 >= words.count || Self.romanQuarters[words.words[index + 1]] == nil {
                return (at, "quý " + ReportPeriod.roman(count / 3))
            }
            if index + 1 < words.count, let roman = Self.romanQuarters[words.words[index + 1]],
               number(startingAt: words.ends[index]) == nil { return (at, "quý " + roman) }
            guard let quarter = number(startingAt: words.ends[index]), (1...4).contains(quarter) else { return nil }
            return (at, "quý " + ReportPeriod.roman(quarter))
        // `tính chung`, `lũy kế`, `cộng dồn`, `cả năm`, `(từ) đầu năm`, `đến nay`: the period itself.
        case Self.chung where before == Self.tinh, FoldedWord.ke where before == Self.luy, Self.don where before == FoldedWord.cong,
             FoldedWord.nam where before == Self.ca || before == FoldedWord.dau, Self.nay where before == FoldedWord.den:
            return (at, nil)
        default:
            return nil
        }
    }

    /// Whether the word at `index` follows `riêng` (`Riêng quý IV`, `riêng trong tháng 12`).
    private func setsApart(_ index: Int, in list: ArraySlice<FoldedWord>) -> Bool {
        guard index > 0 else { return false }
        let before = list[index - 1]
        return before == FoldedWord.rieng || before == FoldedWord.trong && index > 1 && list[index - 2] == FoldedWord.rieng
    }

    /// The whole number of at most two digits that starts right after `end`, past one space.
    private func number(startingAt end: Int) -> Int? {
        let first = end < scalars.count && scalars[end] == " " ? end + 1 : end
        var last = first
        while last < scalars.count, ScalarText.isDigit(scalars[last]) { last += 1 }
        return (1...2).contains(last - first) ? ScalarText.integer(scalars[first..<last]) : nil
    }

    /// Whether a digit stands right before `start`, past one space (`7 tháng`).
    private func digitBefore(_ start: Int) -> Bool {
        let last = start > 0 && scalars[start - 1] == " " ? start - 2 : start - 1
        return last >= 0 && ScalarText.isDigit(scalars[last])
    }

    // The words the comparison wordings share (`tháng`, `quý` folded `qui`, `đến`, `từ`, `kế`, `năm`) are
    // `FoldedWord`'s; these are the periods' own.
    private static var het: FoldedWord { "het" }
    private static var chung: FoldedWord { "chung" }
    private static var tinh: FoldedWord { "tinh" }
    private static var luy: FoldedWord { "luy" }
    private static var ca: FoldedWord { "ca" }
    private static var nay: FoldedWord { "nay" }
    private static var don: FoldedWord { "don" }
    private static let romanQuarters: [FoldedWord: String] = ["i": "I", "ii": "II", "iii": "III", "iv": "IV"]
}

extension ReportPeriod {
    /// Whether the period has months or quarters a figure may be of alone.
    var hasParts: Bool { partIsMonth }

    /// Whether a single month is a part of the period, not the whole of it.
    var partIsMonth: Bool {
        if case .month = self { return false }
        return true
    }

    /// Whether a quarter is a part of the period: a year, or more than three months of it.
    var partIsQuarter: Bool {
        switch self {
        case .year, .years, .schoolYear: true
        case .months(let count), .lastMonths(let count): count > 3
        case .span(let first, let last): last - first + 1 > 3
        case .quarter, .month: false
        }
    }
}
