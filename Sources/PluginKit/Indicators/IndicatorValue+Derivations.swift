import FoundationEssentials
import Facts
import Platform
import Query

/// The values baocao computes from an indicator's facts — last year's value,
/// the plan, the level a target implies — each with how it was computed and
/// from which facts, so that `.why` shows them as it shows a query's.
extension IndicatorValue {
    /// A computed value: the amount, the formula in the report's terms, and the facts it read by name.
    public struct Derivation: Sendable {
        public var quantity: Quantity
        public var formula: String
        public var inputs: [(name: String, fact: Fact)]
        /// The upper bound, in the quantity's unit, of a value stated as a range (a plan of `11–12%`).
        public var upper: Decimal? = nil
    }

    /// Last year's value as the report states it beside the value (`(cùng kỳ
    /// năm trước 3.120 tấn)`, `giảm từ 4,8% xuống còn 3,5%`), else implied by
    /// the value and its change on last year (`bằng 97,7% so với năm 2022`,
    /// `tăng 2,5%`, `giảm 04 vụ`, and for a rate `giảm 0,02%`, in percentage
    /// points), in its sentence or elsewhere.
    public var previous: Quantity? { previousDerivation?.quantity }

    /// The plan of the period reported on: as the value's sentence or table
    /// row states it (`(kế hoạch 96%)`, `chưa đạt mục tiêu 95%`, a column of
    /// plans, `815/800 ha`), else implied by the value and its share of plan: actual ÷ (attainment / 100).
    public var plan: Quantity? { planDerivation?.quantity }

    public var previousDerivation: Derivation? {
        guard let actual else { return nil }
        // Last year's figure as the report gives it (`(cùng kỳ năm trước 3.120 tấn)`, `giảm từ 4,8% xuống còn 3,5%`),
        // of a rate without its per, as the target is read (`58,2 triệu đồng/người/năm (CK 53,6 triệu đồng)`).
        if let (value, unit, _) = actual.comparison(.previousValue),
           let previous = Quantity(value, Self.statedUnit(unit, of: actual)).converted(to: actual.unit) {
            return Derivation(quantity: previous, formula: "stated beside \(path).actual (the figure a year before)",
                              inputs: [(path + ".actual", actual)])
        }
        return approximated(previousReckoned(from: actual), from: actual)
    }

    /// Last year's value reckoned from the value and its change or share of last year's.
    private func previousReckoned(from actual: Fact) -> Derivation? {
        let style = NumberStyle.vietnamese, actualName = path + ".actual"
        // (An index's share of last year's, restated as its change, is no share of a level.)
        if actual.role != .comparison(.changeOnPrevious), let (share, _, _) = actual.comparison(.percentOfPrevious), share != 0 {
            let (previous, whole) = Self.whole(actual.value * 100 / share, in: actual.unit)
            return Derivation(quantity: Quantity(previous, actual.unit),
                              formula: "\(actualName) ÷ \(style.format(share))% (its share of last year's)\(whole)", inputs: [(actualName, actual)])
        }
        let separate = actual.comparison(.changeOnPrevious) == nil ? change : nil
        guard let (amount, unit) = actual.comparison(.changeOnPrevious).map({ ($0.value, $0.unit) })
            ?? separate.map({ ($0.value, $0.unit) }) else { return nil }
        let inputs = [(actualName, actual)] + (separate.map { [(path + ".change", $0)] } ?? [])
        // The change by name when it is a fact of its own, else its size as its sentence gives it.
        let magnitude = style.format(amount < 0 ? -amount : amount) + (unit.dimension == .percent ? unit.symbol : " " + unit.symbol)
        // Taking the change away: `− 1 vụ` for a rise, `+ 8 giấy phép` for a fall, never `− −8`.
        let less = separate != nil ? "− " + path + ".change" : (amount < 0 ? "+ " : "− ") + magnitude
        if unit.dimension == .percent {
            // A rate's change in its own unit is in points; `giảm 0,3%` of a rate in ‰ is relative.
            if actual.unit.dimension == .percent, unit.factor == actual.unit.factor || unit != .percent {
                let points = amount * unit.factor / actual.unit.factor
                let kind = actual.unit == .percent ? "percentage points" : "points of \(actual.unit.symbol)"
                return Derivation(quantity: Quantity(actual.value - points, actual.unit),
                                  formula: "\(actualName) \(less) (in \(kind))", inputs: inputs)
            }
            let moved = separate != nil ? "+ " + path + ".change" : (amount < 0 ? "− " : "+ ") + magnitude
            // A count was whole: its last year, from a change rounded to a percentage, is the nearest whole count
            // (`17 vụ, giảm 23,5%`: 22 vụ, not 22,22).
            let (previous, whole) = Self.whole(actual.value * 100 / (100 + amount), in: actual.unit)
            return Derivation(quantity: Quantity(previous, actual.unit), formula: "\(actualName) ÷ (100% \(moved))\(whole)", inputs: inputs)
        }
        // `giảm 0,8 điểm phần trăm` of a rate: its change in points.
        if unit.isPoints, actual.unit.dimension == .percent {
            return Derivation(quantity: Quantity(actual.value - amount / actual.unit.factor, actual.unit),
                              formula: "\(actualName) \(less) (in percentage points)", inputs: inputs)
        }
        // `tăng 4,9 triệu đồng` of `54,6 triệu đồng/người/năm`: the change leaves out the per.
        guard unit.isCompatible(with: actual.unit) || actual.unit.isRate(of: unit) else { return nil }
        return Derivation(quantity: Quantity(actual.value - amount * unit.factor / actual.unit.factor, actual.unit),
                          formula: "\(actualName) \(less)", inputs: inputs)
    }

