import FoundationEssentials
import Facts
import Platform

/// Whether an indicator met its 2023 plan, as far as the report says.
public enum IndicatorStatus: String, Hashable, Sendable {
    case met, missed, unknown
}

/// An indicator read from the store: its year's value, next year's target,
/// and how it stood against plan — each a fact that knows its source.
public struct IndicatorValue: Sendable {
    /// The full path: `economy.tourism.revenue`.
    public var path: String
    public var namespace: String
    public var indicator: Indicator
    public var actual: Fact?
    public var target: Fact?
    /// A sentence elsewhere that says the indicator fell short (`02 chỉ tiêu
    /// không đạt là … tai nạn giao thông`), when its own sentence says nothing.
    public var shortfallSentence: String?

    public init(path: String, namespace: String, indicator: Indicator, actual: Fact?, target: Fact?,
                shortfallSentence: String? = nil) {
        self.path = path
        self.namespace = namespace
        self.indicator = indicator
        self.actual = actual
        self.target = target
        self.shortfallSentence = shortfallSentence
    }

    /// The share of plan reached, in percent: `đạt X% kế hoạch`, or 100 + X for `vượt X% kế hoạch`.
    public var attainment: Decimal? {
        guard let actual else { return nil }
        if let (value, _, _) = actual.comparison(.percentOfPlan) { return value }
        if let (value, _, _) = actual.comparison(.exceedsPlanBy) { return 100 + value }
        return nil
    }

    /// Met or missed: the report's verdict on the value, else the share of plan
    /// or the stated target, else a sentence elsewhere that says it fell short.
    public var status: IndicatorStatus {
        guard let actual else { return .unknown }
        switch actual.status {
        case .met?, .exceeded?: return .met
        case .missed?: return .missed
        case nil: break
        }
        if let attainment { return attainment >= 100 ? .met : .missed }
        if let (target, unit, _) = actual.comparison(.target), unit == actual.unit {
            return actual.value >= target ? .met : .missed
        }
        return shortfallSentence == nil ? .unknown : .missed
    }

    /// The plan implied by the value and its share of plan: actual ÷ (attainment / 100).
    public var plan: Quantity? {
        guard let actual, let attainment, attainment != 0 else { return nil }
        return Quantity(actual.value * 100 / attainment, actual.unit)
    }

    /// Last year's value implied by the value and its change on last year
    /// (`bằng 97,7% so với năm 2022`, `tăng 2,5%`, `giảm 04 vụ`).
    public var previous: Quantity? {
        guard let actual else { return nil }
        if let (share, _, _) = actual.comparison(.percentOfPrevious), share != 0 {
            return Quantity(actual.value * 100 / share, actual.unit)
        }
        if let (change, unit, _) = actual.comparison(.changeOnPrevious) {
            if unit.dimension == .percent { return Quantity(actual.value * 100 / (100 + change), actual.unit) }
            if unit.dimension == actual.unit.dimension {
                return Quantity(actual.value - change * unit.factor / actual.unit.factor, actual.unit)
            }
        }
        return nil
    }

    /// Whether the report itself says the indicator fell short of plan — in the
    /// value's own sentence (`chưa đạt`) or in another — not only by arithmetic.
    public var reportedMissed: Bool {
        guard let actual else { return false }
        if actual.status == .missed { return true }
        if actual.status != nil || attainment != nil { return false }
        return shortfallSentence != nil
    }
}
