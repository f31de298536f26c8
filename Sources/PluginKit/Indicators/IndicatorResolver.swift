import FoundationEssentials
import Platform
import Facts

/// Reads registered indicators from a fact store: the values the query
/// language and the shell show. Each indicator is resolved when first asked
/// for and then kept, so a one-shot query pays only for what it uses.
public final class IndicatorResolver: IndicatorSource, @unchecked Sendable {
    public let registry: PluginRegistry
    public let store: FactStore
    private let matcher: RuleMatcher
    /// Guards `resolved`: resolution may be asked for from any thread.
    private let lock = Lock()
    /// Resolved values by path and report: `economy.tourism.revenue@842-BC-UBND-2025`.
    private var resolved: [String: IndicatorValue] = [:]
    /// What earlier runs resolved in this store, when it and the specs are keyed (one report from the cache).
    private let cache: ResolutionCache?

    /// `cacheFolder` keeps what is resolved for later runs (nil: nothing is
    /// kept); `resolvingAll` says every indicator will be asked for (an import).
    public init(registry: PluginRegistry, store: FactStore, cacheFolder: String? = nil, resolvingAll: Bool = false) {
        self.registry = registry
        self.store = store
        self.matcher = RuleMatcher(store: store, resolvingAll: resolvingAll)
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
        let loaded = report.flatMap { name in store.reports.first { $0.name == name } } ?? store.reports.first
        // With one report there is nothing to tell apart: its rules search every sentence.
        let filter = store.reports.count > 1 ? loaded?.name : nil
        let key = path + "@" + (loaded?.name ?? "")
        lock.lock()
        defer { lock.unlock() }
        if let cached = resolved[key] { return cached }
        let file = cacheFile(of: plugin)
        if let file, let entry = cache?.entry(indicator.key, in: file) {
            let summed = matcher.summingParts(entry.actual.flatMap(store.fact(id:)), rule: indicator.actual)
            var value = IndicatorValue(path: path, namespace: plugin.namespace, indicator: indicator,
                                       actual: summed.value, target: entry.target.flatMap(store.fact(id:)),
                                       shortfallSentence: entry.shortfall, change: entry.change.flatMap(store.fact(id:)),
                                       share: entry.share.flatMap(store.fact(id:)))
            value.parts = summed.parts
            place(&value, in: loaded)
            resolved[key] = value
            return value
        }
        // `12 chỉ tiêu vượt …, 7 chỉ tiêu đạt …`: a value counted in parts is their sum.
        let summed = matcher.summingParts(matcher.find(indicator.actual, report: filter), rule: indicator.actual)
        let actual = summed.value
        // With no figure, how far the plan was reached may still be said (`Thu ngân sách đạt 128,4% dự toán`).
        let share = actual == nil && indicator.hasStatus && indicator.actual.unit.isMeasure
            ? matcher.find(indicator.actual, report: filter, sought: .shares) : nil
        // A value that is itself a change on last year (`tăng 7,2% so với năm 2024`, a growth rate) or a share of
        // last year's (`bằng 107,2% so với năm 2024`) has no other.
        let ownChange = actual.map {
            $0.role == .comparison(.changeOnPrevious) || $0.role == .comparison(.percentOfPrevious)
                || $0.comparison(.changeOnPrevious) != nil || $0.comparison(.percentOfPrevious) != nil
        } ?? true
        // With neither figure nor share, its change on last year may still be said (`Thu nội địa giảm 4,2% so với
        // cùng kỳ`); not for a value that is itself a change.
        let alone = actual == nil && share == nil && !indicator.actual.takesChanges && indicator.takesChangeAlone
            ? matcher.find(indicator.actual, report: filter, sought: .changes).flatMap { isChange($0, of: indicator) ? $0 : nil }
            : nil
        let change = ownChange ? alone : actual.flatMap { matcher.change(of: $0, rule: indicator.actual) }
        // A verdict in the value's sentence, or on its change, comes first: no other sentence is asked then.
        // `vượt … kế hoạch` and `đạt 101% kế hoạch` are one: the value's own words say the plan was reached.
        let reached = actual.map { fact in
            fact.comparison(.exceedsPlanBy) != nil || (fact.comparison(.percentOfPlan).map { $0.value >= 100 } ?? false)
        } ?? share.map { $0.role == .comparison(.exceedsPlanBy) || $0.role == .comparison(.percentOfPlan) && $0.value >= 100 } ?? false
        // A list of the targets missed names some the report gives no figure for (`tỷ lệ đô thị hóa`): they are missed too.
        let needsShortfall = indicator.hasStatus && (actual ?? share)?.status == nil && change?.status == nil && !reached
        var value = IndicatorValue(
            path: path, namespace: plugin.namespace, indicator: indicator, actual: actual,
            target: indicator.target.flatMap { matcher.find($0, report: filter) },
            shortfallSentence: needsShortfall
                ? Self.shortfall(of: indicator, besides: { actual?.sentence }, in: verdictSentences(report: filter)) : nil,
            change: change, share: share)
        value.parts = summed.parts
        place(&value, in: loaded)
        resolved[key] = value
        if let file {
            cache?.keep(ResolutionCache.Entry(actual: value.actual?.id, target: value.target?.id, change: value.change?.id,
                                              shortfall: value.shortfallSentence, share: value.share?.id), for: indicator.key, in: file)
        }
        return value
    }

