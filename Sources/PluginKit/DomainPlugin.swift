/// A domain of the report — economy, land, education, security … — that
/// knows its indicators, how to find them, and what derives from them.
/// All plugins read the same fact store.
public protocol DomainPlugin: Sendable {
    /// The namespace in the query language: `economy` in `economy.tourism.revenue`.
    var namespace: String { get }
    var title: LocalizedText { get }
    /// One or two sentences on what the plugin covers.
    var summary: String { get }
    var indicators: [Indicator] { get }
    var derived: [DerivedIndicator] { get }
    /// Functions of the plugin's own, called as `namespace.name(…)`.
    var functions: [PluginFunction] { get }
    /// Where the plugin came from, for `.plugins`: "built in" or a manifest's path.
    var origin: String { get }
    /// A description of an indicator, derived indicator or function, by key, when the plugin gives one.
    func description(of key: String) -> String?
}

extension DomainPlugin {
    public var origin: String { "built in" }
    public func description(of key: String) -> String? { nil }
    public var derived: [DerivedIndicator] { [] }
    public var functions: [PluginFunction] { [] }
}
