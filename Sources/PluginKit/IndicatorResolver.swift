import FoundationEssentials
import Facts
import Report

/// Reads registered indicators from a fact store: the values the query
/// language and the shell show. Each indicator is resolved when first asked
/// for and then kept, so a one-shot query pays only for what it uses.
public final class IndicatorResolver: @unchecked Sendable {
    public let registry: PluginRegistry
    public let store: FactStore
    /// Every indicator path (derived ones aside), in registry order.
    public var paths: [String] {
        registry.plugins.flatMap { plugin in plugin.indicators.map { "\(plugin.namespace).\($0.key)" } }
    }
    private let matcher: RuleMatcher
    /// Guards `cache`: resolution may be asked for from any thread.
    private let lock = Lock()
    /// Resolved so far, in the order asked for. (An array: a one-shot query
    /// resolves one or two, and a new dictionary type's first use alone costs
    /// more than searching a few hundred.)
    private var cache: [IndicatorValue] = []

    public init(registry: PluginRegistry, store: FactStore) {
        self.registry = registry
        self.store = store
        self.matcher = RuleMatcher(store: store)
    }

    /// The indicator at `path`, resolved against the store.
    public func value(at path: String) -> IndicatorValue? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache.first(where: { $0.path == path }) { return cached }
        // The registry's own look-up: a dictionary of every path cost more to
        // build than a one-shot query spends looking.
        guard let (plugin, indicator) = registry.indicator(at: path) else { return nil }
        let namespace = plugin.namespace
        let actual = matcher.find(indicator.actual)
        let value = IndicatorValue(
            path: path, namespace: namespace, indicator: indicator, actual: actual,
            target: indicator.target.flatMap { matcher.find($0) },
            shortfallSentence: Self.shortfall(of: indicator, besides: actual?.sentence, matcher: matcher))
        cache.append(value)
        return value
    }

    /// Every indicator, resolved, in registry order.
    public var all: [IndicatorValue] { paths.compactMap(value(at:)) }

    /// The indicators of `namespace` whose rule found nothing in the report.
    public func notFound(in namespace: String) -> [String] {
        paths.filter { $0.hasPrefix(namespace + ".") && value(at: $0)?.actual == nil }
    }

    /// Words that say a target was missed.
    static let shortfallWords = ["không đạt", "chưa đạt"]
    static let foldedShortfallWords = shortfallWords.map(TextFolding.foldedScalars)

    /// Another sentence that names the indicator and says it fell short. The
    /// value's own sentence is left out: its verdicts were read number by number.
    static func shortfall(of indicator: Indicator, besides own: String?, matcher: RuleMatcher) -> String? {
        // The sentences that name the indicator are few: each is then read for a
        // verdict, rather than every sentence searched once for each verdict word.
        for phrase in indicator.shortfallPhrases {
            for sentence in matcher.sentences(containing: [phrase]) where sentence != own {
                let folded = TextFolding.foldedScalars(sentence)
                if foldedShortfallWords.contains(where: { TextFolding.contains(folded, $0) }) { return sentence }
            }
        }
        return nil
    }
}
