import PluginKit
import EconomyPlugin
import LandPlugin
import EducationPlugin
import SecurityPlugin
import HealthPlugin
import SocialPlugin
import CulturePlugin
import AdministrationPlugin

/// The domain plugins baocao ships with: the one hand-written list.
/// Registering a plugin is one line here (and its target in Package.swift).
public enum BuiltinPlugins {
    public static let all: [any DomainPlugin] = [
        EconomyPlugin(),
        LandPlugin(),
        EducationPlugin(),
        SecurityPlugin(),
        HealthPlugin(),
        SocialPlugin(),
        CulturePlugin(),
        AdministrationPlugin(),
    ]

    /// A registry holding every built-in plugin. Their indicator keys are
    /// checked by a test (PluginRegistryTests), not at every start.
    public static func registry() -> PluginRegistry { PluginRegistry(all, checkingKeys: false) }
}
