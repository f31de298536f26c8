import FoundationEssentials
import Platform
import Facts

extension Fact {
    /// The value as the report would write it, with a range's upper bound and a ratio's whole:
    /// `10–11%`, `1.480/1.530 học sinh`, `1.234 tỷ đồng`.
    public func formattedValue(_ style: NumberStyle = .vietnamese) -> String {
        // A range of falls as it is typed back: `-(1,5–2%)`.
        if let upper, value < 0, upper < 0 {
            let positive = restated(Quantity(-value, unit), upper: -upper)
            return "-(" + positive.formattedValue(style) + ")"
        }
        var number = style.format(value)
        if let upper { number += "–" + style.format(upper) }
        if let denominator { number += "/" + style.format(denominator) }
        if unit.symbol.isEmpty { return number }
        return unit.dimension == .percent ? number + unit.symbol : "\(number) \(unit.symbol)"
    }
}
