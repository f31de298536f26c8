import Platform
import Facts

/// Where indicators' values come from: resolved from a fact store by the
/// plugins' rules (``IndicatorResolver``), or read as a corpus database keeps
/// them. The catalogue, the views and the shell ask only this.
public protocol IndicatorSource: AnyObject, Sendable {
    var registry: PluginRegistry { get }
    /// The reports values are given for, by name, in load order.
    var reportNames: [String] { get }
    /// The indicator in `report` (nil: the first report).
    func value(of indicator: Indicator, in plugin: DomainPlugin, report: String?) -> IndicatorValue
    /// The indicator in each report, in load order.
    func values(of indicator: Indicator, in plugin: DomainPlugin) -> [IndicatorValue]
    /// Keeps what was resolved for later runs, where the source keeps anything.
    func saveResolutions()
}

extension IndicatorSource {
    public func saveResolutions() {}

    /// Every indicator path (derived ones aside), in registry order.
    public var paths: [String] {
        registry.plugins.flatMap { plugin in plugin.indicators.map { "\(plugin.namespace).\($0.key)" } }
    }

    /// The indicator at `path` (`economy.tourism.revenue`) in `report` (nil: the first); nil if there is none.
    public func value(at path: String, report: String? = nil) -> IndicatorValue? {
        guard let dot = path.firstIndex(of: "."), let plugin = registry.plugin(named: String(path[..<dot])),
              let indicator = plugin.indicator(key: String(path[path.index(after: dot)...])) else { return nil }
        return value(of: indicator, in: plugin, report: report)
    }

    /// Every indicator in every report: by indicator in registry order, then by report.
    public var all: [IndicatorValue] {
        registry.plugins.flatMap { plugin in plugin.indicators.flatMap { values(of: $0, in: plugin) } }
    }

    /// The indicators of `namespace` found in no report.
    public func notFound(in namespace: String) -> [String] {
        guard let plugin = registry.plugin(named: namespace) else { return [] }
        return plugin.indicators.filter { indicator in values(of: indicator, in: plugin).allSatisfy { $0.actual == nil } }
            .map { "\(namespace).\($0.key)" }
    }
}
