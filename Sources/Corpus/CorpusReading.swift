import Platform
import PluginKit

/// How reports are read into a corpus: a name for this baocao and the specs
/// of the plugins that resolve their indicators. Each report keeps the name it
/// was read under (`reports.reading`); an import of the same bytes read under
/// another name reads them again, since a newer baocao or a changed spec may
/// find other facts and values in them (tables, a rule's new wording).
public enum CorpusReading {
    /// The name for `registry`'s plugins read by this binary: each plugin's
    /// spec key (its spec's bytes, the vocabulary's and the binary's; built-in
    /// and user plugins have one), or its name and version where it has none
    /// (a plugin made in code).
    public static func identity(of registry: PluginRegistry) -> String {
        var checksum = Checksum()
        checksum.add(bytes: ExecutableLocation.identity.utf8)
        for plugin in registry.plugins {
            checksum.add(bytes: (plugin.specKey ?? "\(plugin.namespace) \(plugin.version)").utf8)
            checksum.add(bytes: [0])
        }
        return String(checksum.value, radix: 16)
    }
}
