import Report

/// A plugin as the registry keeps it: its tables read once, when first asked for.
///
/// A plugin may compute `indicators` on each access — the built-in ones build
/// their tables, examples and all, in a computed property — and the registry,
/// the resolver and every indicator look-up ask for them. They are read once,
/// and only for the plugins a run uses: a one-shot query about the economy
/// reads the economy plugin's tables and no other's.
struct RegisteredPlugin: DomainPlugin {
    let base: any DomainPlugin
    let namespace: String
    let origin: String
    private let tables: Tables

    init(_ plugin: any DomainPlugin) {
        base = plugin
        namespace = plugin.namespace
        origin = plugin.origin
        tables = Tables(plugin)
    }

    var title: LocalizedText { tables.read.title }
    var summary: String { tables.read.summary }
    var indicators: [Indicator] { tables.read.indicators }
    var derived: [DerivedIndicator] { tables.read.derived }
    var functions: [PluginFunction] { tables.read.functions }

    func description(of key: String) -> String? { base.description(of: key) }

    /// The plugin's tables, read on first use (under a lock: any thread may ask).
    private final class Tables: @unchecked Sendable {
        typealias Read = (title: LocalizedText, summary: String, indicators: [Indicator], derived: [DerivedIndicator],
                          functions: [PluginFunction])
        private let plugin: any DomainPlugin
        private let lock = Lock()
        private var tables: Read?

        init(_ plugin: any DomainPlugin) { self.plugin = plugin }

        var read: Read {
            lock.lock()
            defer { lock.unlock() }
            if let tables { return tables }
            let read = (plugin.title, plugin.summary, plugin.indicators, plugin.derived, plugin.functions)
            tables = read
            return read
        }
    }
}
