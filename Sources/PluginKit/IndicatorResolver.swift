import FoundationEssentials
import Platform
import Facts

/// Reads registered indicators from a fact store: the values the query
/// language and the shell show. Each indicator is resolved when first asked
/// for and then kept, so a one-shot query pays only for what it uses.
public final class IndicatorResolver: @unchecked Sendable {
    public let registry: PluginRegistry
    public let store: FactStore
    private let matcher: RuleMatcher
    /// Guards `resolved`: resolution may be asked for from any thread.
    private let lock = Lock()
    private var resolved: [String: IndicatorValue] = [:]

    public init(registry: PluginRegistry, store: FactStore) {
        self.registry = registry
        self.store = store
        self.matcher = RuleMatcher(store: store)
    }

    /// Every indicator path (derived ones aside), in registry order.
    public var paths: [String] {
        registry.plugins.flatMap { plugin in plugin.indicators.map { "\(plugin.namespace).\($0.key)" } }
    }

    /// The indicator `key` of `plugin`, resolved against the store.
    public func value(of indicator: Indicator, in plugin: DomainPlugin) -> IndicatorValue {
        let path = "\(plugin.namespace).\(indicator.key)"
        lock.lock()
        defer { lock.unlock() }
        if let cached = resolved[path] { return cached }
        let actual = matcher.find(indicator.actual)
        let ownChange = actual.map { $0.comparison(.changeOnPrevious) != nil || $0.comparison(.percentOfPrevious) != nil } ?? true
        let change = ownChange ? nil : actual.flatMap { matcher.change(of: $0, rule: indicator.actual) }
        // A verdict in the value's sentence, or on its change, comes first: no other sentence is asked then.
        let needsShortfall = actual != nil && actual?.status == nil && change?.status == nil
        let value = IndicatorValue(
            path: path, namespace: plugin.namespace, indicator: indicator, actual: actual,
            target: indicator.target.flatMap { matcher.find($0) },
            shortfallSentence: needsShortfall ? Self.shortfall(of: indicator, besides: actual?.sentence, in: verdictSentences()) : nil,
            change: change)
        resolved[path] = value
        return value
    }

    /// The indicator at `path` (`economy.tourism.revenue`), resolved; nil if there is none.
    public func value(at path: String) -> IndicatorValue? {
        guard let dot = path.firstIndex(of: "."), let plugin = registry.plugin(named: String(path[..<dot])),
              let indicator = plugin.indicator(key: String(path[path.index(after: dot)...])) else { return nil }
        return value(of: indicator, in: plugin)
    }

    /// Every indicator, resolved, in registry order.
    public var all: [IndicatorValue] {
        registry.plugins.flatMap { plugin in plugin.indicators.map { value(of: $0, in: plugin) } }
    }

    /// The indicators of `namespace` whose rule found nothing in the report.
    public func notFound(in namespace: String) -> [String] {
        guard let plugin = registry.plugin(named: namespace) else { return [] }
        return plugin.indicators.map { value(of: $0, in: plugin) }.filter { $0.actual == nil }.map(\.path)
    }

    /// Words that say a target was missed.
    static let shortfallWords = ["không đạt", "chưa đạt"]
    static let foldedShortfallWords = shortfallWords.map { FoldedText(folding: $0).bytes }

    /// The sentences that say some targets fell short: a shortfall word and a
    /// word for targets. Found once (under `lock`), then searched for each
    /// indicator's name: there are few.
    private var verdicts: [(sentence: String, folded: FoldedText)]?

    private func verdictSentences() -> [(sentence: String, folded: FoldedText)] {
        if let verdicts { return verdicts }
        let found = Self.shortfallWords.flatMap { matcher.sentences(containing: [$0]) }
            .map { ($0, FoldedText(folding: $0)) }
            .filter { _, folded in Self.targetWords.contains { !PhrasePattern.wordOccurrences(of: $0, in: folded.bytes).isEmpty } }
        verdicts = found
        return found
    }

    /// Another sentence that names the indicator among the targets it says
    /// fell short (`02 chỉ tiêu không đạt là tiêu chí về tai nạn giao thông`):
    /// a shortfall word, a word for targets, and the indicator's name after
    /// them with no figure between. The value's own sentence is left out: its
    /// verdicts were read number by number.
    static func shortfall(of indicator: Indicator, besides own: String?, in verdicts: [(sentence: String, folded: FoldedText)]) -> String? {
        guard !verdicts.isEmpty else { return nil }
        for phrase in indicator.shortfallPhrases {
            let name = FoldedText(folding: phrase).bytes
            for (sentence, folded) in verdicts where sentence != own {
                let bytes = folded.bytes
                guard let verdict = foldedShortfallWords.compactMap({ PhrasePattern.wordOccurrences(of: $0, in: bytes).first }).min(),
                      let named = PhrasePattern.wordOccurrences(of: name, in: bytes).first(where: { $0 > verdict }),
                      !bytes[verdict..<named].contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { continue }
                return sentence
            }
        }
        return nil
    }

    /// Words for what a verdict is about: `chỉ tiêu`, `mục tiêu`.
    static let targetWords = [Array("chi tieu".utf8), Array("muc tieu".utf8)]
}