    /// Whether a change found alone is the indicator's: a rate's only where
    /// its sentence names a rate (`Tỷ lệ hộ nghèo giảm 0,34%`), since `Số
    /// người tham gia BHXH tăng 4,2%` is the change of a number of people;
    /// a count's in percent only where it names none (`Tỷ lệ hộ nghèo giảm
    /// 0,34%` is no change of the poor households' number).
    /// The sentence is read as the store keeps it folded, not folded again.
    private func isChange(_ change: Fact, of indicator: Indicator) -> Bool {
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

    /// Words that say a target was missed.
    static let shortfallWords = ["không đạt", "chưa đạt", "chưa hoàn thành", "không hoàn thành"]
    static let foldedShortfallWords = shortfallWords.map { FoldedText(folding: $0).bytes }

    /// A sentence that says some targets fell short, folded, and where its
    /// first shortfall word stands: found once, then searched for each indicator's name.
    struct Verdict {
        let sentence: String
        let folded: [UInt8]
        let shortfallAt: Int
        /// The sentence's words: a name whose first word is not among them is not searched for.
        let words: Set<FoldedWord>
    }

    /// The sentences that say some targets fell short: a shortfall word and a
    /// word for targets. Found once (under `lock`), then searched for each
    /// indicator's name: there are few.
    private var verdicts: [String: [Verdict]] = [:]

    private func verdictSentences(report: String?) -> [Verdict] {
        if let found = verdicts[report ?? ""] { return found }
        let found = Self.shortfallWords.flatMap { matcher.sentences(containing: [$0], report: report) }
            .compactMap { sentence -> Verdict? in
                let folded = FoldedText(folding: sentence).bytes
                guard Self.targetWords.contains(where: { !PhrasePattern.wordOccurrences(of: $0, in: folded).isEmpty }),
                      let at = Self.foldedShortfallWords.compactMap({ PhrasePattern.wordOccurrences(of: $0, in: folded).first }).min()
                else { return nil }
                return Verdict(sentence: sentence, folded: folded, shortfallAt: at,
                               words: Set(FoldedText(validUTF8: folded).words(includingDigits: true)))
            }
        verdicts[report ?? ""] = found
        return found
    }

    /// Another sentence that names the indicator among the targets it says
    /// fell short (`02 chỉ tiêu không đạt là tiêu chí về tai nạn giao thông`):
    /// a shortfall word, a word for targets, and the indicator's name after
    /// them with no figure between (but in brackets), or right before a shortfall word of its
    /// own. The value's own sentence is left out, its verdicts read number by
    /// number, but for a list a colon opens.
    /// `own` gives the value's sentence, read only if a verdict names the indicator.
    static func shortfall(of indicator: Indicator, besides own: () -> String?, in verdicts: [Verdict]) -> String? {
        guard !verdicts.isEmpty else { return nil }
        lazy var ownSentence = own()
        for phrase in indicator.shortfallPhrases {
            let (name, first) = folded(phrase: phrase)
            for verdict in verdicts where first.map(verdict.words.contains) ?? true {
                let bytes = verdict.folded
                let occurrences = PhrasePattern.wordOccurrences(of: name, in: bytes)
                let listed = occurrences.first(where: { $0 > verdict.shortfallAt }).flatMap { named in
                    hasFigure(outsideBrackets: bytes[verdict.shortfallAt..<named]) ? nil : named
                }
                // `…; tốc độ tăng giá trị sản xuất tuy chưa đạt nhưng …`: the name with its own shortfall word after it.
                guard let named = listed ?? occurrences.first(where: { fallsShort(after: $0 + name.count, in: bytes) }),
                      !isExcluded(named, in: bytes, by: CompiledRule.of(indicator.actual).exclude),
                      // `…, tỷ lệ trường đạt chuẩn quốc gia`: an item opening on `tỷ lệ` names a rate, no count's.
                      !(indicator.actual.unit.isCount && itemNamesRate(before: named, in: bytes))
                else { continue }
                // The value's own sentence names it so only as an item of the list a colon opens after the shortfall word
                // (`Các chỉ tiêu không đạt: …; số xã đạt chuẩn nông thôn mới (đạt 48/94 xã, KH 52 xã); …`).
                if verdict.sentence != ownSentence
                    || listed == named && bytes[verdict.shortfallAt..<named].contains(UInt8(ascii: ":")) { return verdict.sentence }
            }
        }
        return nil
    }

    /// Whether a figure stands in `bytes` outside brackets: an item of a list of targets missed may give
    /// its figures in brackets (`tỷ lệ đô thị hóa (đạt 22,6%, KH 23%)`), and the items after it are listed still.
    static func hasFigure(outsideBrackets bytes: ArraySlice<UInt8>) -> Bool {
        var depth = 0
        for byte in bytes {
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(depth - 1, 0) }
            else if depth == 0, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    /// Whether the item of a list holding the name at `named` opens on `tỷ lệ`: the words back to the
    /// `,` `;` `:` or bracket before it, or to `và`.
    static func itemNamesRate(before named: Int, in bytes: [UInt8]) -> Bool {
        var start = named
        while start > 0, !",;:(".utf8.contains(bytes[start - 1]) {
            if start >= 4, bytes[(start - 4)..<start].elementsEqual(" va ".utf8) { break }
            start -= 1
        }
        while start < named, bytes[start] == 0x20 { start += 1 }
        return bytes[start..<named].starts(with: rate)
    }

    private static let rate = FoldedText(folding: "tỷ lệ ").bytes

    /// Whether a shortfall word follows `end` in `bytes`, past at most two of
    /// the words that may stand between (`tuy`, `vẫn`, `còn`, `đều`).
    static func fallsShort(after end: Int, in bytes: [UInt8]) -> Bool {
        var cursor = end
        for _ in 0...2 {
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            if foldedShortfallWords.contains(where: { word in
                cursor + word.count <= bytes.count && bytes[cursor..<(cursor + word.count)].elementsEqual(word)
                    && (cursor + word.count == bytes.count || !PhrasePattern.isWordByte(bytes[cursor + word.count]))
            }) { return true }
            var wordEnd = cursor
            while wordEnd < bytes.count, PhrasePattern.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            guard fillersBeforeShortfall.contains(where: { bytes[cursor..<wordEnd].elementsEqual($0) }) else { return false }
            cursor = wordEnd
        }
        return false
    }

    private static let fillersBeforeShortfall = ["tuy", "van", "con", "deu"].map { Array($0.utf8) }

    /// Whether one of the rule's exclusion words stands in the list item that
    /// names the indicator at `start`, from the punctuation or `và` before it
    /// to the next punctuation or `và`: in `02 chỉ tiêu chưa đạt (… và tỷ lệ trẻ em suy
    /// dinh dưỡng thể thấp còi)`, the stunting rate is named, not malnutrition by
    /// weight; in `thu ngân sách, tỷ lệ hộ nghèo và …` the rate, not the households;
    /// in `tốc độ tăng giá trị sản xuất và tỷ lệ dân số tham gia BHYT` the growth, whatever the next item names.
    static func isExcluded(_ start: Int, in bytes: [UInt8], by exclude: [PhrasePattern]) -> Bool {
        guard !exclude.isEmpty else { return false }
        let and = PhrasePattern.and
        let end = min(bytes[start...].firstIndex(where: { ",;:()".utf8.contains($0) }) ?? bytes.count,
                      PhrasePattern.wordOccurrences(of: and, in: bytes).first { $0 > start } ?? bytes.count)
        let punctuation = bytes[..<start].lastIndex(where: { ",;:()".utf8.contains($0) }).map { $0 + 1 } ?? 0
        let afterAnd = PhrasePattern.wordOccurrences(of: and, in: bytes).last { $0 < start }.map { $0 + and.count } ?? 0
        let itemStart = max(punctuation, afterAnd)
        // The item in place, searched with the rule's own folded patterns, as a number's phrase is.
        return bytes.withUnsafeBufferPointer { sentence in
            let item = UnsafeBufferPointer(rebasing: sentence[itemStart..<end])
            return exclude.contains { $0.isFound(in: item) }
        }
    }

    /// A shortfall phrase folded, once for every report it is looked for in
    /// (an import asks in each, from every core).
    /// A phrase folded, and its first word.
    private static func folded(phrase: String) -> (bytes: [UInt8], first: FoldedWord?) {
        // Keyed by the phrase's bytes: a `String` key normalises Vietnamese text at every look-up.
        foldedPhrases.value(for: TextKey(phrase)) {
            let folded = FoldedText(folding: phrase)
            return (folded.bytes, folded.words(includingDigits: true).first)
        }
    }

    private static let foldedPhrases = Memo<TextKey, (bytes: [UInt8], first: FoldedWord?)>()

    /// Words for what a verdict is about: `chỉ tiêu`, `mục tiêu`.
    static let targetWords = [Array("chi tieu".utf8), Array("muc tieu".utf8)]
}
