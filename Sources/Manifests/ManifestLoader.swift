import FoundationEssentials
import TOMLKit
import Report
import PluginKit
import Query

/// Reads TOML manifests into plugins, checking everything a Swift plugin's
/// compiler would: the TOML itself, units, expressions, clashes and the
/// baocao version it needs. A broken manifest is reported as
/// `FILE:LINE: error: …` and left out; the rest of baocao starts without it.
public enum ManifestLoader {
    /// The baocao version manifests are checked against.
    public static let baocaoVersion = "0.1.0"

    /// What loading a set of folders gave: the registry with the manifests added, and the errors.
    public struct Result {
        public var registry: PluginRegistry
        public var errors: [ManifestError]

        public init(registry: PluginRegistry, errors: [ManifestError]) {
            self.registry = registry
            self.errors = errors
        }
    }

    /// Loads every `*.toml` in `folders` (missing folders are reported) into `registry`.
    public static func load(folders: [String], into registry: PluginRegistry, reportMissing: Bool = true) -> Result {
        var result = Result(registry: registry, errors: [])
        for folder in folders {
            guard FileStatus.isDirectory(folder) else {
                if reportMissing { result.errors.append(ManifestError(file: folder, line: 0, "plugin folder does not exist")) }
                continue
            }
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".toml") }.sorted()
            for file in files {
                let path = folder.hasSuffix("/") ? folder + file : folder + "/" + file
                do {
                    let plugin = try load(path: path)
                    do {
                        try result.registry.register(plugin)
                    } catch {
                        let source = ManifestSource((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
                        let line: Int
                        switch error {
                        case .duplicateNamespace: line = source.line(of: "namespace")
                        case .duplicateIndicator(let path): line = source.line(of: String(path.split(separator: ".", maxSplits: 1).last ?? ""))
                        }
                        result.errors.append(ManifestError(file: path, line: line, error.description))
                    }
                } catch let error as ManifestError {
                    result.errors.append(error)
                } catch {
                    result.errors.append(ManifestError(file: path, line: 1, "\(error)"))
                }
            }
        }
        return result
    }

    /// Reads one manifest.
    public static func load(path: String) throws -> ManifestPlugin {
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
            throw ManifestError(file: path, line: 0, "cannot read the manifest as UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Reads a manifest from its text.
    public static func parse(_ text: String, path: String) throws -> ManifestPlugin {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ManifestError(file: path, line: error.source.begin.line, "bad TOML: \(error.description)")
        }
        return try ManifestReader(table: table, source: ManifestSource(text), path: path).plugin()
    }

    /// Whether a manifest needing `required` (`0.1`, `>= 0.1`) runs on this baocao.
    static func supports(_ required: String) -> Bool {
        let wanted = required.filter { $0.isNumber || $0 == "." }.split(separator: ".").compactMap { Int($0) }
        let have = baocaoVersion.split(separator: ".").compactMap { Int($0) }
        guard !wanted.isEmpty else { return false }
        // Same major version, and no newer minor than this one.
        if wanted[0] != have[0] { return false }
        return (wanted.count > 1 ? wanted[1] : 0) <= have[1]
    }
}
