import Foundation
import Facts

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

    /// The share of plan reached, in percent: `đạt X% kế hoạch`, or 100 + X for `vượt X% kế hoạch`.
    public var attainment: Decimal? {
        guard let actual else { return nil }
        if let (value, _, _) = actual.comparison(.percentOfPlan) { return value }
        if let (value, _, _) = actual.comparison(.exceedsPlanBy) { return 100 + value }
        return nil
    }

    /// Met or missed, from the report's verdict, the share of plan, or the stated target.
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
        return .unknown
    }
}
