import FoundationEssentials
import Platform
import Facts

extension Fact {
    /// The value as the report would write it, with a range's upper bound and a ratio's whole:
    /// `10–11%`, `1.480/1.530 học sinh`, `1.234 tỷ đồng`.
    public func formattedValue(_ style: NumberStyle = .vietnamese) -> String {
        var number = style.format(value)
        if let upper { number += "–" + style.format(upper) }
        if let denominator { number += "/" + style.format(denominator) }
        if unit.symbol.isEmpty { return number }
        return unit.dimension == .percent ? number + unit.symbol : "\(number) \(unit.symbol)"
    }
}
