import Platform

/// What a column of a table of targets holds, read from its header's words:
/// `Chỉ tiêu` names the indicator, `Đơn vị tính` its unit, `Ước thực hiện
/// năm 2025` what was done, `Kế hoạch năm 2026` the plan, `So với kế hoạch
/// (%)` a comparison.
enum TableColumn: Equatable {
    /// `STT`, `TT`: the row's number.
    case number
    /// `Chỉ tiêu`, `Nội dung`: the indicator's name.
    case label
    /// `Đơn vị tính`, `ĐVT`: the unit of the row's values.
    case unit
    /// `Thực hiện`, `Ước thực hiện`, `Kết quả`: what the period achieved
    /// (`estimate` when `ước`; `wholeYear` when `cả năm`, the year's beside a
    /// part's; `span` when it names one month, `Thực hiện tháng 10`, or the months
    /// up to it, `Lũy kế 10 tháng`); in a table of years alone, the latest (``roles(of:year:)``).
    case actual(estimate: Bool, wholeYear: Bool = false, span: Span = .period)

    /// What a column of what was done covers: the report's period, one month of it, or the months up to it.
    enum Span: Equatable {
        case period
        /// `Thực hiện tháng 10`: the month named, a part of the report's months.
        case month(Int)
        /// `Lũy kế 10 tháng`, `Cộng dồn`, `Tính chung`: the months up to the report's end, and how many
        /// when the header counts them (10).
        case cumulative(months: Int?)
    }
    /// `Kế hoạch`, `Chỉ tiêu nghị quyết`: the plan for the year `year` (nil when the header gives none).
    case plan(year: Int?)
    /// `So với kế hoạch (%)`: what was done as a share of the plan.
    case percentOfPlan
    /// `So với dự toán (%)`: a share of the budget estimate.
    case percentOfEstimate
    /// `So với cùng kỳ (%)`: a share of the same period a year before.
    case percentOfPrevious
    /// `Tăng, giảm so với cùng kỳ (%)`: the change on the same period a year before, signed;
    /// in the row's unit where the header names neither `%` nor what it compares with (`Tăng (+), giảm (-)`).
    case changeOnPrevious(inRowUnit: Bool)
    /// `Đánh giá`: the report's verdict on the row (`Đạt`, `Không đạt`, `Vượt`).
    case verdict
    /// What the same period a year before achieved: `Cùng kỳ`, `Năm trước`,
    /// `Thực hiện năm 2024` in a report on 2025.
    case previous
    /// What an earlier period achieved (`Thực hiện năm 2021`), a note, or anything else.
    case other

