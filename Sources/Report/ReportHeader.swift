import Platform

/// What a report's header and title say about it: who issued it, its number
/// and date, where it is from, and the period it reports on.
public struct ReportHeader: Hashable, Sendable {
    /// `842/BC-UBND`.
    public var number: String?
    /// `ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN`, as written.
    public var issuer: String?
    /// The place the report is about: `Lạng Sơn`.
    public var place: String?
    /// `thành phố`, `huyện`, `tỉnh`, `thị xã`, `quận`, `xã`, `phường`, when the header says.
    public var placeKind: String?
    /// The date it was signed, `2023-11-24`.
    public var date: String?
    /// The title: `Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023; …`.
    public var title: String?
    /// The period reported on.
    public var period: ReportPeriod
    /// The year reported on, and the year the plan part is for.
    public var year: Int?
    public var planYear: Int?

    public init(number: String? = nil, issuer: String? = nil, place: String? = nil, placeKind: String? = nil, date: String? = nil,
                title: String? = nil, period: ReportPeriod = .year, year: Int? = nil, planYear: Int? = nil) {
        self.number = number
        self.issuer = issuer
        self.place = place
        self.placeKind = placeKind
        self.date = date
        self.title = title
        self.period = period
        self.year = year
        self.planYear = planYear
    }

    /// `năm 2023`, `6 tháng đầu năm 2024`, `quý I năm 2024`: the period as reports write it.
    public var periodText: String {
        let year = self.year.map { " năm \($0)" } ?? ""
        switch period {
        case .year: return "năm" + (self.year.map { " \($0)" } ?? "")
        case .months(let count): return "\(count) tháng đầu" + year
        case .lastMonths(let count): return "\(count) tháng cuối" + year
        case .quarter(let number): return "quý \(ReportPeriod.roman(number))" + year
        case .span(let first, let last): return "từ tháng \(first) đến tháng \(last)" + year
        case .month(let number): return "tháng \(number)" + year
        case .years(let first, let last): return "giai đoạn \(first) - \(last)"
        case .schoolYear: return "năm học" + (self.year.map { " \($0 - 1) - \($0)" } ?? "")
        }
    }
}

/// The span of time a report covers.
public enum ReportPeriod: Hashable, Sendable {
    /// A whole year.
    case year
    /// The first months of a year: 6 (`6 tháng đầu năm`) or 9.
    case months(Int)
    /// The last months of a year (`6 tháng cuối năm 2025`): what a commune
    /// founded in July reports of its first half-year.
    case lastMonths(Int)
    /// A quarter: `quý I` … `quý IV`.
    case quarter(Int)
    /// Months `first` to `last` of a year, from neither its start nor to its
    /// end (`từ ngày 01/7/2025 đến nay` in a report dated in November): what a
    /// commune founded in July reports before its first year is out.
    case span(first: Int, last: Int)
    /// One month: `tháng 10`.
    case month(Int)
    /// A term of years looked back on whole (`5 năm 2021 - 2025`, `giai đoạn
    /// 2021-2025`, `nhiệm kỳ 2020 - 2025`), as reports at a plan's or a
    /// congress's end do; the report's year is the last.
    case years(first: Int, last: Int)
    /// A school year (`năm học 2025 - 2026`), as an education office reports
    /// it: from September to May; the report's year is the one it ends in,
    /// whose year's report holds the same results.
    case schoolYear

    /// A short name: `year`, `6 months`, `Q1`, `month 10`, `years 2021-2025`, `school year`.
    public var name: String {
        switch self {
        case .year: "year"
        case .months(let count): "\(count) months"
        case .lastMonths(let count): "last \(count) months"
        case .quarter(let number): "Q\(number)"
        case .span(let first, let last): "months \(first)-\(last)"
        case .month(let number): "month \(number)"
        case .years(let first, let last): "years \(first)-\(last)"
        case .schoolYear: "school year"
        }
    }

    /// Whether the report covers part of a year, whose figures are the year's so far: not a year or a term of years.
    public var isPartOfYear: Bool {
        switch self {
        case .year, .years, .schoolYear: false
        case .months, .lastMonths, .quarter, .month, .span: true
        }
    }

    /// Whether the report looks back on a term of years.
    public var isTerm: Bool { if case .years = self { true } else { false } }

    /// Whether the period runs to the year's end, when what falls short of the year's plan has missed it.
    public var closesYear: Bool {
        switch self {
        case .year, .lastMonths, .years, .schoolYear: true
        case .months, .quarter, .month, .span: false
        }
    }

    /// A quarter's number as reports write it: `I` … `IV`.
    public static func roman(_ number: Int) -> String { ["I", "II", "III", "IV"][max(0, min(number, 4) - 1)] }
}
