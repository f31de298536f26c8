import FoundationEssentials
import Platform
import Facts

/// What an indicator's rules find in a store, before it is made a value:
/// its figure, target, change, share of plan and a verdict elsewhere.
extension IndicatorResolver {
    struct Findings {
        var actual: Fact?
        /// The parts the figure is the sum of, when the report counts it in parts.
        var parts: [Fact]
        var target: Fact?
        var change: Fact?
        var share: Fact?
        var shortfall: String?

        /// Whether a value made of these says anything (``IndicatorValue/saysAnything``): a share
        /// only for an indicator with a status, the only one whose value keeps it.
        func saysAnything(hasStatus: Bool) -> Bool {
            actual.isSome || target.isSome || change.isSome || shortfall != nil || hasStatus && share.isSome
        }
    }

    /// The indicator's rules applied (under `lock`): `rule` and `target` compiled, `phrases` its shortfall
    /// phrases folded, asked for only where the store has verdicts; `report` limits the search to one report.
    func findings(of indicator: Indicator, rule: CompiledRule, target: CompiledRule?,
                  phrases: () -> [(bytes: [UInt8], first: FoldedWord?)], report filter: String?) -> Findings {
        let first = matcher.find(rule, report: filter)
        var actual: Fact?, parts: [Fact] = []
        // (Only where a figure is found: most indicators find none in a report, and handing on the
        // optional fact and its parts cost more than finding nothing.)
        if first.isSome {
            // `12 chỉ tiêu vượt …, 7 chỉ tiêu đạt …`: a value counted in parts is their sum.
            let summed = matcher.summingParts(first, rule: indicator.actual)
            parts = summed.parts
            // Restated with its plan further on (the appendix's table), the figure is taken there.
            actual = restatedWithPlan(summed.value, of: indicator, inParts: !parts.isEmpty, report: filter)
        }
        // With no figure, how far the plan was reached may still be said (`Thu ngân sách đạt 128,4% dự toán`).
        let share = !actual.isSome && indicator.hasStatus && indicator.takesShareAlone
            ? matcher.find(rule, report: filter, sought: .shares) : nil
        // A value that is itself a change on last year (`tăng 7,2% so với năm 2024`, a growth rate) or a share of
        // last year's (`bằng 107,2% so với năm 2024`) has no other.
        let ownChange = actual.map {
            $0.role == .comparison(.changeOnPrevious) || $0.role == .comparison(.percentOfPrevious)
                || $0.comparison(.changeOnPrevious) != nil || $0.comparison(.percentOfPrevious) != nil
        } ?? true
        // With neither figure nor share, its change on last year may still be said (`Thu nội địa giảm 4,2% so với
        // cùng kỳ`); not for a value that is itself a change.
        let alone = !actual.isSome && !share.isSome && !indicator.actual.takesChanges && indicator.takesChangeAlone
            ? matcher.find(rule, report: filter, sought: .changes).flatMap { isChange($0, of: indicator) ? $0 : nil }
            : nil
        var change = ownChange ? alone : actual.flatMap { matcher.change(of: $0, rule: rule) }
        // A rate or count whose sentences say no change may have one said alone elsewhere in the report (a table's
        // row `Tỷ lệ giảm hộ nghèo | 5 | 5,3` before the text's `Tỷ lệ hộ nghèo còn 24,16%`): a change standing alone,
        // of the rate, or of the count in its own noun (an amount's change in percent may be a part's); its verdict
        // is the value's only where the indicator heads that sentence as an item of its own (the table's row), not
        // where another may (`Thu ngân sách tăng, tỷ lệ hộ nghèo giảm 1,3% - không đạt`).
        if !ownChange, !change.isSome, let found = actual, !indicator.actual.takesChanges, indicator.takesChangeAlone,
           found.unit.dimension == .percent || found.unit.isCount,
           standaloneChanges[found.report]?.contains(found.unit.dimension) == true,
           let other = matcher.find(rule, report: filter, sought: .changes), other.role == .comparison(.changeOnPrevious),
           other.report == found.report, other.unit.dimension == found.unit.dimension, isChange(other, of: indicator) {
            let folded = store.foldedSentence(of: other.id).bytes
            let heads = phrases().contains { name, _ in Self.heads(name, in: folded) }
            change = heads ? other : other.withoutVerdict()
        }
        // A verdict in the value's sentence, or on its change, comes first: no other sentence is asked then.
        // `vượt … kế hoạch` and `đạt 101% kế hoạch` are one: the value's own words say the plan was reached.
        let reached = actual.map { fact in
            fact.comparison(.exceedsPlanBy) != nil || (fact.comparison(.percentOfPlan).map { $0.value >= 100 } ?? false)
        } ?? share.map { $0.role == .comparison(.exceedsPlanBy) || $0.role == .comparison(.percentOfPlan) && $0.value >= 100 } ?? false
        // A list of the targets missed names some the report gives no figure for (`tỷ lệ đô thị hóa`): they are missed too.
        let needsShortfall = indicator.hasStatus && (actual.isSome ? actual?.status : share?.status) == nil
            && change?.status == nil && !reached
        return Findings(
            actual: actual, parts: parts, target: target.flatMap { matcher.find($0, report: filter) }, change: change, share: share,
            shortfall: needsShortfall
                ? Self.shortfall(of: indicator, rule: rule, phrases: phrases, besides: { actual?.sentence }, in: verdictSentences(report: filter))
                : nil)
    }
}

