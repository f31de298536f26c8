import FoundationEssentials
import Platform
import Report

/// What a unit measures. Units convert only within one dimension.
public enum Dimension: Hashable, Sendable, CustomStringConvertible {
    /// Money in one currency (`VND`, `USD`): currencies never convert into each other.
    case money(currency: String)
    case area
    case length
    case volume
    case mass
    case percent
    /// Things counted by a noun (`hộ`, `lượt`, `dự án`); nouns never convert into each other.
    case count(noun: String)
    /// A bare number.
    case number
    /// An amount per something (`triệu đồng/tháng`, `tạ/ha`, `đồng/người/năm`):
    /// the base dimension, and what it is per, as written.
    indirect case rate(Dimension, per: String)

    public var description: String {
        switch self {
        case .money(let currency): "money (\(currency))"
        case .area: "area"
        case .length: "length"
        case .volume: "volume"
        case .mass: "mass"
        case .percent: "percent"
        case .count(let noun): noun.isEmpty ? "count" : "count of \(noun)"
        case .number: "number"
        case .rate(let base, let per): "\(base) per \(per)"
        }
    }

    /// A short family name for filters and JSON: `money`, `area`, `count`, …
    public var family: String {
        switch self {
        case .money: "money"
        case .area: "area"
        case .length: "length"
        case .volume: "volume"
        case .mass: "mass"
        case .percent: "percent"
        case .count: "count"
        case .number: "number"
        case .rate: "rate"
        }
    }
}

/// A unit as the report writes it (`tỷ đồng`, `ha`, `nghìn lượt`) with its
/// dimension and its size in the dimension's base unit (đồng, m², …).
public struct QuantityUnit: Hashable, Sendable, CustomStringConvertible {
    /// The unit's parts, held once and shared by every copy: a unit is copied
    /// into each quantity, fact and comparison, and a copy of three stored
    /// parts retained two strings (the symbol and the dimension's noun or
    /// currency). One reference also makes a fact 48 bytes smaller.
    private final class Parts: Sendable {
        let symbol: String
        let dimension: Dimension
        let factor: Decimal

        init(symbol: String, dimension: Dimension, factor: Decimal) {
            self.symbol = symbol
            self.dimension = dimension
            self.factor = factor
        }
    }

    private let parts: Parts

    public var symbol: String { parts.symbol }
    public var dimension: Dimension { parts.dimension }
    /// How many base units one of this unit is: `tỷ đồng` → 1,000,000,000.
    public var factor: Decimal { parts.factor }

    public init(symbol: String, dimension: Dimension, factor: Decimal = 1) {
        parts = Parts(symbol: symbol, dimension: dimension, factor: factor)
    }

    /// Equal when symbol, dimension and factor are: two units built apart are
    /// equal as they were when these were stored (the shared parts answer at once).
    public static func == (lhs: QuantityUnit, rhs: QuantityUnit) -> Bool {
        lhs.parts === rhs.parts
            || (lhs.symbol == rhs.symbol && lhs.dimension == rhs.dimension && lhs.factor == rhs.factor)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(symbol)
        hasher.combine(dimension)
        hasher.combine(factor)
    }

    public var description: String { symbol }

    /// A bare number, no unit.
    public static let none = QuantityUnit(symbol: "", dimension: .number)
    public static let percent = QuantityUnit(symbol: "%", dimension: .percent)
    /// Per mille (`tỷ suất sinh 14,6‰`), a tenth of a percent: birth and death
    /// rates are written in it. Like `%`, it is written touching its number.
    public static let permille = QuantityUnit(symbol: "‰", dimension: .percent, factor: Decimal(string: "0.1")!)

    /// Percentage points (`giảm 0,8 điểm phần trăm`), the change of a rate
    /// in percent: counted apart from percent, so that a rate and its change
    /// never convert into each other.
    public static let points = QuantityUnit(symbol: "điểm %", dimension: .count(noun: "điểm %"))

    /// Whether the unit is percentage points.
    public var isPoints: Bool { dimension == Self.points.dimension }

    /// Whether the unit counts things (`vụ`, `chỉ tiêu`, `thôn`) rather than measuring.
    public var isCount: Bool {
        if case .count = dimension { true } else { false }
    }

    /// Whether values of the two units can be converted into each other.
    public func isCompatible(with other: QuantityUnit) -> Bool { dimension == other.dimension }

    /// Whether this is an amount of `unit`'s kind per something (`triệu
    /// đồng/người/năm` of `triệu đồng`): what a target, a change or a goal
    /// that leaves out the per is set against.
    public func isRate(of unit: QuantityUnit) -> Bool {
        guard case .rate(let base, _) = dimension else { return false }
        return base == unit.dimension
    }
}