    /// The roles of a table's columns, in a report on `year`. A table with
    /// no column of what was done whose columns are years alone (`Năm 2024 |
    /// Năm 2025`) reports its latest year: that column is what was done.
    static func roles(of header: [MarkdownTable.Cell], year: Int?) -> [TableColumn] {
        var roles = header.map { of(header: $0.text, year: year) }
        // `TT | Đơn vị | Dự toán | Ước thực hiện`: with no column of names, a bare `Đơn vị` heading the first column
        // after the rows' numbers names what the rows are (communes, wards, offices), not the unit of their values.
        if !roles.contains(.label), let unit = roles.firstIndex(of: .unit), roles[..<unit].allSatisfy({ $0 == .number }),
           !Words(header[unit].text).has(measureUnitWords) {
            roles[unit] = .other
        }
        // `So sánh (%)`, `Tỷ lệ (%)` naming nothing, beside the year's plan and no figure of last year:
        // what was done over that plan (of the budget estimate, for `Dự toán`).
        if let plan = roles.firstIndex(where: { $0.isPlan(after: year) == false }), !roles.contains(.previous) {
            let ofEstimate = Words(header[plan].text).has(estimateWords)
            for index in bareComparisons(roles, header) { roles[index] = ofEstimate ? .percentOfEstimate : .percentOfPlan }
        }
        let yearsAlone = header.indices.compactMap { index -> (index: Int, year: Int)? in
            let words = Words(header[index].text)
            // `2025` or `Năm 2025`: one year and at most the word for it, or the period's (`Quý I/2025`, `9 tháng 2025`).
            guard roles[index] == .other, let found = words.years.last, words.namesPeriod(of: found) else { return nil }
            return (index, found)
        }
        // `Năm 2025 | Kế hoạch 2026 | Ước thực hiện 2026`: beside a column of what was done, the year
        // before the report's alone is last year's.
        guard !roles.contains(where: \.isActual) else {
            if let year { for alone in yearsAlone where alone.year == year - 1 { roles[alone.index] = .previous } }
            return roles
        }
        // The report's year, or with none known the latest; a later year alone is its plan (`2025 | 2026 | 2027`
        // in a report on 2026 and its plan for 2027: last year, what was done, next year's targets).
        let reported = if let year { yearsAlone.first { $0.year == year } } else { yearsAlone.max(by: { $0.year < $1.year }) }
        if let latest = reported {
            roles[latest.index] = .actual(estimate: false)
            for alone in yearsAlone where alone.year > latest.year { roles[alone.index] = .plan(year: alone.year) }
            // `Năm 2024 | Năm 2025`: the year before is last year's figure, and with no plan beside them
            // a comparison naming nothing (`So sánh (%)`) is of it.
            if let before = yearsAlone.first(where: { $0.year == latest.year - 1 }) {
                roles[before.index] = .previous
                if !roles.contains(where: { $0.isPlan(after: year) != nil }) {
                    for index in bareComparisons(roles, header) { roles[index] = .percentOfPrevious }
                }
            }
        }
        return roles
    }

    /// The columns of a comparison in percent that names nothing it compares with (`So sánh (%)`, `Tỷ lệ (%)`).
    private static func bareComparisons(_ roles: [TableColumn], _ header: [MarkdownTable.Cell]) -> [Int] {
        roles.indices.filter { roles[$0] == .other && header[$0].text.containsUTF8("%") && Words(header[$0].text).has(comparisonWords) }
    }

    /// The year a table reports on when the report's header does not say:
    /// the latest year a column of what was done names (`Ước thực hiện năm
    /// 2025` beside `Thực hiện năm 2024` and `Kế hoạch năm 2026`).
    static func reportedYear(of header: [MarkdownTable.Cell]) -> Int? {
        header.filter { of(header: $0.text, year: nil).isActual }
            .flatMap { Words($0.text).years }
            .max()
    }

