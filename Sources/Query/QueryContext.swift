import Facts
import PluginKit

/// What queries read: the fact store and the indicators the plugins found in it.
public struct QueryContext: Sendable {
    public let store: FactStore
    public let resolver: IndicatorResolver
    public var registry: PluginRegistry { resolver.registry }

    public init(store: FactStore, registry: PluginRegistry) {
        self.store = store
        self.resolver = IndicatorResolver(registry: registry, store: store)
    }

    /// The names a query can start with besides variables, for completion and suggestions.
    public static let sources = ["facts", "indicators", "targets", "scorecard", "missed", "search"]
}
