import FoundationEssentials
import Facts
import Report
import Platform
import Query

/// Whether an indicator met its plan: what the report says (`met`,
/// `missed`), else what arithmetic on its share of plan or stated target
/// gives (`reached plan`, `below plan`), else `unknown`.
public enum IndicatorStatus: String, Hashable, Sendable, CaseIterable {
    /// The report says so: `đạt kế hoạch`, `vượt …`, `đạt 101% kế hoạch`, `hoàn thành chỉ tiêu`.
    case met
    /// The report says so: `chưa đạt`, `không đạt`, or a list of the targets missed.
    case missed
    /// The report gives no verdict; the target stated in its sentence is reached.
    case reachedPlan = "reached plan"
    /// The report gives no verdict; its share of plan or target falls short.
    case belowPlan = "below plan"
    /// The report covers part of the year (6 months, a quarter) and gives no
    /// verdict; its share of the year's plan or target falls short, as it may
    /// until the year ends: no shortfall yet.
    case inProgress = "in progress"
    case unknown

    /// Whether the report's own words decided it.
    public var isFromText: Bool { self == .met || self == .missed }
}

/// An indicator read from the store: its year's value, next year's target,
/// and how it stood against plan — each a fact that knows its source.
public struct IndicatorValue: Sendable {
    /// The full path: `economy.tourism.revenue`.
    public var path: String
    public var namespace: String
    public var indicator: Indicator {
        get { indicatorBox.indicator }
        set { indicatorBox = IndicatorBox(newValue) }
    }
    /// The indicator behind one reference: values are copied often (an import
    /// makes hundreds a report), and an indicator's rules are many arrays to retain.
    private var indicatorBox: IndicatorBox
    public var actual: Fact?
    public var target: Fact?
    /// A sentence elsewhere that says the indicator fell short (`02 chỉ tiêu
    /// không đạt là … tai nạn giao thông`), when its own sentence says nothing.
    public var shortfallSentence: String?
    /// How far the plan was reached, when the report gives that and not the
    /// figure (`Thu ngân sách đạt 128,4% dự toán`): a share of plan or the
    /// excess over it, in percent. Only when there is no ``actual``.
    public var share: Fact? { actual == nil && beside?.role.isPlanShare == true ? beside : nil }
    /// The report the value was read from, and what its header says (place, period, year).
    public var report: String = ""
    public var header: ReportHeader?
    /// The value's change on last year when its own sentence gives none: in the
    /// sentence its footnote hangs on, or opening the next (`Giảm 0,02% so với năm 2022`).
    /// With no value and no share, the change the report gives in its place
    /// (`Thu nội địa giảm 4,2% so với cùng kỳ`).
    public var change: Fact? { actual != nil || beside?.role.isPlanShare == false ? beside : nil }
    /// What the report gives for the indicator: its value, else its share of
    /// plan, else its change on last year; the fact its source and `.why` show.
    public var given: Fact? { actual ?? share ?? change }
    /// The ``change`` of a value, or with no value its ``share`` or else its
    /// change: a value has no share and a share no change, so one field holds
    /// either (values are copied often, and a fact is large).
    private let beside: Fact?
    /// The target's sentence folded, when the store keeps it: reading the
    /// target's kind needs it, and folding the sentence again cost more than
    /// the rest of a one-shot answer. Nil: it is folded when needed.
    public var targetFolded: FoldedText?
    /// The parts a report counts the value in (`12 chỉ tiêu vượt …, 7 chỉ tiêu
    /// đạt …`), when it does: the value is their sum (``PartsSum``). Empty otherwise.
    public var parts: [Fact] = []
    /// The value as the report writes it: its number and unit, or its parts
    /// joined (`12 chỉ tiêu + 7 chỉ tiêu`) when it is their sum.
    public var writtenText: String? { parts.count > 1 ? parts.map(\.text).joined(by: " + ") : actual?.text }

    public init(path: String, namespace: String, indicator: Indicator, actual: Fact?, target: Fact?,
                shortfallSentence: String? = nil, change: Fact? = nil, share: Fact? = nil) {
        self.path = path
        self.namespace = namespace
        indicatorBox = IndicatorBox(indicator)
        // An indicator with no status counts verdicts (`02 chỉ tiêu không đạt`): its value carries none.
        let kept = indicator.hasStatus ? actual : actual?.withoutVerdict()
        self.actual = indicator.actual.takesChanges ? kept.map(Self.asChangeValue) : kept
        self.target = indicator.target?.takesChanges == true ? target.map(Self.asChange) : target
        self.shortfallSentence = shortfallSentence
        beside = actual != nil ? change : (indicator.hasStatus ? share : nil) ?? change
    }

