import FoundationEssentials
import Platform
import Facts

/// Reads registered indicators from a fact store: the values the query
/// language and the shell show. Each indicator is resolved when first asked
/// for and then kept, so a one-shot query pays only for what it uses.
public final class IndicatorResolver: IndicatorSource, @unchecked Sendable {
    public let registry: PluginRegistry
    public let store: FactStore
    let matcher: RuleMatcher
    /// Guards `resolved`: resolution may be asked for from any thread.
    private let lock = Lock()
    /// Resolved values by path and report: `economy.tourism.revenue@842-BC-UBND-2025`.
    private var resolved: [String: IndicatorValue] = [:]
    /// Whether values are kept in `resolved`: not where each is asked for once (an import), since a
    /// value is large and copying it in and out of the dictionary cost more than a rule's look-up.
    private let keepsValues: Bool
    /// What earlier runs resolved in this store, when it and the specs are keyed (one report from the cache).
    private let cache: ResolutionCache?
    /// `figuresWithPlan`, once read.
    private var builtFiguresWithPlan: [String: [Int]]?
    /// The ids of the store's primary figures that have their plan beside them, by value, each list in
    /// order: read once, when a value is first resolved (under `lock`, as ``value(of:in:report:)`` asks).
    /// Keyed by the value's text (``DecimalDescription``, one text for equal values): hashing a decimal
    /// cost several times what writing it does.
    var figuresWithPlan: [String: [Int]] {
        if let builtFiguresWithPlan { return builtFiguresWithPlan }
        var built: [String: [Int]] = [:]
        for fact in store.facts where fact.role == .primary && Self.hasPlan(fact) {
            built[DecimalDescription.of(fact.value), default: []].append(fact.id)
        }
        builtFiguresWithPlan = built
        return built
    }

    /// `standaloneChanges`, once read.
    private var builtStandaloneChanges: [String: Set<Dimension>]?
    /// The dimensions of each report's changes on last year that stand alone, qualifying no figure (`Tỷ lệ
    /// giảm hộ nghèo 5,3%`), read once: few reports have any, and a value looks for one elsewhere only where
    /// its report has one in its dimension.
    var standaloneChanges: [String: Set<Dimension>] {
        if let builtStandaloneChanges { return builtStandaloneChanges }
        var built: [String: Set<Dimension>] = [:]
        for fact in store.facts where fact.role == .comparison(.changeOnPrevious) && fact.qualifies == nil {
            built[fact.report, default: []].insert(fact.unit.dimension)
        }
        builtStandaloneChanges = built
        return built
    }

    /// `cacheFolder` keeps what is resolved for later runs (nil: nothing is
    /// kept); `resolvingAll` says every indicator will be asked for, once each (an import).
    public init(registry: PluginRegistry, store: FactStore, cacheFolder: String? = nil, resolvingAll: Bool = false) {
        self.registry = registry
        self.store = store
        self.matcher = RuleMatcher(store: store, resolvingAll: resolvingAll)
        keepsValues = !resolvingAll
        cache = store.reports.count == 1 && store.contentKey != nil ? cacheFolder.map(ResolutionCache.init) : nil
    }

    /// Writes what was resolved since the last save, for later runs.
    public func saveResolutions() {
        lock.lock()
        defer { lock.unlock() }
        cache?.save()
    }

    /// The reports the store holds, by name, in load order.
    public var reportNames: [String] { store.reports.map(\.name) }

    /// The indicator `key` of `plugin`, resolved against the store: in `report`,
    /// or (nil) in the store's first report.
    public func value(of indicator: Indicator, in plugin: DomainPlugin, report: String? = nil) -> IndicatorValue {
        let path = "\(plugin.namespace).\(indicator.key)"
        let loaded = loadedReport(named: report)
        // With one report there is nothing to tell apart: its rules search every sentence.
        let filter = store.reports.count > 1 ? loaded?.name : nil
        // (No key where nothing is kept: building it cost an import more than a look-up of a rule.)
        let key = keepsValues ? path + "@" + (loaded?.name ?? "") : nil
        lock.lock()
        defer { lock.unlock() }
        if let key, let cached = resolved[key] { return cached }
        let file = cacheFile(of: plugin)
        if let file, let entry = cache?.entry(indicator.key, in: file) {
            let summed = matcher.summingParts(entry.actual.flatMap(store.fact(id:)), rule: indicator.actual)
            var value = IndicatorValue(path: path, namespace: plugin.namespace, indicator: indicator,
                                       actual: summed.value, target: entry.target.flatMap(store.fact(id:)),
                                       shortfallSentence: entry.shortfall,
                                       change: entry.change.flatMap(store.fact(id:)).map { entry.changeWithoutVerdict ? $0.withoutVerdict() : $0 },
                                       share: entry.share.flatMap(store.fact(id:)))
            value.parts = summed.parts
            place(&value, in: loaded)
            if let key { resolved[key] = value }
            return value
        }
        // The rule is looked for as a value, a share and a change: compiled once.
        let found = findings(of: indicator, rule: CompiledRule.of(indicator.actual), target: indicator.target.map(CompiledRule.of),
                             phrases: { indicator.shortfallPhrases.map(Indicator.folded(shortfallPhrase:)) }, report: filter)
        var value = IndicatorValue(found, path: path, namespace: plugin.namespace, indicator: indicator)
        place(&value, in: loaded)
        if let key { resolved[key] = value }
        if let file {
            // A change kept without its verdict (``findings(of:rule:target:phrases:report:)``) is restored so.
            cache?.keep(ResolutionCache.Entry(actual: value.actual?.id, target: value.target?.id, change: value.change?.id,
                                              changeWithoutVerdict: value.takesChangeWithoutVerdict(of: store.fact(id:)),
                                              shortfall: value.shortfallSentence,
                                              share: value.share?.id), for: indicator.key, in: file)
        }
        return value
    }

