import Facts

/// Reads every registered indicator from a fact store, once: the values the
/// query language and the shell show.
public struct IndicatorResolver: Sendable {
    public let registry: PluginRegistry
    public let store: FactStore
    /// Resolved values by path, in registry order.
    public let values: [String: IndicatorValue]
    public let paths: [String]

    public init(registry: PluginRegistry, store: FactStore) {
        self.registry = registry
        self.store = store
        let matcher = RuleMatcher(store: store)
        var values: [String: IndicatorValue] = [:]
        var paths: [String] = []
        for plugin in registry.plugins {
            for indicator in plugin.indicators {
                let path = "\(plugin.namespace).\(indicator.key)"
                values[path] = IndicatorValue(
                    path: path, namespace: plugin.namespace, indicator: indicator,
                    actual: matcher.find(indicator.actual),
                    target: indicator.target.flatMap { matcher.find($0) })
                paths.append(path)
            }
        }
        self.values = values
        self.paths = paths
    }

    public func value(at path: String) -> IndicatorValue? { values[path] }

    /// The indicators of `namespace` whose rule found nothing in the report.
    public func notFound(in namespace: String) -> [String] {
        paths.filter { $0.hasPrefix(namespace + ".") && values[$0]?.actual == nil }
    }
}
