import Platform
import PluginKit

/// The domain plugins baocao ships with: the one hand-written list. Each is a
/// folder of Plugins/ holding its spec, in the TOML users write their own
/// plugins in (`Plugins/Economy/economy.toml`), and Swift only where the
/// domain adds functions. A test fails when a folder is missing from the list.
public enum BuiltinPlugins {
    /// A built-in domain: its namespace, its folder, and the functions it adds in Swift.
    public struct Domain: Sendable {
        public var namespace: String
        public var folder: String
        public var functions: [PluginFunction]

        init(_ namespace: String, folder: String, functions: [PluginFunction] = []) {
            self.namespace = namespace
            self.folder = folder
            self.functions = functions
        }

        /// The spec's file name: `economy.toml`.
        public var specFile: String { namespace + ".toml" }
    }

    /// Registering a domain is one line here (and its spec's line in Package.swift's excludes).
    public static let domains: [Domain] = [
        Domain("economy", folder: "Economy"),
        Domain("land", folder: "Land", functions: LandFunctions.all),
        Domain("education", folder: "Education"),
        Domain("security", folder: "Security"),
        Domain("health", folder: "Health"),
        Domain("social", folder: "Social"),
        Domain("culture", folder: "Culture"),
        Domain("administration", folder: "Administration"),
        Domain("overview", folder: "Overview"),
    ]

    /// A registry of every built-in domain; each spec is read when its domain
    /// is first used, from `specCache` (a folder) when it holds the spec as read.
    /// `leavingOut` names a domain not to register: `plugin check` puts an
    /// edited copy of its spec in its place.
    public static func registry(specCache: String? = nil, leavingOut: String? = nil) -> PluginRegistry {
        var registry = PluginRegistry()
        for domain in domains where domain.namespace != leavingOut {
            try? registry.register(namespace: domain.namespace, origin: "built in") { () throws(PluginSpecError) -> DomainPlugin in
                try read(domain, specCache: specCache)
            }
        }
        return registry
    }

    /// Every built-in domain, read now (for the docs and the tests).
    public static var all: [DomainPlugin] { registry().plugins }

    /// The domain's spec, read (or taken from `specCache`), with its Swift functions added.
    public static func read(_ domain: Domain, specCache: String? = nil) throws(PluginSpecError) -> DomainPlugin {
        guard let path = specPath(of: domain) else {
            throw PluginSpecError(file: "\(domain.folder)/\(domain.specFile)", line: 0,
                                  "the built-in plugin's spec is missing: \(installedFolderName)/ is not beside the executable, and the source tree is gone")
        }
        var plugin = try PluginSpecCache.plugin(specAt: path, vocabularyAt: resourcePath("vocabulary.toml"), folder: specCache) {
            () throws(PluginSpecError) -> DomainPlugin in
            try PluginSpecReader.read(path: path, origin: "built in", vocabulary: try readVocabulary())
        }
        plugin.functions += domain.functions
        return plugin
    }

    /// The genre's shared vocabulary (`Plugins/vocabulary.toml`), read once, when first needed.
    public static var vocabulary: Vocabulary { (try? readVocabulary()) ?? Vocabulary() }

    /// The vocabulary, or why it cannot be read.
    static func readVocabulary() throws(PluginSpecError) -> Vocabulary {
        switch loadedVocabulary {
        case .success(let vocabulary): return vocabulary
        case .failure(let error): throw error
        }
    }

    private static let loadedVocabulary: Result<Vocabulary, PluginSpecError> = {
        guard let path = resourcePath("vocabulary.toml") else {
            return .failure(PluginSpecError(file: "vocabulary.toml", line: 0, "the shared vocabulary is missing"))
        }
        do throws(PluginSpecError) { return .success(try Vocabulary.read(path: path)) } catch { return .failure(error) }
    }()

    /// Where a domain's spec is: in the folder an installed baocao keeps beside
    /// its executable, else in the source tree it was built from.
    public static func specPath(of domain: Domain) -> String? {
        resourcePath("\(domain.folder)/\(domain.specFile)")
    }

    /// A file of `Plugins/` (`vocabulary.toml`, `Economy/economy.toml`), where it is found.
    static func resourcePath(_ relative: String) -> String? {
        for folder in [ExecutableLocation.folder.map { $0 + "/" + installedFolderName }, sourceFolder].compactMap({ $0 }) {
            let path = "\(folder)/\(relative)"
            if FileStatus.size(path) != nil { return path }
        }
        return nil
    }

    /// The folder, beside the executable, that an installed baocao keeps the specs in (as Plugins/ lays them out).
    public static let installedFolderName = "baocao_Plugins"

    /// `Plugins/` of the checkout this file was compiled from.
    static let sourceFolder: String? = ExecutableLocation.sourceFolder(of: #filePath)
}