    /// The indicator `prepared` is of, resolved as ``value(of:in:report:)`` does it with what was made of it
    /// once, where the report says anything of it (``IndicatorValue/saysAnything``); else nil. Resolved
    /// afresh, neither looked up nor kept: an import asks for every indicator once in report after report,
    /// and keeps the few a report speaks of. Most say nothing, and making a value of each cost more than finding it.
    public func valueIfStated(_ prepared: PreparedIndicator, report: String? = nil) -> IndicatorValue? {
        let filter = store.reports.count > 1 ? loadedReport(named: report)?.name : nil
        lock.lock()
        defer { lock.unlock() }
        let found = findings(of: prepared.indicator, rule: prepared.actual, target: prepared.target,
                             phrases: { prepared.shortfallPhrases }, report: filter)
        guard found.saysAnything(hasStatus: prepared.indicator.hasStatus) else { return nil }
        var value = IndicatorValue(found, path: prepared.path, namespace: prepared.plugin.namespace, indicator: prepared.indicator)
        place(&value, in: loadedReport(named: report))
        return value
    }

    /// The report named so, or (nil, or a name not loaded) the store's first.
    private func loadedReport(named name: String?) -> LoadedReport? {
        name.flatMap { name in store.reports.first { $0.name == name } } ?? store.reports.first
    }

    /// Whether a change found alone is the indicator's: a rate's only where
    /// its sentence names a rate (`Tỷ lệ hộ nghèo giảm 0,34%`), since `Số
    /// người tham gia BHXH tăng 4,2%` is the change of a number of people;
    /// a count's in percent only where it names none (`Tỷ lệ hộ nghèo giảm
    /// 0,34%` is no change of the poor households' number).
    /// The sentence is read as the store keeps it folded, not folded again.
    func isChange(_ change: Fact, of indicator: Indicator) -> Bool {
        switch indicator.actual.unit {
        case .percent: return Self.rateWord.isFound(in: store.foldedSentence(of: change.id))
        case let unit where unit.isCount && change.unit.dimension == .percent:
            return !namesRate(before: change)
        default: return true
        }
    }

    /// Whether the change's clause names a rate before it (`tỷ lệ hộ nghèo giảm 0,34%`).
    private func namesRate(before change: Fact) -> Bool {
        let folded = store.foldedSentence(of: change.id)
        let end = min(folded.byteOffset(ofScalar: change.sentenceOffset), folded.bytes.count)
        let start = folded.bytes[..<end].lastIndex(of: UInt8(ascii: ";")).map { $0 + 1 } ?? 0
        return folded.bytes.withUnsafeBufferPointer { Self.rateWord.isFound(in: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    private static let rateWord = PhrasePattern("tỷ lệ")

    /// Gives a value found or cached its report, the report's header, and its
    /// target's sentence as the store keeps it folded (nil if it keeps none).
    private func place(_ value: inout IndicatorValue, in report: LoadedReport?) {
        value.report = report?.name ?? ""
        value.header = report?.header
        value.targetFolded = value.target.map { store.foldedSentence(of: $0.id) }.flatMap { $0.bytes.isEmpty ? nil : $0 }
    }

    /// The resolution cache's file for `plugin` in this store; nil when either is not keyed or nothing is kept.
    private func cacheFile(of plugin: DomainPlugin) -> String? {
        guard cache != nil, let storeKey = store.contentKey, let specKey = plugin.specKey else { return nil }
        return ResolutionCache.fileName(store: storeKey, spec: specKey)
    }

    /// The indicator in each report, in load order.
    public func values(of indicator: Indicator, in plugin: DomainPlugin) -> [IndicatorValue] {
        let names = reportNames
        if names.count <= 1 { return [value(of: indicator, in: plugin)] }
        return names.map { value(of: indicator, in: plugin, report: $0) }
    }

    /// The sentences that say some targets fell short: a shortfall word and a
    /// word for targets, or a shortfall word closing the sentence. Found once
    /// (under `lock`), then searched for each indicator's name: there are few.
    private var verdicts: [String: [Verdict]] = [:]
    /// Those of every report: the one kept where the store holds one report, asked for each indicator.
    private var allVerdicts: [Verdict]?

    func verdictSentences(report: String?) -> [Verdict] {
        if let kept = report.map({ verdicts[$0] }) ?? allVerdicts { return kept }
        let found = Self.verdicts(in: Self.shortfallWords.flatMap { matcher.sentences(containing: [$0], report: report) })
        if let report { verdicts[report] = found } else { allVerdicts = found }
        return found
    }
}