    /// A share of last year's that qualifies no figure (`Chỉ số sản xuất công
    /// nghiệp bằng 107,2% so với năm 2024`), restated as the change it is
    /// (+7,2%) for an indicator whose value is a change, with the share as
    /// the report gives it among its qualifiers (a target alike: `phấn đấu
    /// chỉ số giá tiêu dùng bằng 104% so với năm trước`); any other fact as it is.
    /// So is an index's level, which the genre writes against last year's 100
    /// (`Chỉ số sản xuất công nghiệp ước đạt 109,3%`, a table's `109,3`): a
    /// figure from 50% to 200% of a sentence naming an index (`chỉ số`), with no
    /// change of its own, is no rise of 109%.
    static func asChange(_ fact: Fact) -> Fact {
        guard SentenceBinding.isShareOfPreviousAlone(fact) || isIndexLevel(fact) else { return fact }
        return fact.restated(Quantity(fact.value - 100, fact.unit), upper: fact.upper.map { $0 - 100 }, role: .comparison(.changeOnPrevious))
            .adding(.comparison(.percentOfPrevious, value: fact.value, upper: fact.upper, unit: fact.unit, fact: fact.id))
    }

    /// The value of an indicator whose value is a change, from the fact found: ``asChange(_:)``, then ``asFall(_:)``.
    static func asChangeValue(_ fact: Fact) -> Fact { asFall(asChange(fact)) }

    /// A growth the report gives as a fall with no comparison named (`khu
    /// vực nông, lâm, thủy sản giảm 1,4%`), which the reading keeps as a
    /// figure of 1,4%: restated below zero, for an indicator whose value is a
    /// change (its target is read for its direction by ``PlanTarget``); any other fact as it is.
    static func asFall(_ fact: Fact) -> Fact {
        guard fact.role == .primary, fact.unit.dimension == .percent, fact.value > 0,
              wordBefore(fact, skipping: approximations) == fallWord else { return fact }
        return fact.restated(Quantity(-fact.value, fact.unit), upper: fact.upper.map { -$0 })
    }

    /// The folded word before the fact's number in its sentence, past any of `skipping`.
    private static func wordBefore(_ fact: Fact, skipping: Set<[UInt8]>) -> [UInt8] {
        let folded = FoldedText(folding: fact.sentence)
        var end = min(folded.byteOffset(ofScalar: fact.sentenceOffset), folded.bytes.count)
        while true {
            while end > 0, folded.bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            var start = end
            while start > 0, PhrasePattern.isWordByte(folded.bytes[start - 1]) { start -= 1 }
            let word = Array(folded.bytes[start..<end])
            guard skipping.contains(word), start < end else { return word }
            end = start
        }
    }

    private static let fallWord = Array("giam".utf8)
    private static let approximations: Set<[UInt8]> = Set(["hon", "khoang", "gan", "tren", "duoi", "xap", "xi"].map { Array($0.utf8) })

    /// Whether a primary figure in percent is an index's level (see ``asChange(_:)``).
    private static func isIndexLevel(_ fact: Fact) -> Bool {
        guard fact.role == .primary, fact.unit == .percent, fact.value >= 50, fact.value <= 200, fact.upper == nil,
              fact.comparison(.changeOnPrevious) == nil, fact.comparison(.percentOfPrevious) == nil else { return false }
        return indexWord.isFound(in: FoldedText(folding: fact.sentence))
    }

    private static let indexWord = PhrasePattern("chỉ số")

    /// Whether the report says anything of the indicator: a value, a target,
    /// a share of plan, a change on last year, or that it was missed.
    public var saysAnything: Bool { actual != nil || target != nil || beside != nil || shortfallSentence != nil }

    /// The report's verdict on the value: in its own sentence (or its share's), or on its change elsewhere.
    var verdict: PlanStatus? { (actual ?? share)?.status ?? change?.status }

    /// A comparison of `kind` the value carries; with no value, the share
    /// that stands for it, if of that kind.
    private func compared(_ kind: ComparisonKind) -> (value: Decimal, unit: QuantityUnit)? {
        if let actual { return actual.comparison(kind).map { ($0.value, $0.unit) } }
        guard let share, share.role == .comparison(kind) else { return nil }
        return (share.value, share.unit)
    }

