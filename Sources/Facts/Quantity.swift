import FoundationEssentials
import Platform
import Report

/// An exact decimal value in a unit.
public struct Quantity: Hashable, Sendable {
    public var value: Decimal
    public var unit: QuantityUnit

    public init(_ value: Decimal, _ unit: QuantityUnit) {
        self.value = value
        self.unit = unit
    }

    /// The value in the dimension's base unit (đồng, m², kg, …).
    public var baseValue: Decimal { value * unit.factor }

    /// The same amount in `target`, or nil when the dimensions differ.
    public func converted(to target: QuantityUnit) -> Quantity? {
        guard unit.isCompatible(with: target), target.factor != 0 else { return nil }
        if unit.factor == target.factor { return Quantity(value, target) }
        return Quantity(baseValue / target.factor, target)
    }
}
