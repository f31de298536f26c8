import FoundationEssentials
import Facts

/// A unit as a query writes it after a number or `in`: one unit (`tỷ đồng`),
/// or one per another (`đồng/lượt`, `triệu đồng/tháng`) as baocao prints a
/// quotient's.
public struct MeasureUnit: Hashable, Sendable {
    public var unit: QuantityUnit
    public var per: QuantityUnit?

    public init(_ unit: QuantityUnit, per: QuantityUnit? = nil) {
        self.unit = unit
        self.per = per
    }

    public static let percent = MeasureUnit(.percent)

    /// As baocao prints it: `đồng/lượt`.
    public var symbol: String { per.map { "\(unit.symbol)/\($0.symbol)" } ?? unit.symbol }

    /// `value` in this unit.
    public func measure(_ value: Decimal) -> Measure { Measure(value, unit, per: per) }
}