    /// Where the share of plan is read one way of two: `vượt 140% kế
    /// hoạch` is written both for 240% of plan (exceeded by 140%) and for
    /// 140%; baocao reads the words as they stand and says so.
    public var attainmentNote: String? {
        guard compared(.percentOfPlan) == nil,
              let (excess, unit) = compared(.exceedsPlanBy), unit.dimension == .percent, excess >= 100 else { return nil }
        let style = NumberStyle.vietnamese
        return "“vượt \(style.format(excess))% kế hoạch” is read as \(style.format(100 + excess))% of plan; "
            + "reports also write it for \(style.format(excess))%"
    }

    /// The target read for its kind (level, range, change or level to keep), from this year's value.
    public var planTarget: PlanTarget? {
        targetInValueUnit.map {
            PlanTarget($0, base: actual, folded: targetFolded, valueIsChange: valueIsChange,
                       addsToCount: indicator.target?.addsToCount == true)
        }
    }

    /// The target in the value's unit where the plan leaves out what a rate
    /// is per: `thu nhập bình quân đầu người 56 triệu đồng` is per person and
    /// year, as the value it is set against (`… triệu đồng/người/năm`) is.
    var targetInValueUnit: Fact? {
        guard let target, let actual, case .rate(let dimension, let per) = actual.unit.dimension,
              target.unit.dimension == dimension else { return target }
        return target.restated(Quantity(target.value, UnitLexicon.rate(target.unit, per: per)), upper: target.upper)
    }

    /// Whether the indicator's value is a rate of change, as growth is: its rule takes changes and it is in percent.
    var valueIsChange: Bool { indicator.actual.takesChanges && indicator.unit == "%" }

    /// The level the target implies: the stated level, or this year's value moved by the change it asks for.
    public var targetLevel: Quantity? { planTarget?.level(base: actual) }

    /// The target as stated, for queries: a change target (`-5%`) also carries
    /// the level it implies, so that it compares with levels
    /// (`security.traffic.accidents <= security.traffic.accidents.target`).
    public var statedTarget: Fact? {
        guard let planTarget else { return nil }
        guard planTarget.kind == .change, let level = targetLevel, let actual else { return planTarget.stated }
        return planTarget.stated.adding(.comparison(.impliesLevel, value: level.value, upper: nil, unit: level.unit, fact: actual.id))
    }

    /// The share of plan reached, in percent: `đạt X% kế hoạch`, or 100 + X
    /// for `vượt X% kế hoạch`; failing those, the share of the budget estimate,
    /// a budget's plan (`đạt 94,2% dự toán`): the report's own council's
    /// first. In a city's report the city's, then any, then the province's;
    /// in a province's, the province's first (`74,1% dự toán HĐND tỉnh giao`
    /// before `80,2% dự toán Trung ương giao`); in a commune's or ward's, its
    /// own (any named by no city or province: `78,3% dự toán HĐND phường
    /// giao`) before the city's (`82,5% dự toán thành phố giao`).
    public var attainment: Decimal? { attainmentRead.map { $0.isExcess ? 100 + $0.value : $0.value } }

    /// What ``attainment`` is a share of: `plan`, or `the budget estimate`.
    public var attainmentOf: String { attainmentRead?.ofEstimate == true ? "the budget estimate" : "plan" }

    /// Whether ``attainment`` reaches the plan: an excess is compared with none
    /// rather than added to 100 (a decimal sum costs more than the rest of a status).
    var attainmentReachesPlan: Bool? {
        attainmentRead.map { $0.isExcess ? !$0.value.isSignMinus || $0.value.isZero : $0.value >= 100 }
    }

    /// The share of plan as written, whether it is the excess over the plan,
    /// and whether it is of the budget estimate, read once for all three; none
    /// for an indicator with no status, which meets no plan (a plan itself).
    private var attainmentRead: (value: Decimal, isExcess: Bool, ofEstimate: Bool)? {
        guard indicator.hasStatus else { return nil }
        if let (value, _) = compared(.percentOfPlan) { return (value, false, false) }
        // An excess in the figure's unit (`vượt 140 lao động`) is no share.
        if let (value, unit) = compared(.exceedsPlanBy), unit.dimension == .percent { return (value, true, false) }
        for kind in estimateOrder {
            if let (value, _) = compared(kind) { return (value, false, true) }
        }
        return nil
    }

