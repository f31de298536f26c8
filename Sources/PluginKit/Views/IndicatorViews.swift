import FoundationEssentials
import Platform
import Facts
import Query

/// Lists across every domain that a query can start from: every indicator,
/// those with a target, the scorecard of next year's targets, and what the
/// report says was missed.
enum IndicatorViews {
    /// The names of the views, in the order help lists them.
    static let names = entries.map(\.name)

    /// What each view is, for `.help`.
    static let entries: [LanguageReference.Entry] = [
        .init(name: "indicators", usage: "indicators",
              summary: "every indicator of every domain, a row a report; fields: " + IndicatorValue.fields.joined(by: " "),
              example: "indicators | where status == \"below plan\" | select path, actual, attainment"),
        .init(name: "targets", usage: "targets", summary: "the indicators the plan sets a target for (its next year)",
              example: "targets | where target > actual | select path, actual, target"),
        .init(name: "scorecard", usage: "scorecard",
              summary: "each target with this year's value, its kind (level, range, change, maintain), the level it implies and the change it asks for; fields: path label actual target kind level change",
              example: "scorecard | sort change desc | take 5"),
        .init(name: "missed", usage: "missed", summary: "the indicators the report itself says fell short of plan",
              example: "missed | select path, actual, plan"),
    ]

    /// The view `name` over the resolver's indicators.
    static func view(_ name: String, _ resolver: any IndicatorSource) -> Value? {
        switch name {
        case "indicators": return .list(resolver.all.map(Value.entity))
        case "targets": return .list(resolver.all.filter { $0.target != nil }.map(Value.entity))
        case "scorecard": return scorecard(resolver)
        case "missed": return .list(resolver.all.filter(\.reportedMissed).map(Value.entity))
        default: return nil
        }
    }

    /// Every indicator with a target: its value, the target as stated, its
    /// kind, the level it implies, and the change from the value to that level.
    static func scorecard(_ resolver: any IndicatorSource) -> Value {
        let several = resolver.reportNames.count > 1
        let rows = resolver.all.compactMap { indicator -> Value? in
            guard let target = indicator.planTarget else { return nil }
            return .record((several ? [("report", .text(indicator.report))] : []) + [
                ("path", .text(indicator.path)),
                ("label", .text(indicator.indicator.label.vi)),
                ("actual", indicator.actual.map(Value.fact) ?? .null),
                ("target", indicator.statedTarget.map(Value.fact) ?? .fact(target.stated)),
                ("kind", .text(target.kind.rawValue)),
                ("level", indicator.targetLevel.map { .measure(Measure($0)) } ?? .null),
                ("change", change(from: indicator.actual, to: indicator.targetLevel, target: target)),
            ])
        }
        return .list(rows)
    }

    /// The change from the value to the target's level: in percent of the
    /// value, or in percentage points for a rate; a change target's own change.
    static func change(from actual: Fact?, to level: Quantity?, target: PlanTarget) -> Value {
        if let change = target.change { return .measure(Measure(change)) }
        guard let actual, let level, let converted = level.converted(to: actual.unit) else { return .null }
        if actual.unit.dimension == .percent {
            return .measure(Measure(Quantity(converted.value - actual.value, QuantityUnit.points)))
        }
        guard actual.value != 0 else { return .null }
        return .measure(Measure(((converted.value / actual.value - 1) * 100).rounded(places: 2), .percent))
    }
}
