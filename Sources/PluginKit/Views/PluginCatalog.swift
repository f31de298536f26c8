import Platform
import Facts
import Query

/// The plugins as the query language sees them: the catalogue that resolves
/// `economy.tourism.revenue`, `land.clearance_share(…)` and `scorecard`
/// against a fact store. The shell makes one and hands it to the language.
public final class PluginCatalog: QueryCatalog, @unchecked Sendable {
    public let registry: PluginRegistry
    /// Where the indicators' values come from.
    public let resolver: any IndicatorSource

    /// The catalogue of a fact store: its indicators resolved by the plugins'
    /// rules, and kept in `cacheFolder` for later runs (nil: not kept).
    public convenience init(registry: PluginRegistry, store: FactStore, cacheFolder: String? = nil) {
        self.init(registry: registry, indicators: IndicatorResolver(registry: registry, store: store, cacheFolder: cacheFolder))
    }

    /// The catalogue of indicators given elsewhere (a corpus database).
    public init(registry: PluginRegistry, indicators: any IndicatorSource) {
        self.registry = registry
        resolver = indicators
    }

    public var sourceNames: [String] { IndicatorViews.names }

    public var sourceEntries: [LanguageReference.Entry] { IndicatorViews.entries }

    public func source(named name: String) -> Value? { IndicatorViews.view(name, resolver) }

    /// An indicator or derived indicator: the namespace, then the longest key
    /// the plugin defines (`tourism.revenue` of `economy.tourism.revenue.target`);
    /// or, as a whole path, a domain or a group of its keys (`economy`,
    /// `economy.tourism`): its indicators, a row an indicator and report, as
    /// `indicators` lists them.
    public func lookup(_ path: NamePath) -> (entry: CatalogEntry, length: Int)? {
        guard let plugin = registry.plugin(named: path.head) else { return nil }
        guard path.parts.count > 1 else { return (.value(group(of: plugin, under: nil)), 1) }
        for length in stride(from: path.parts.count, through: 2, by: -1) {
            let key = path.parts[1..<length].joined(by: ".")
            if let indicator = plugin.indicator(key: key) {
                // One report: the indicator. Several: its value in each, a row a report.
                let values = resolver.values(of: indicator, in: plugin)
                if values.count == 1 { return (.value(.entity(values[0])), length) }
                return (.value(.list(values.map(Value.entity))), length)
            }
            if let derived = plugin.derivedIndicator(key: key) {
                let formula = QueryFormula(name: "\(plugin.namespace).\(key)", text: derived.expression, body: derived.formula)
                return (.formula(formula), length)
            }
        }
        let prefix = path.parts.dropFirst().joined(by: ".") + "."
        guard plugin.indicators.contains(where: { $0.key.hasPrefix(prefix) }) else { return nil }
        return (.value(group(of: plugin, under: prefix)), path.parts.count)
    }

    /// The values of the plugin's indicators whose keys start with `prefix` (nil: all of them).
    private func group(of plugin: DomainPlugin, under prefix: String?) -> Value {
        .list(plugin.indicators.filter { prefix.map($0.key.hasPrefix) ?? true }
            .flatMap { resolver.values(of: $0, in: plugin) }.map(Value.entity))
    }

    public func function(_ path: NamePath) -> QueryFunction? {
        guard path.parts.count == 2 else { return nil }
        return registry.plugin(named: path.head)?.function(named: path.parts[1])?.function
    }

    public func isNamespace(_ name: String) -> Bool { registry.namespaces.contains(name) }

    public var knownNames: [String] {
        registry.namespaces + registry.plugins.flatMap { plugin in
            plugin.paths + plugin.functions.map { "\(plugin.namespace).\($0.name)" }
        }
    }
}
