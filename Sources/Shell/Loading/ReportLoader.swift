import FoundationEssentials
import Platform
import Report
import Facts
import FactReading
import FactCache
import PluginKit
import Corpus
import BuiltinPlugins

/// Loads the reports named on the command line (or the embedded one) and the
/// plugins (built in, then users' specs), for every mode of the shell.
public enum ReportLoader {
    /// A report file that could not be loaded, said plainly.
    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// What loading gave: the store, the plugins as the language's catalogue,
    /// and the users' specs that could not be loaded (baocao starts without them).
    public struct Loaded {
        public var store: FactStore
        public var plugins: PluginCatalog
        public var pluginErrors: [PluginSpecError]
    }

    public static func load(reportPaths: [String], pluginFolders: [String] = [], userPlugins: Bool = true,
                            cache: Bool = false) throws(LoadError) -> Loaded {
        let store = try loadStore(reportPaths: reportPaths, cache: cache)
        let plugins = loadPlugins(pluginFolders: pluginFolders, userPlugins: userPlugins, specCache: cache ? BaseDirectories.cache : nil)
        return Loaded(store: store, plugins: PluginCatalog(registry: plugins.registry, store: store, cacheFolder: cache ? BaseDirectories.cache : nil),
                      pluginErrors: plugins.errors)
    }

    /// The report files `paths` name (files, folders of `.md` files, globs), in order.
    public static func reportFiles(_ paths: [String]) throws(LoadError) -> [String] {
        do throws(ReportPaths.Failure) { return try ReportPaths.expand(paths) } catch { throw LoadError(description: error.description) }
    }

    /// A corpus database opened for questions, with the plugins: its facts and
    /// indicators' values are the database's.
    public static func openCorpus(at path: String, pluginFolders: [String] = [], userPlugins: Bool = true, cache: Bool = false)
        throws(LoadError) -> (store: CorpusStore, plugins: PluginCatalog, pluginErrors: [PluginSpecError]) {
        let plugins = loadPlugins(pluginFolders: pluginFolders, userPlugins: userPlugins, specCache: cache ? BaseDirectories.cache : nil)
        do throws(CorpusError) {
            let corpus = try CorpusStore(path: path, registry: plugins.registry)
            return (corpus, PluginCatalog(registry: plugins.registry, indicators: corpus), plugins.errors)
        } catch {
            throw LoadError(description: error.description)
        }
    }

    /// When some of the corpus's reports were read otherwise than this
    /// baocao and these plugins read them: how many, and how to read them
    /// again. Asked by the REPL only, as it reads every plugin's spec.
    public static func staleNote(_ corpus: CorpusStore, path: String) -> String? {
        let stale = corpus.reportsRead(otherwiseThan: CorpusReading.identity(of: corpus.registry))
        guard stale > 0 else { return nil }
        return "note: \(stale) of the \(corpus.reportNames.count) reports were read by another baocao or other plugin specs; "
            + "import their files again (baocao import FILES… --db \(path)) to read them as this baocao does"
    }

    /// From how many reports given with `--report` a note says to import them: every run reads them all again
    /// (a few seconds for some hundreds), where a corpus database answers at once.
    public static let reportsWorthImporting = 50

    /// When `store` holds the reports read from `paths`, as many as are worth a corpus database: what each
    /// run costs and the two commands that make it instant.
    public static func importNote(for store: FactStore, paths: [String]) -> String? {
        let reportCount = store.reports.count
        guard reportCount >= reportsWorthImporting else { return nil }
        let given = paths.map { $0.contains(" ") ? ShellWord.quoted($0) : $0 }.joined(separator: " ")
        return "note: the \(reportCount) reports are read again on every run; "
            + "import them once (baocao import \(given) --db corpus.db) and open the database (baocao --db corpus.db) to answer at once"
    }

    /// The store of the reports at `reportPaths` (files, folders of `.md`
    /// files, globs), or of the embedded report.
    public static func loadStore(reportPaths: [String], cache: Bool) throws(LoadError) -> FactStore {
        let store: FactStore
        do {
            let paths = reportPaths.isEmpty ? [try embeddedPath()] : try ReportPaths.expand(reportPaths)
            if paths.count == 1, cache {
                // One report: the parsed store may come from the cache, not read again.
                let path = paths[0]
                store = try FactCache.store(forReportAt: path, name: ReportReader.name(of: path), folder: BaseDirectories.cache)
            } else {
                // Reports of one corpus, read one by one: room for all of them at once.
                IngestArena.reserve(forTextBytes: paths.reduce(0) { $0 + (FileStatus.size($1) ?? 0) })
                store = FactStore(documents: try paths.map { try ReportReader.read(path: $0) })
            }
        } catch let error as ReportError {
            throw LoadError(description: error.description)
        } catch let error as LoadError {
            throw error
        } catch let error as ReportPaths.Failure {
            throw LoadError(description: error.description)
        } catch {
            throw LoadError(description: "cannot read report: \(error)")
        }
        return store
    }

    /// The built-in plugins, then the specs of `pluginFolders` and, if asked,
    /// of the user's plugin folder.
    /// `specCache` is the folder the built-in specs, once read, are kept in (nil: read them each time).
    public static func loadPlugins(pluginFolders: [String], userPlugins: Bool, specCache: String? = nil) -> PluginLoader.Result {
        var loaded = PluginLoader.load(folders: pluginFolders, into: BuiltinPlugins.registry(specCache: specCache),
                                       vocabulary: BuiltinPlugins.vocabulary)
        if userPlugins, let folder = userPluginFolder() {
            let user = PluginLoader.load(folders: [folder], into: loaded.registry, reportMissing: false, vocabulary: BuiltinPlugins.vocabulary)
            loaded = PluginLoader.Result(registry: user.registry, errors: loaded.errors + user.errors)
        }
        return loaded
    }

    private static func embeddedPath() throws -> String {
        guard let path = EmbeddedReport.path else { throw LoadError(description: "the embedded report is missing from the resource bundle") }
        return path
    }

    /// `$XDG_CONFIG_HOME/baocao/plugins`, else `~/.config/baocao/plugins`.
    public static func userPluginFolder() -> String? { BaseDirectories.config.map { $0 + "/plugins" } }
}
