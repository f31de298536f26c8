import FoundationEssentials

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

extension Quantity {
    /// `1.234 tỷ đồng`, `8,25%`, `2.450.000 lượt` — as the report writes it, or internationally.
    public func formatted(_ style: NumberStyle = .vietnamese) -> String {
        let number = VietnameseNumber.format(value, style: style)
        if unit.symbol.isEmpty { return number }
        if unit.dimension == .percent { return number + "%" }
        return "\(number) \(unit.symbol)"
    }
}
