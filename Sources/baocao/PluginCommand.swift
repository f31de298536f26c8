import FoundationEssentials
import ArgumentParser
import Shell
import PluginKit
import BuiltinPlugins
import Platform

/// `baocao plugin new|check`: scaffold and validate domain plugins.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin", abstract: "Create or check a domain plugin.",
        subcommands: [New.self, CheckManifest.self])

    /// `baocao plugin new NAME [--swift]`
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new", abstract: "Write a new plugin: a commented TOML manifest, or with --swift a built-in domain folder under Plugins/ (spec and Swift functions).")

        @Argument(help: "The plugin's namespace (lower case): transport, environment …")
        var name: String

        @Flag(help: "Write a built-in domain under Plugins/ (its spec and a Swift function) instead of a manifest.")
        var swift = false

        @Option(help: ArgumentHelp("Where to write (default: the current folder; for --swift, the package root).", valueName: "dir"))
        var directory: String = "."

        func run() throws {
            guard PluginRegistry.isValidNamespace(name) else {
                Output.error("error: a plugin name is lower case letters, digits and _ (like transport), not '\(name)'")
                throw ExitCodeError(status: .usage)
            }
            guard !BuiltinPlugins.registry().namespaces.contains(name) else {
                Output.error("error: '\(name)' is the namespace of a built-in domain; choose another (\(name)_local, say)")
                throw ExitCodeError(status: .usage)
            }
            // A plugin the user has installed, or one in the folder written to, is in use too.
            let installed = ReportLoader.loadPlugins(pluginFolders: swift ? [] : [directory], userPlugins: true).registry
            guard !installed.namespaces.contains(name) else {
                Output.error("error: a plugin called '\(name)' is already installed (in \(ReportLoader.userPluginFolder() ?? "your plugin folder") or \(directory)); choose another name")
                throw ExitCodeError(status: .usage)
            }
            do {
                if swift {
                    let (path, registration) = try PluginScaffold.writeSwift(name: name, packageRoot: directory)
                    print("wrote \(path)")
                    print(registration)
                } else {
                    let path = try PluginScaffold.writeManifest(name: name, folder: directory)
                    print("wrote \(path)")
                    print("check it against the report with: baocao plugin check \(path)")
                    print("load it with: baocao --plugins \(URL(fileURLWithPath: path).deletingLastPathComponent().path)")
                }
            } catch {
                // The scaffold throws only `ScaffoldError` (typed throws).
                Output.error("error: \(error.description)")
                throw ExitCodeError(status: .usage)
            }
        }
    }

    /// `baocao plugin check FILE`
    struct CheckManifest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Validate a manifest against the loaded report and list which indicators it found.")

        @Argument(help: "The manifest (.toml), or a plugin's folder holding one.")
        var file: String

        @Option(name: .customLong("report"), help: ArgumentHelp("Check against this report instead of the embedded one.", valueName: "path"))
        var reports: [String] = []

        func run() throws {
            let plugin: DomainPlugin
            do throws(PluginSpecError) {
                plugin = try PluginSpecReader.read(path: try Self.spec(in: file), vocabulary: BuiltinPlugins.vocabulary)
            } catch {
                Output.error(error.description)
                throw ExitCodeError(status: .queryFailed)
            }
            let checked: PluginCheck.Report
            do {
                checked = try PluginCheck.run(plugin, reportPaths: reports)
            } catch {
                // `PluginCheck.run` throws only `CheckError` (typed throws).
                Output.error(error.description)
                throw ExitCodeError(status: error.isUsage ? .usage : .queryFailed)
            }
            print(checked.text)
            if !checked.passed { throw ExitCodeError(status: .queryFailed) }
        }

        /// The spec `path` names: the file itself, or the one `.toml` of a plugin's folder.
        static func spec(in path: String) throws(PluginSpecError) -> String {
            guard FileStatus.isDirectory(path) else { return path }
            let specs = (FileStatus.entries(of: path) ?? []).filter { $0.hasSuffix(".toml") }.sorted()
            guard specs.count == 1 else {
                throw PluginSpecError(file: path, line: 0, specs.isEmpty
                    ? "is a folder with no plugin spec (.toml) in it"
                    : "is a folder with \(specs.count) specs; name one: \(specs.joined(by: ", "))")
            }
            return (path.hasSuffix("/") ? path : path + "/") + specs[0]
        }
    }
}
