import FoundationEssentials

/// A figure written over a second number, as lists of targets write what
/// was done over what was planned (`815/800 ha`, `93,1/95%`, `9,8/8,5 tỷ
/// đồng`) and as reports write a part over its whole (`5.846/6.312 hộ`,
/// `9/13 xã`). Both the reading (a bare share after it) and the indicators
/// (its plan) ask which it is.
public enum SlashedFigure {
    /// Whether the number after the slash can only be a plan, not a whole the
    /// figure is part of: the figure exceeds it, is a rate, or is an amount
    /// of money, land or goods (no part of a count). A count over a whole
    /// (`21/21 thanh niên`) may still be over its plan where its sentence says so.
    public static func isOverPlan(_ value: Decimal, whole: Decimal, unit: QuantityUnit) -> Bool {
        guard whole > 0 else { return false }
        if value > whole { return true }
        switch unit.dimension {
        case .percent, .money, .area, .mass, .volume: return true
        default: return false
        }
    }
}