    /// A count's figure derived from a percentage, to the nearest whole count in the unit's own places
    /// (`1,71 triệu lượt` is 1.713.781 visits, six places of millions), with the words its formula says so
    /// in; any other figure as it is, and no words.
    static func whole(_ value: Decimal, in unit: QuantityUnit) -> (value: Decimal, note: String) {
        guard unit.isCount else { return (value, "") }
        var places = 0, factor = unit.factor
        while factor >= 10 { factor /= 10; places += 1 }
        return (value.rounded(places: places), ", to the nearest whole count")
    }

    /// The change on last year as the report states it beside the value
    /// (`tăng 12%`, `giảm 3 vụ`, in the report's unit: a rate's `giảm 0,8%` is
    /// in points), or as the value's share of last year's (`bằng 109% so với
    /// cùng kỳ`: +9%). Nil where the report gives the change apart from the
    /// value (``change``, a fact of its own) and for a value that is itself a change.
    /// With no value, the change said beside its share of plan (`ước đạt 54,7%
    /// dự toán, tăng 14% so với cùng kỳ`) is the change of what the share measures.
    public var changeDerivation: Derivation? {
        if actual == nil, let share, let (value, unit, _) = share.comparison(.changeOnPrevious) {
            return Derivation(quantity: Quantity(value, unit),
                              formula: "stated beside \(path).attainment (the change on last year of what it measures)",
                              inputs: [(path + ".attainment", share)])
        }
        guard let actual, actual.role != .comparison(.changeOnPrevious) else { return nil }
        let actualName = path + ".actual"
        if let (value, unit, _) = actual.comparison(.changeOnPrevious) {
            return Derivation(quantity: Quantity(value, unit), formula: "stated beside \(actualName) (its change on last year)",
                              inputs: [(actualName, actual)])
        }
        guard let (share, unit, _) = actual.comparison(.percentOfPrevious), unit.dimension == .percent else { return nil }
        return Derivation(quantity: Quantity(share - 100, unit),
                          formula: "\(NumberStyle.vietnamese.format(share))% − 100% (\(actualName)'s share of last year's)",
                          inputs: [(actualName, actual)])
    }

    /// The change on last year as the report states it, beside the value
    /// (``changeDerivation``) or apart (``change``): what exports write.
    public var statedChange: Quantity? { changeDerivation?.quantity ?? change?.quantity }

