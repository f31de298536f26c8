import FoundationEssentials
import Facts

extension Fact {
    /// The plan a figure is written over, as lists of targets write it:
    /// `815/800 ha`, `93,1/95%`, `9,8/8,5 tỷ đồng`, `21/21 thanh niên,
    /// đạt 100% kế hoạch`. The number after the slash is more often the
    /// whole the figure is part of (`5.846/6.312 hộ`, `9/13 xã`); it is read
    /// as the plan only where it cannot be a whole (``SlashedFigure``), or
    /// where its share of it is the share of plan the sentence gives.
    var slashPlan: Decimal? {
        guard let whole = denominator, whole > 0 else { return nil }
        if SlashedFigure.isOverPlan(value, whole: whole, unit: unit) { return whole }
        // `đạt 100,8% kế hoạch`, `vượt 8,3%`: the share the slash gives, to the report's rounding.
        let share = comparison(.percentOfPlan)?.value
            ?? comparison(.exceedsPlanBy).flatMap { $0.unit.dimension == .percent ? 100 + $0.value : nil }
        guard let share else { return nil }
        let given = value * 100 / whole - share
        return given < Self.roundingOfShare && -given < Self.roundingOfShare ? whole : nil
    }

    /// How far a share written to one decimal may stand from the figure over its plan.
    private static let roundingOfShare: Decimal = 0.1
}
