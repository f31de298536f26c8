import FoundationEssentials
import Platform

/// Loads users' plugin specs (manifests: `*.toml` in the folders given) into a
/// registry. A broken one is reported and left out; the rest of baocao
/// starts without it.
public enum PluginLoader {
    /// What loading a set of folders gave: the registry with the manifests added, and the errors.
    public struct Result: Sendable {
        public var registry: PluginRegistry
        public var errors: [PluginSpecError]

        public init(registry: PluginRegistry, errors: [PluginSpecError]) {
            self.registry = registry
            self.errors = errors
        }
    }

    /// Loads every `*.toml` in `folders` (missing folders are reported) into
    /// `registry`; the vocabulary is asked for only when there is a spec to read.
    public static func load(folders: [String], into registry: PluginRegistry, reportMissing: Bool = true,
                            vocabulary: @autoclosure () -> Vocabulary = Vocabulary()) -> Result {
        var result = Result(registry: registry, errors: [])
        for folder in folders {
            guard FileStatus.isDirectory(folder) else {
                if reportMissing { result.errors.append(PluginSpecError(file: folder, line: 0, "plugin folder does not exist")) }
                continue
            }
            let files = (FileStatus.entries(of: folder) ?? []).filter { $0.hasSuffix(".toml") }.sorted()
            for file in files {
                let path = folder.hasSuffix("/") ? folder + file : folder + "/" + file
                do throws(PluginSpecError) {
                    // Through the spec cache's keying (no cache folder): the plugin is named by its bytes.
                    let plugin = try PluginSpecCache.plugin(specAt: path, vocabularyAt: nil, folder: nil) {
                        () throws(PluginSpecError) -> DomainPlugin in try PluginSpecReader.read(path: path, vocabulary: vocabulary())
                    }
                    do throws(PluginRegistry.RegistrationError) {
                        try result.registry.register(plugin)
                    } catch {
                        let source = PluginSpecSource((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
                        result.errors.append(PluginSpecError(file: path, line: source.line(of: "namespace"), error.description))
                    }
                } catch {
                    result.errors.append(error)
                }
            }
        }
        return result
    }
}
