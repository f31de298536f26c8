import FoundationEssentials
import Platform
import Facts

/// An amount with a unit, possibly per another unit (`đồng/lượt`): the
/// result of dividing quantities of different dimensions.
public struct Measure: Hashable, Sendable {
    /// The value: a range's lower bound, a fraction's part.
    public var value: Decimal
    public var unit: QuantityUnit
    /// The unit divided by, for a compound unit.
    public var per: QuantityUnit?
    /// A range's upper bound (`1.800–2.000 người`).
    public var upper: Decimal?
    /// A fraction's whole (`16/18 chỉ tiêu`).
    public var whole: Decimal?
    /// Whether it is a value of the report as written (printed exactly), not one computed.
    public var isFromReport = false
    /// A change target's implied level (`-5%` of 27 vụ is 25,65 vụ): what it
    /// compares as with a quantity of another dimension.
    public var impliedLevel: Quantity?

    public init(_ value: Decimal, _ unit: QuantityUnit, per: QuantityUnit? = nil, upper: Decimal? = nil, whole: Decimal? = nil) {
        self.value = value
        self.unit = unit
        self.per = per
        // The report's rate (`triệu đồng/tháng`, one unit) as the language holds
        // a quotient's: a unit per another, so that the two compare and convert.
        // The symbol is the base's, `/`, then what it is per (`tấn/ha/năm`: `tấn` per `ha/năm`).
        if per == nil, case .rate(let dimension, let perName) = unit.dimension, unit.symbol.hasSuffix("/" + perName) {
            self.unit = QuantityUnit(symbol: String(unit.symbol.dropLast(perName.count + 1)), dimension: dimension, factor: unit.factor)
            self.per = UnitLexicon.perUnit(named: perName)
        }
        self.upper = upper
        self.whole = whole
    }

    public init(_ quantity: Quantity) { self.init(quantity.value, quantity.unit) }

    /// A fact's quantity with its range or fraction: what the report wrote.
    public init(fact: Fact) {
        self.init(fact.value, fact.unit, upper: fact.upper, whole: fact.denominator)
        isFromReport = true
        for case .comparison(.impliesLevel, let value, _, let unit, _) in fact.qualifiers { impliedLevel = Quantity(value, unit) }
    }

    /// Whether it is a range, a fraction or one value.
    public var kind: String { upper != nil ? "range" : (whole != nil ? "fraction" : "value") }

    public var symbol: String { per.map { "\(unit.symbol)/\($0.symbol)" } ?? unit.symbol }

    /// Whether two measures can be added, compared or converted into each other.
    public func isCompatible(with other: Measure) -> Bool {
        unit.dimension == other.unit.dimension && per?.dimension == other.per?.dimension
    }

    /// The same amount in the other measure's units.
    public func converted(toUnitOf other: Measure) -> Measure? {
        guard isCompatible(with: other), other.unit.factor != 0 else { return nil }
        // A conversion is exact: a value of the report converted still prints as written, in its new unit.
        var converted: Measure
        if unit.factor == other.unit.factor && per?.factor == other.per?.factor {
            converted = Measure(value, other.unit, per: other.per, upper: upper, whole: whole)  // the common case: no arithmetic needed
        } else {
            var scale = unit.factor / other.unit.factor
            if let per, let otherPer = other.per { scale = scale * otherPer.factor / per.factor }
            converted = Measure(value * scale, other.unit, per: other.per, upper: upper.map { $0 * scale }, whole: whole.map { $0 * scale })
        }
        converted.isFromReport = isFromReport
        return converted
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
    /// A fact of the store: a quantity that keeps its provenance. (Boxed, so
    /// that a fact's bytes are not carried in every value, list element and
    /// stack frame.)
    indirect case fact(Fact)
    /// A thing of the catalogue, such as an indicator: its value, target, status and source.
    case entity(any QueryEntity)
    /// A formula's result (a derived indicator), with the formula and the
    /// values of the names it read.
    case derived(path: String, formula: String, result: Box, inputs: [Value])

    /// The field naming an input of a computed value that is a fact read by
    /// a name of its own (`economy.tourism.revenue.target`): `{input, value}`.
    public static let inputName = "input"

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
        case .entity(let entity): entity.kind
        case .derived: "derived indicator"
        }
    }

    /// The plain value underneath provenance: a fact's quantity, an indicator's actual value.
    public var scalar: Value {
        switch self {
        case .fact(let fact): return .measure(Measure(fact: fact))
        case .entity(let entity): return entity.primary.scalar
        case .derived(_, _, let result, _): return result.value.scalar
        default: return self
        }
    }

    /// A list of facts that no one else holds (a search's): each fact is moved into its value, not
    /// copied and then released with the array it came in.
    public static func list(moving facts: consuming [Fact]) -> Value {
        let count = facts.count
        return .list([Value](unsafeUninitializedCapacity: count) { values, initialized in
            var index = count
            while let fact = facts.popLast() {
                index -= 1
                (values.baseAddress! + index).initialize(to: .fact(fact))
            }
            initialized = count
        })
    }
}

import Platform
import Facts

/// A thing of the catalogue a query holds whole, keeping where it came from:
/// an indicator of a domain plugin, with its value, target, status and source.
/// The language reads it through this protocol alone; the plugin layer
/// defines what it is.
public protocol QueryEntity: Sendable {
    /// What it is, for messages and JSON: `indicator`.
    var kind: String { get }
    /// Its name in the language: `economy.tourism.revenue`.
    var name: String { get }
    /// The value it stands for, as a fact that knows its source, or `null`.
    var primary: Value { get }
    /// The fields it offers (`actual`, `target`, `status` …), for errors and completion.
    var fieldNames: [String] { get }
    /// The field `name`, or nil if it has none.
    func field(_ name: String) -> Value?
}
