import Platform

/// An indicator made ready to be resolved in report after report: its path
/// built, its rules compiled and its shortfall phrases folded once. An import
/// resolves every indicator of every plugin in each report, and most find
/// nothing in a short report; looking each of these up by value in every
/// report (``CompiledRule/of(_:)``, a phrase's folding) cost as much as the
/// search that found nothing (docs/PERFORMANCE.md).
///
/// ``IndicatorResolver/valueIfStated(_:report:)`` takes one; a query, which asks
/// for a few indicators once, passes the indicator itself
/// (``IndicatorResolver/value(of:in:report:)``) and pays for nothing it does not ask.
public final class PreparedIndicator: Sendable {
    public let indicator: Indicator
    public let plugin: DomainPlugin
    /// `economy.tourism.revenue`.
    let path: String
    let actual: CompiledRule
    let target: CompiledRule?
    /// The indicator's shortfall phrases folded, each with its first word (``Indicator/folded(shortfallPhrase:)``).
    let shortfallPhrases: [(bytes: [UInt8], first: FoldedWord?)]

    public init(_ indicator: Indicator, in plugin: DomainPlugin) {
        self.indicator = indicator
        self.plugin = plugin
        path = "\(plugin.namespace).\(indicator.key)"
        actual = CompiledRule.of(indicator.actual)
        target = indicator.target.map(CompiledRule.of)
        shortfallPhrases = indicator.shortfallPhrases.map(Indicator.folded(shortfallPhrase:))
    }

    /// Every indicator of every plugin of `registry`, in order.
    public static func all(in registry: PluginRegistry) -> [PreparedIndicator] {
        registry.plugins.flatMap { plugin in plugin.indicators.map { PreparedIndicator($0, in: plugin) } }
    }
}
