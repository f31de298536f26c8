import FoundationEssentials
import Facts
import PluginKit

/// An amount with a unit, possibly per another unit (`đồng/lượt`): the
/// result of dividing quantities of different dimensions.
public struct Measure: Hashable, Sendable {
    public var value: Decimal
    public var unit: QuantityUnit
    /// The unit divided by, for a compound unit.
    public var per: QuantityUnit?

    public init(_ value: Decimal, _ unit: QuantityUnit, per: QuantityUnit? = nil) {
        self.value = value
        self.unit = unit
        self.per = per
    }

    public init(_ quantity: Quantity) { self.init(quantity.value, quantity.unit) }

    public var symbol: String { per.map { "\(unit.symbol)/\($0.symbol)" } ?? unit.symbol }

    /// Whether two measures can be added, compared or converted into each other.
    public func isCompatible(with other: Measure) -> Bool {
        unit.dimension == other.unit.dimension && per?.dimension == other.per?.dimension
    }

    /// The same amount in the other measure's units.
    public func converted(toUnitOf other: Measure) -> Measure? {
        guard isCompatible(with: other), other.unit.factor != 0 else { return nil }
        if unit.factor == other.unit.factor && per?.factor == other.per?.factor {
            return Measure(value, other.unit, per: other.per)  // the common case: no arithmetic needed
        }
        var value = self.value * unit.factor / other.unit.factor
        if let per, let otherPer = other.per { value = value * otherPer.factor / per.factor }
        return Measure(value, other.unit, per: other.per)
    }
}

/// A value of the query language.
public enum Value: Sendable {
    case number(Decimal)
    case measure(Measure)
    case text(String)
    case bool(Bool)
    case null
    case list([Value])
    /// Fields in order.
    case record([(String, Value)])
    /// A fact of the store: a quantity that keeps its provenance. (Indirect,
    /// as is `indicator`: boxed, a fact or an indicator's hundreds of bytes are
    /// not carried in every value, list element and stack frame. Inline, they
    /// made the evaluator's frame 28 KB deep.)
    indirect case fact(Fact)
    /// An indicator of a plugin: its value, target, status and source.
    indirect case indicator(IndicatorValue)
    /// A derived indicator's result, with the formula and the inputs it came from.
    case derived(path: String, formula: String, result: Box, inputs: [IndicatorValue])

    /// Indirection so that `derived` can hold a value.
    public final class Box: @unchecked Sendable {
        public let value: Value
        public init(_ value: Value) { self.value = value }
    }

    /// A short type name for error messages.
    public var typeName: String {
        switch self {
        case .number: "number"
        case .measure(let m): m.unit.dimension == .percent ? "percentage" : "quantity in \(m.symbol)"
        case .text: "text"
        case .bool: "boolean"
        case .null: "null"
        case .list: "list"
        case .record: "record"
        case .fact: "fact"
        case .indicator: "indicator"
        case .derived: "derived indicator"
        }
    }

    /// The plain value underneath provenance: a fact's quantity, an indicator's actual value.
    public var scalar: Value {
        switch self {
        case .fact(let fact): return .measure(Measure(fact.quantity))
        case .indicator(let indicator): return indicator.actual.map { .measure(Measure($0.quantity)) } ?? .null
        case .derived(_, _, let result, _): return result.value.scalar
        default: return self
        }
    }
}
