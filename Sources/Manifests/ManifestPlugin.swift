import PluginKit

/// A domain plugin described in a TOML manifest: the same model as a Swift
/// plugin, so both register in one registry and answer the same queries.
public struct ManifestPlugin: DomainPlugin {
    public var namespace: String
    public var title: LocalizedText
    public var summary: String
    public var indicators: [Indicator]
    public var derived: [DerivedIndicator]
    public var functions: [PluginFunction]
    /// The manifest's path.
    public var origin: String
    /// The manifest's own version.
    public var version: String
    /// A description of each indicator and function, for `.describe` and `.help`.
    public var descriptions: [String: String]

    public func description(of key: String) -> String? { descriptions[key] }
}