    public var planDerivation: Derivation? {
        guard let actual else { return nil }
        if let (stated, upper) = statedPlan(of: actual) {
            let written = actual.comparison(.target) == nil ? "written after the slash of" : "stated beside"
            return Derivation(quantity: stated, formula: "\(written) \(path).actual (the plan it was set against)",
                              inputs: [(path + ".actual", actual)], upper: upper)
        }
        // A rate past its plan by a percentage (`98,6%, vượt 0,6% kế hoạch`) is past it by points: the plan is 98%.
        // An amount past it by an amount (`52.310 tấn, vượt 310 tấn so với kế hoạch`) is past it by that: 52.000 tấn.
        // Where less is better, past the plan is under it (`còn 71 hộ nghèo, … vượt 6 hộ so với KH`: the plan was 77).
        // A rate short of it in points (`93,6%, thấp hơn 1,4 điểm phần trăm so với chỉ tiêu`) is short by them: 95%.
        let inPoints = actual.unit.dimension == .percent && actual.comparison(.exceedsPlanBy)?.unit.isPoints == true
        if actual.comparison(.percentOfPlan) == nil, let (excess, unit, _) = actual.comparison(.exceedsPlanBy),
           unit == actual.unit || unit.dimension != .percent,
           let over = inPoints ? Quantity(excess, actual.unit) : Quantity(excess, unit).converted(to: actual.unit) {
            let how = unit.dimension == .percent || inPoints ? "in percentage points" : "in \(actual.unit.symbol)"
            let under = indicator.lowerIsBetter
            return Derivation(quantity: Quantity(under ? actual.value + over.value : actual.value - over.value, actual.unit),
                              formula: "\(path).actual \(under ? "+" : "−") \(NumberStyle.vietnamese.format(over.value)) (its excess over plan, \(how))",
                              inputs: [(path + ".actual", actual)])
        }
        guard let attainment, attainment != 0 else { return nil }
        return approximated(Derivation(quantity: Quantity(actual.value * 100 / attainment, actual.unit),
                                       formula: "\(path).actual ÷ \(NumberStyle.vietnamese.format(attainment))% (its share of plan)",
                                       inputs: [(path + ".actual", actual)]), from: actual)
    }

    /// A value reckoned from an approximate one (`trên 152.000 lượt`), said so: it is no more exact than what it starts from.
    private func approximated(_ derivation: Derivation?, from actual: Fact) -> Derivation? {
        guard var derivation else { return nil }
        for case .approximate(let word) in actual.qualifiers {
            derivation.formula += "; as approximate as \(path).actual (`\(word)`)"
            break
        }
        return derivation
    }

    /// The target the value's sentence sets it against, in the value's unit
    /// (or the unit a rate is of), with its upper bound for a range (`từ 11-12%`).
    private func statedPlan(of actual: Fact) -> (Quantity, upper: Decimal?)? {
        for case .comparison(.target, let value, let upper, let unit, _) in actual.qualifiers {
            let from = Self.statedUnit(unit, of: actual)
            guard let level = Quantity(value, from).converted(to: actual.unit) else { continue }
            return (level, upper.flatMap { Quantity($0, from).converted(to: actual.unit)?.value })
        }
        // `815/800 ha`: the figure over its plan.
        return slashPlan(of: actual).map { (Quantity($0, actual.unit), nil) }
    }

    /// The plan written after `figure`'s slash (``Fact/slashPlan``), or for a quota (``Indicator/slashIsQuota``)
    /// the number after it, whatever it is.
    func slashPlan(of figure: Fact) -> Decimal? {
        figure.slashPlan ?? (indicator.slashIsQuota ? figure.denominator.flatMap { $0 > 0 ? $0 : nil } : nil)
    }

    /// The unit of a figure stated beside the value: the value's own where it
    /// leaves out what a rate is per (`(mục tiêu 88 triệu đồng)`, `(CK 53,6
    /// triệu đồng)` beside `… triệu đồng/người/năm`), else its own.
    private static func statedUnit(_ unit: QuantityUnit, of actual: Fact) -> QuantityUnit {
        actual.unit.isRate(of: unit) && unit.factor == actual.unit.factor ? actual.unit : unit
    }

    /// The level a target implies: for a change target, this year's value moved by the change.
    public var targetLevelDerivation: Derivation? {
        guard let planTarget, let level = targetLevel else { return nil }
        var inputs = [(path + ".target", planTarget.fact)]
        guard planTarget.kind == .change, let actual else {
            return Derivation(quantity: level, formula: "\(path).target, its lower bound for a range", inputs: inputs)
        }
        inputs.insert((path + ".actual", actual), at: 0)
        return Derivation(quantity: level, formula: "\(path).actual moved by \(path).target", inputs: inputs)
    }
}
