import FoundationEssentials
import Platform
import Report

/// How a comparison relates a number to the quantity it qualifies.
public enum ComparisonKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// `đạt 82,7% kế hoạch`: the quantity is this share of the plan.
    case percentOfPlan
    /// `vượt 10,9% kế hoạch`: the quantity exceeds the plan by this much.
    case exceedsPlanBy
    /// `đạt 96,6% so với dự toán tỉnh giao`: share of the province's budget estimate.
    case percentOfProvinceEstimate
    /// `bằng 88,3% so với thành phố giao`: share of the city's budget estimate.
    case percentOfCityEstimate
    /// `bằng 104% so với dự toán`: share of the budget estimate.
    case percentOfEstimate
    /// `bằng 97,7% so với năm 2022`: share of last year's value.
    case percentOfPrevious
    /// `tăng 2,5% so với năm 2022`, `giảm 04 vụ so với cùng kỳ`: change on last year (signed).
    case changeOnPrevious
    /// `chưa đạt mục tiêu đề ra từ 11-12%`: the target the quantity was measured against.
    case target
    /// `từ 4,8% xuống còn 3,5%`: the value the quantity moved from.
    case previousValue
    /// Not the report's words but baocao's reading: the level a change target
    /// (`giảm 5%`) implies from the value it moves, so that it compares with levels.
    case impliesLevel
    /// `giảm 1,47% so với năm 2024 (KH giảm 1,2%)`: the change on last year the
    /// plan asked for, set beside the change the quantity made (signed).
    case changeTarget
    /// `giảm từ 6,2% năm 2021 xuống còn 2,1%`: the value the quantity moved
    /// from in a year before last, which is no figure of last year (the
    /// year stands on the fact it comes from, as of then).
    case earlierValue
    /// `bình quân giai đoạn 2021-2025 đạt 7,6%/năm`, `5 năm 2021-2025 thu
    /// ngân sách 1.250 tỷ đồng`: a figure of a span of years, an average or a
    /// total, which is no figure of the year reported on; or of one month or
    /// quarter of a report on several (`Quý III, … 86.500 lượt khách` in a
    /// report on nine months). The span or part stands on the fact, as of then.
    case periodValue
    /// `tăng 0,42% so với tháng trước`, `tăng 2,1% so với quý II`: a change on
    /// an earlier month or quarter (signed), which is no change on last year.
    case changeOnPriorPeriod
    /// `bằng 102,3% so với tháng trước`: a share of an earlier month's or
    /// quarter's figure, which is no share of last year's.
    case percentOfPriorPeriod
    /// `tăng 65% so với năm 2020` in a report on 2025: a change over the
    /// years since a year before last (a term's start), which is no change on last year.
    case changeOnEarlierYear
    /// `bằng 180% so với năm 2020` in a report on 2025: a share of a year
    /// before last's figure, which is no share of last year's.
    case percentOfEarlierYear
    /// `(cùng kỳ năm 2024 đạt 27,9% kế hoạch)`: the share of its plan last
    /// year's figure had reached by the same time, which is no share of this year's.
    case percentOfPlanLastYear

    /// The shares of a budget estimate, a budget's plan: the city's, any, then
    /// the province's, the order a budget's attainment takes them in.
    public static let estimateShares: [ComparisonKind] = [.percentOfCityEstimate, .percentOfEstimate, .percentOfProvinceEstimate]

    /// Whether the comparison is a change (signed): on last year, on an earlier month or quarter, or on a year before last.
    public var isChange: Bool { self == .changeOnPrevious || self == .changeOnPriorPeriod || self == .changeOnEarlierYear }

    /// Whether the comparison says how far the plan was reached: a share of it or of a budget estimate, or an excess over it.
    public var isPlanShare: Bool { self == .percentOfPlan || self == .exceedsPlanBy || Self.estimateShares.contains(self) }
}

/// Whether the report says a quantity met its plan.
public enum PlanStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case met, exceeded, missed
}

/// What the words around a number say about it.
public enum Qualifier: Hashable, Sendable {
    /// `ước`, `ước đạt`, `ước thực hiện`: a year-end estimate.
    case estimate
    /// `đến 10/11/2023`: the value as of that date.
    case asOf(String)
    /// `trên`, `hơn`, `gần`, `khoảng`: approximate, with the word used.
    case approximate(String)
    /// `lũy kế`: cumulative.
    case cumulative
    /// A comparison given by another number of the sentence (that fact's id).
    /// `upper` is the upper bound of a comparison given as a range (`mục tiêu đề ra từ 11-12%`).
    case comparison(ComparisonKind, value: Decimal, upper: Decimal?, unit: QuantityUnit, fact: Int)
    /// `(Đạt kế hoạch giao)`, `chưa đạt`: the report's own verdict.
    case status(PlanStatus)
    /// `riêng xã Chiềng Châu đón 410.000 lượt khách` in a district's report:
    /// the figure is of a place its phrase names before it (kind and name,
    /// `xã Chiềng Châu`), not of the report's place.
    case ofPlace(String)

    /// A short name for the qualifier's kind, as JSON and filters use it.
    public var kind: String {
        switch self {
        case .estimate: "estimate"
        case .asOf: "asOf"
        case .approximate: "approximate"
        case .cumulative: "cumulative"
        case .comparison(let kind, _, _, _, _): kind.rawValue
        case .status: "status"
        case .ofPlace: "place"
        }
    }

    /// Whether the qualifier sets the quantity against another fact (`.comparison`).
    public var isComparison: Bool {
        if case .comparison = self { true } else { false }
    }
}