extension IndicatorResolver {
    /// Whether the folded `name` heads the folded sentence `bytes` as an item of its own (``headsItem(_:length:in:)``),
    /// as written or, for a rate, as the rate of its fall (`Tỷ lệ giảm hộ nghèo đạt 1,3% (vượt kế hoạch)` for
    /// `tỷ lệ hộ nghèo`), as a sentence or a targets table may name a rate that fell.
    static func heads(_ name: [UInt8], in bytes: [UInt8]) -> Bool {
        if let at = PhrasePattern.wordOccurrences(of: name, in: bytes).first { return headsItem(at, length: name.count, in: bytes) }
        guard name.starts(with: rate) else { return false }
        let fallen = rateOfFall + name.dropFirst(rate.count)
        return PhrasePattern.wordOccurrences(of: fallen, in: bytes).first.map { headsItem($0, length: fallen.count, in: bytes) } ?? false
    }

    /// `tỷ lệ giảm `, folded as sentences are (`ti le giam`), as ``rate`` is `tỷ lệ `.
    private static let rateOfFall = FoldedText(folding: "tỷ lệ giảm ").bytes
}

extension IndicatorValue {
    /// Whether the value's change is taken without the verdict its sentence gives (a change said elsewhere,
    /// in a sentence the indicator does not head): `stored` gives the fact as the store keeps it, verdict and all.
    /// What the resolution cache and a corpus keep beside the change's id, to read it back so.
    public func takesChangeWithoutVerdict(of stored: (Int) -> Fact?) -> Bool {
        guard let change, change.status == nil else { return false }
        return stored(change.id)?.status != nil
    }

    /// The value of what `indicator`'s rules found.
    init(_ found: IndicatorResolver.Findings, path: String, namespace: String, indicator: Indicator) {
        self.init(path: path, namespace: namespace, indicator: indicator, actual: found.actual, target: found.target,
                  shortfallSentence: found.shortfall, change: found.change, share: found.share)
        parts = found.parts
    }
}

extension Optional where Wrapped == Fact {
    /// Whether a fact is there, asked without copying it: `!= nil` copied the fact
    /// through the optional's generic witness, about a hundred instructions, and an import
    /// asks it of every indicator in every report.
    var isSome: Bool {
        if case .some = self { true } else { false }
    }
}
