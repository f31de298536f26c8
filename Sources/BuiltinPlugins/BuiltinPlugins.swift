import PluginKit
import EconomyPlugin

/// The domain plugins baocao ships with: the one hand-written list.
/// Registering a plugin is one line here (and its target in Package.swift).
public enum BuiltinPlugins {
    public static let all: [any DomainPlugin] = [
        EconomyPlugin(),
    ]

    /// A registry holding every built-in plugin.
    public static func registry() -> PluginRegistry { PluginRegistry(all) }
}
