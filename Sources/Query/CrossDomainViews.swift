import FoundationEssentials
import Facts
import PluginKit

/// Views across all plugins: the 2024 scorecard and what was missed in 2023.
enum CrossDomainViews {
    /// Every indicator with a 2024 target: its 2023 value, the target, and the change the target asks for.
    static func scorecard(_ context: QueryContext) -> Value {
        let rows = context.resolver.all.filter { $0.target != nil }.map { indicator -> Value in
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

    /// The growth from the 2023 value to the 2024 target, when both are of one dimension
    /// (a range target counts from its lower bound); a target given as a percentage
    /// change (`tăng 2,5%`, `Giảm … 5%`) is already the change.
    static func change(from actual: Fact?, to target: Fact?) -> Value {
        guard let actual, let target else { return .null }
        let points = QuantityUnit(symbol: "điểm %", dimension: .count(noun: "điểm %"))
        let falling = TextFolding.foldedContains(target.sentence, "giam")
        if let converted = target.quantity.converted(to: actual.unit), actual.value != 0,
           actual.unit.dimension != .percent {
            return .measure(Measure(Builtins.round((converted.value / actual.value - 1) * 100, 2), .percent))
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

    /// Indicators the report itself says fell short of plan in 2023.
    static func missed(_ context: QueryContext) -> Value {
        .list(context.resolver.all.filter(\.reportedMissed).map(Value.indicator))
    }
}
