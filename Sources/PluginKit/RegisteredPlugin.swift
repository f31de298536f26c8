/// A plugin as the registry keeps it: its tables read once.
///
/// A plugin may compute `indicators` on each access — the built-in ones build
/// their tables, examples and all, in a computed property — and the registry,
/// the resolver and every indicator look-up ask for them; reading them once at
/// registration took a tenth of the start-up context's work off each start.
struct RegisteredPlugin: DomainPlugin {
    let base: any DomainPlugin
    let namespace: String
    let title: LocalizedText
    let summary: String
    let indicators: [Indicator]
    let derived: [DerivedIndicator]
    let functions: [PluginFunction]
    let origin: String

    init(_ plugin: any DomainPlugin) {
        base = plugin
        namespace = plugin.namespace
        title = plugin.title
        summary = plugin.summary
        indicators = plugin.indicators
        derived = plugin.derived
        functions = plugin.functions
        origin = plugin.origin
    }

    func description(of key: String) -> String? { base.description(of: key) }
}