    /// The estimates in the order their shares are taken: the report's own council's first.
    private var estimateOrder: [ComparisonKind] {
        switch header?.placeKind {
        case Self.province?: Self.provinceFirst
        case let kind? where Self.communes.contains(kind): Self.ownFirst
        default: ComparisonKind.estimateShares
        }
    }

    private static let province = "tỉnh"
    private static let communes: Set<String> = ["xã", "phường", "thị trấn"]
    private static let provinceFirst: [ComparisonKind] = [.percentOfProvinceEstimate, .percentOfCityEstimate, .percentOfEstimate]
    private static let ownFirst: [ComparisonKind] = [.percentOfEstimate, .percentOfCityEstimate, .percentOfProvinceEstimate]

    /// The text first: the report's verdict on the value, or a sentence
    /// elsewhere that says it fell short; only where the text is silent,
    /// arithmetic on the share of plan, the stated target, or the change on
    /// last year against the change the plan asked for.
    public var status: IndicatorStatus {
        guard indicator.hasStatus else { return .unknown }
        switch verdict {
        case .met?, .exceeded?: return .met
        case .missed?: return .missed
        case nil: break
        }
        if shortfallSentence != nil { return .missed }
        // `vượt 10,9% kế hoạch`, `đạt 101% kế hoạch` say the plan was reached; `đạt 82,7%` gives no verdict.
        if let reached = attainmentReachesPlan { return reached ? .met : shortfall }
        // With no figure, a change set against the plan is read as the figure would be
        // (`Số hộ nghèo giảm 286 hộ …, vượt 46 hộ so với chỉ tiêu`, `tăng 6% (kế hoạch tăng 5%)`).
        guard let actual = actual ?? change else { return .unknown }
        // `vượt 80 ha so với chỉ tiêu`: past the plan by an amount, as the report says.
        if let (excess, _, _) = actual.comparison(.exceedsPlanBy) { return excess >= 0 ? .met : shortfall }
        if let (stated, unit, _) = actual.comparison(.target), unit.isCompatible(with: actual.unit) || actual.unit.isRate(of: unit) {
            let target = unit.factor == actual.unit.factor ? stated : stated * unit.factor / actual.unit.factor
            let reached = indicator.lowerIsBetter ? actual.value <= target : actual.value >= target
            return reached ? .reachedPlan : shortfall
        }
        // `52,7/55 triệu đồng`: the figure over its plan.
        if let plan = slashPlan(of: actual) {
            return (indicator.lowerIsBetter ? actual.value <= plan : actual.value >= plan) ? .reachedPlan : shortfall
        }
        if let (made, planned) = changeAgainstPlan {
            return (indicator.lowerIsBetter ? made <= planned : made >= planned) ? .reachedPlan : shortfall
        }
        return .unknown
    }

    /// The change on last year the value made and the one the plan asked for,
    /// both signed and in one unit (`giảm 1,47% … (KH giảm 1,2%)`), when the
    /// value's sentence gives both, or the change found apart carries the plan's.
    var changeAgainstPlan: (made: Decimal, planned: Decimal)? {
        // A rate's change in points beside its plan's in percent (`giảm 2,1 điểm phần trăm … (KH giảm 2%)`):
        // a rate's change in percent is said of its points, as the genre writes it.
        if let actual, let (planned, unit, _) = actual.comparison(.changeTarget),
           let (made, madeUnit, _) = actual.comparison(.changeOnPrevious),
           unit == madeUnit || actual.unit.dimension == .percent && Self.isPercentOrPoints(unit) && Self.isPercentOrPoints(madeUnit) {
            return (made, planned)
        }
        // A level beside last year's, its plan a change (`2,7% (cùng kỳ năm trước 3,8%) (kế hoạch giảm 1%)`): the
        // change made is the levels' difference, a rate's in points.
        if let actual, let (planned, unit, _) = actual.comparison(.changeTarget),
           let (previous, previousUnit, _) = actual.comparison(.previousValue), previousUnit == actual.unit,
           unit == actual.unit || actual.unit.dimension == .percent && Self.isPercentOrPoints(unit) {
            return (actual.value - previous, planned)
        }
        // The change found apart from the figure, the plan's as its target (`Nghị quyết giảm 3,5%; ước thực
        // hiện giảm 3,8%, tỷ lệ hộ nghèo còn 11,2%`).
        guard let change, change.id != actual?.id, change.role == .comparison(.changeOnPrevious),
              let (planned, unit, _) = change.comparison(.target), unit == change.unit else { return nil }
        return (change.value, planned)
    }

