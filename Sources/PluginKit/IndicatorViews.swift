import FoundationEssentials
import Platform
import Facts
import Query

/// Lists across every domain that a query can start from: every indicator,
/// those with a target, the scorecard of next year's targets, and what the
/// report says was missed.
enum IndicatorViews {
    /// The names of the views, in the order help lists them.
    static let names = ["indicators", "targets", "scorecard", "missed"]

    /// The view `name` over the resolver's indicators.
    static func view(_ name: String, _ resolver: IndicatorResolver) -> Value? {
        switch name {
        case "indicators": return .list(resolver.all.map(Value.entity))
        case "targets": return .list(resolver.all.filter { $0.target != nil }.map(Value.entity))
        case "scorecard": return scorecard(resolver)
        case "missed": return .list(resolver.all.filter(\.reportedMissed).map(Value.entity))
        default: return nil
        }
    }

    /// Every indicator with a target: its value, the target, and the change the target asks for.
    static func scorecard(_ resolver: IndicatorResolver) -> Value {
        let rows = resolver.all.filter { $0.target != nil }.map { indicator -> Value in
            .record([
                ("path", .text(indicator.path)),
                ("label", .text(indicator.indicator.label.vi)),
                ("actual", indicator.actual.map(Value.fact) ?? .null),
                ("target", indicator.target.map(Value.fact) ?? .null),
                ("change", change(from: indicator.actual, to: indicator.target)),
            ])
        }
        return .list(rows)
    }

    /// The growth from the value to the target, when both are of one dimension
    /// (a range target counts from its lower bound); a target given as a percentage
    /// change (`tăng 2,5%`, `Giảm … 5%`) is already the change.
    static func change(from actual: Fact?, to target: Fact?) -> Value {
        guard let actual, let target else { return .null }
        let points = QuantityUnit(symbol: "điểm %", dimension: .count(noun: "điểm %"))
        let falling = TextFolding.foldedContains(target.sentence, "giam")
        if let converted = target.quantity.converted(to: actual.unit), actual.value != 0,
           actual.unit.dimension != .percent {
            return .measure(Measure(((converted.value / actual.value - 1) * 100).rounded(places: 2), .percent))
        }
        if actual.unit.dimension == .percent && target.unit.dimension == .percent {
            // `Giảm 0,02% tỷ lệ hộ nghèo`: the target is the change itself.
            if falling { return .measure(Measure(-target.value, points)) }
            return .measure(Measure(target.value - actual.value, points))
        }
        if target.unit.dimension == .percent {
            return .measure(Measure(falling ? -target.value : target.value, .percent))
        }
        return .null
    }
}