    /// The role of the column headed `header`, in a report on `year`.
    static func of(header: Substring, year: Int?) -> TableColumn {
        let words = Words(header)
        let years = words.years
        if words.has(Self.numberWords) && words.padded.count <= 8 { return .number }
        if words.has(Self.unitWords) { return .unit }
        if words.has(Self.verdictWords) { return .verdict }
        // `TH/KH (%)`, `ƯTH/CK`: what was done over the plan or over last year.
        if header.containsUTF8("/"), words.has(Self.actualWords) {
            if words.has(Self.previousWords) { return .percentOfPrevious }
            if words.has(Self.estimateWords) { return .percentOfEstimate }
            if words.has(Self.planWords) { return .percentOfPlan }
        }
        // `Tăng BQ (%)`, `Tốc độ tăng bình quân giai đoạn`: a yearly average over the years the table spans, no change on last year.
        if words.has(Self.changeWords) && words.has(Self.averageWords) { return .other }
        if words.has(Self.changeWords) && (header.containsUTF8("%") || words.has(Self.strongComparisonWords)) { return .changeOnPrevious(inRowUnit: false) }
        // `Tăng (+), giảm (-)`, `Tăng/giảm`: the change in the row's unit.
        if words.has(Self.riseAndFallWords) { return .changeOnPrevious(inRowUnit: true) }
        // `% KH`, `% CK`, `% DT`: a percent of what it names alone, no year nor what was done.
        if header.containsUTF8("%"), years.isEmpty, !words.has(Self.actualWords), let share = percent(of: words) { return share }
        // `Năm 2026 › % KH`: the sign before what it is a percent of, though a group's year heads the column
        // (`Kế hoạch năm 2027 (%)` is a plan in percent).
        if let sign = header.firstIndex(of: "%"), case let after = Words(header[header.index(after: sign)...]),
           !after.has(Self.actualWords), let share = percent(of: after) { return share }
        // `Tỷ lệ đạt`: what was reached, of the plan, though the header leaves out `(%)`.
        if words.has(Self.comparisonWords) && (header.containsUTF8("%") || words.has(Self.strongComparisonWords)
            || words.has(Self.ratioWords) && words.has(Self.reachedWords)) {
            if words.has(Self.previousWords) { return .percentOfPrevious }
            if words.has(Self.estimateWords) { return .percentOfEstimate }
            if words.has(Self.planWords) { return .percentOfPlan }
            // `So với năm 2024 (%)`: a year before the report's is the year before.
            if let year, years.contains(where: { $0 < year }) { return .percentOfPrevious }
            // `Đạt (%)`, `Tỷ lệ đạt (%)`: what was reached, of the plan.
            return words.has(Self.reachedWords) ? .percentOfPlan : .other
        }
        // `Chỉ tiêu` heads the names; `Chỉ tiêu năm 2026`, a year's targets.
        if words.has(Self.labelWords) && !words.has(Self.resolutionWords) && years.isEmpty { return .label }
        if words.has(Self.previousWords) { return .previous }
        if words.has(Self.cumulativeWords) { return .actual(estimate: words.has(Self.guessWords), span: .cumulative(months: words.monthCount)) }
        if words.has(Self.actualWords) {
            if let year, years.contains(where: { $0 < year }) { return years.max() == year - 1 ? .previous : .other }
            // `Ước TH năm 2026` in a report on 2026 is the whole year's estimate, as `Ước cả năm` is.
            let estimate = words.has(Self.guessWords)
            let yearsEstimate = estimate && year.map(years.contains) == true && words.monthCount == nil && words.month == nil
            return .actual(estimate: estimate, wholeYear: words.has(Self.wholeYearWords) || yearsEstimate,
                           span: words.month.map { .month($0) } ?? .period)
        }
        if words.has(Self.planWords) || words.has(Self.estimateWords) { return .plan(year: years.last) }
        return .other
    }

    /// The share a column of percents holds, by what its words name it of:
    /// last year (`% CK`), the budget's estimate (`% DT`) or the plan (`% KH`).
    private static func percent(of words: Words) -> TableColumn? {
        if words.has(previousWords) { return .percentOfPrevious }
        if words.has(estimateWords) || words.padded == " dt " { return .percentOfEstimate }
        if words.has(planWords) { return .percentOfPlan }
        return nil
    }

    /// A header's words, folded as the reader folds text (`kỳ` as `kì`),
    /// between single spaces and with one before and after.
    struct Words {
        let padded: String

        init(_ text: Substring) {
            let folded = TextFolding.fold(InlineMarkup.plainText(String(text)))
            padded = " " + folded.letterAndDigitRuns.joined(separator: " ") + " "
        }

        /// Whether one of `phrases` (each already padded) is among the words.
        func has(_ phrases: [String]) -> Bool { phrases.contains { padded.containsUTF8($0) } }

        /// The one month the words name by its number (`Thực hiện tháng 10` → 10);
        /// not the month a span runs to or from (`đến tháng 10`, `hết tháng 10`, `từ tháng 7`).
        var month: Int? {
            let words = padded.split(separator: " ")
            for index in words.indices.dropLast() where words[index] == "thang" {
                guard let month = Int(words[index + 1]), (1...12).contains(month) else { continue }
                if index > 0, ["den", "het", "tu"].contains(words[index - 1]) { return nil }
                return month
            }
            return nil
        }