    /// Whether a change is in percent or percentage points.
    private static func isPercentOrPoints(_ unit: QuantityUnit) -> Bool { unit.dimension == .percent || unit.isPoints }

    /// What the target is called: the plan part of a year's report is for
    /// the next year; that of a 6- or 9-month report, for the rest of the same year.
    public var targetName: String {
        if let header, let year = header.year, header.planYear == year { return "this year's target" }
        return "next year's target"
    }

    /// What falling short of plan by arithmetic means: below plan for a
    /// year (or its last months), still in progress for the first part of one
    /// (`đạt 71,3% KH năm` after 9 months), or for a figure counted to a day
    /// or a month before the year's end in a report on the year (`Giải ngân
    /// đến ngày 30/9 đạt 61,2% kế hoạch`, `Thu ngân sách 10 tháng …`), or up to
    /// now in a report signed before it (`Đến nay, giải ngân đạt 64,2% kế hoạch`).
    private var shortfall: IndicatorStatus {
        guard (header?.period ?? .year).closesYear else { return .inProgress }
        guard let figure = actual ?? change else { return .belowPlan }
        return figure.isCountedBeforeEnd(of: header?.year) || figure.isCountedToNow(signed: header?.date, year: header?.year)
            ? .inProgress : .belowPlan
    }

    /// Why the status is what it is, for `.why`: the report's words, or the
    /// arithmetic that filled in where they are silent.
    public var statusBasis: String? {
        guard let figure = given else {
            return shortfallSentence.map { "the report lists it among the targets missed, with no figure: “\($0)”" }
        }
        // With no figure, the share of plan or the change on last year is what the report gives.
        let given = actual != nil ? "" : share != nil ? "; it gives this share, not the figure"
            : "; it gives this change on last year, not the figure"
        switch status {
        case .met, .missed:
            if figure.status != nil, actual == nil, share == nil { return "the report says so of its change on last year" + given }
            if figure.status != nil { return "the report says so in the value's sentence" + given }
            if change?.status != nil { return "the report says so of the value's change on last year" }
            if let shortfallSentence { return "the report lists it among the targets missed: “\(shortfallSentence)”" }
            return "the report puts it at or above \(attainmentOf)" + given
        case .reachedPlan, .belowPlan:
            if attainment != nil { return "by arithmetic on its share of \(attainmentOf); the report gives no verdict" + given }
            if figure.comparison(.target) == nil, changeAgainstPlan != nil {
                return "by arithmetic: its change on last year against the change the plan asked for; the report gives no verdict"
            }
            if figure.comparison(.target) == nil, let plan = slashPlan(of: figure) {
                return "by arithmetic against the plan written after its slash (\(NumberStyle.vietnamese.format(plan))); "
                    + "the report gives no verdict"
            }
            return "by arithmetic against the target in its sentence; the report gives no verdict"
        case .inProgress:
            // A report on the year whose figure is counted to a day or month before its end.
            if (header?.period ?? .year).closesYear, let asOf = figure.asOfText {
                return "by arithmetic: the figure is counted \(asOf), before the year's end, and the plan is the year's; "
                    + "the report gives no verdict" + given
            }
            if (header?.period ?? .year).closesYear {
                return "by arithmetic: the figure is counted up to now, \(header?.date.map { "signed \($0)" } ?? "no date said"), "
                    + "before the year's end, and the plan is the year's; the report gives no verdict" + given
            }
            return "by arithmetic: the report covers \(header?.periodText ?? "part of the year"), and the plan is the year's; "
                + "the report gives no verdict" + given
        case .unknown:
            return nil
        }
    }

    /// Whether the report itself says the indicator fell short of plan — in the
    /// value's own sentence (`chưa đạt`) or in another — not only by arithmetic.
    public var reportedMissed: Bool { status == .missed }
}

/// An indicator held by reference (``IndicatorValue/indicator``).
private final class IndicatorBox: Sendable {
    let indicator: Indicator

    init(_ indicator: Indicator) { self.indicator = indicator }
}
