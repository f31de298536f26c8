import FoundationEssentials
import Platform
import Facts
import Query
import PluginKit

/// The functions the land domain adds in Swift: what its spec's expressions
/// cannot say, such as a record built from several indicators.
enum LandFunctions {
    static let all: [PluginFunction] = [clearanceSummary]

    /// `land.clearance_summary()`: site clearance in one record — the area
    /// planned, the area actually needed, the area handed over, its share of
    /// the need and what remains — each value with its source.
    static let clearanceSummary = PluginFunction(
        name: "clearance_summary",
        function: QueryFunction(name: "land.clearance_summary", parameters: [], body: .native { call throws(QueryError) -> Value in
            let planned = try call.value(of: "land.clearance.planned_area")
            let needed = try call.value(of: "land.clearance.actual_area")
            let handed = try call.value(of: "land.clearance.handed_over_area")
            return .record([
                ("planned", planned.primaryValue),
                ("needed", needed.primaryValue),
                ("handed_over", handed.primaryValue),
                ("handed_over_share", share(handed.scalar, of: needed.scalar)),
                ("remaining", remaining(needed.scalar, after: handed.scalar)),
            ])
        }),
        expression: nil,
        summary: "site clearance in one record: area planned, needed, handed over, its share of the need, and what remains",
        example: "land.clearance_summary()")

    /// `part` as a percentage of `whole`, to one decimal, when both are areas.
    static func share(_ part: Value, of whole: Value) -> Value {
        guard case .measure(let p) = part, case .measure(let w) = whole, let converted = p.converted(toUnitOf: w), w.value != 0 else {
            return .null
        }
        return .measure(Measure((converted.value * 100 / w.value).rounded(places: 1), .percent))
    }

    /// What is left of `needed` once `done` is: never below zero.
    static func remaining(_ needed: Value, after done: Value) -> Value {
        guard case .measure(let n) = needed, case .measure(let d) = done, let converted = d.converted(toUnitOf: n) else { return .null }
        return .measure(Measure(max(0, n.value - converted.value), n.unit))
    }
}

extension Value {
    /// An entity's value with its source (the fact), else the value itself.
    var primaryValue: Value {
        if case .entity(let entity) = self { return entity.primary }
        return self
    }
}