        /// The months the words count (`Lũy kế 10 tháng` → 10): a number before `tháng`.
        var monthCount: Int? {
            let words = padded.split(separator: " ")
            for index in words.indices.dropFirst() where words[index] == "thang" {
                if let count = Int(words[index - 1]), (1...12).contains(count) { return count }
            }
            return nil
        }

        /// Whether the words are `year` and at most the words of a period (`Năm 2025`, `Quý I/2025`,
        /// `9 tháng năm 2025`, `6 tháng đầu năm 2025`; `quý` folds to `qui`).
        func namesPeriod(of year: Int) -> Bool {
            let others = padded.split(separator: " ").filter { $0 != "\(year)" }
            return others.count <= 4 && others.allSatisfy { Self.periodWords.contains(String($0)) }
        }

        private static let periodWords: Set<String> = ["nam", "qui", "i", "ii", "iii", "iv", "thang", "dau", "cuoi",
                                                       "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]

        /// The years the words name (`Kế hoạch năm 2026` → 2026), in order.
        var years: [Int] {
            padded.split(separator: " ").compactMap { Int($0) }.filter { (1900...2200).contains($0) }
        }
    }

    /// Whether the column holds what was done (`Thực hiện`, `Ước thực hiện`, `Lũy kế`), whatever its span.
    var isActual: Bool {
        if case .actual = self { true } else { false }
    }

    /// Whether this is a plan column for a year after `year` (true), for the
    /// year itself or an unnamed one (false), or no plan at all (nil).
    func isPlan(after year: Int?) -> Bool? {
        guard case .plan(let planYear) = self else { return nil }
        guard let planYear, let year else { return false }
        return planYear > year
    }

    /// Phrases as ``Words`` holds them: folded, padded.
    static func phrases(_ list: String...) -> [String] { list.map { Words($0[...]).padded } }

    static let numberWords = phrases("STT", "TT", "Số TT")
    static let unitWords = phrases("Đơn vị tính", "ĐVT", "Đơn vị")
    /// How a column of the values' unit is headed that no table of places is: `Đơn vị tính`, `ĐVT`.
    static let measureUnitWords = phrases("Đơn vị tính", "ĐVT")
    static let comparisonWords = phrases("So với", "So sánh", "Tỷ lệ", "So", "Đạt")
    static let strongComparisonWords = phrases("So với", "So sánh")
    static let previousWords = phrases("Cùng kỳ", "Năm trước", "CK")
    /// How a column of last year's figure for the same span is headed (`Cùng kỳ 2025`, `TH 9 tháng 2025`), not of its whole year.
    static let samePeriodWords = phrases("Cùng kỳ", "CK", "Tháng")
    static let estimateWords = phrases("Dự toán")
    static let planWords = phrases("Kế hoạch", "KH", "Chỉ tiêu", "Mục tiêu", "Nghị quyết", "NQ")
    static let resolutionWords = phrases("Kế hoạch", "Nghị quyết")
    static let labelWords = phrases("Chỉ tiêu", "Nội dung", "Tên chỉ tiêu", "Danh mục", "Lĩnh vực")
    static let actualWords = phrases("Thực hiện", "TH", "Ước", "Kết quả", "Ước đạt", "ƯTH", "UTH")
    static let guessWords = phrases("Ước", "ƯTH", "UTH")
    static let wholeYearWords = phrases("Cả năm")
    static let cumulativeWords = phrases("Lũy kế", "Cộng dồn", "Tính chung")
    static let reachedWords = phrases("Đạt")
    static let ratioWords = phrases("Tỷ lệ")
    static let changeWords = phrases("Tăng", "Giảm")
    static let averageWords = phrases("Bình quân", "BQ", "Trung bình")
    /// `Tăng (+), giảm (-)`, `Tăng/giảm`: signs and marks are no words.
    static let riseAndFallWords = phrases("Tăng giảm")
    static let verdictWords = phrases("Đánh giá")
}
