import FoundationEssentials
import Platform
import ArgumentParser
import Shell
import PluginKit
import Corpus
import Query

/// `baocao import REPORTS… --db FILE`: builds or updates a corpus database.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import reports (files, folders, globs) into a corpus database, to open with --db.",
        discussion: """
        A report already in the database with the same bytes is skipped; one whose file changed replaces its \
        old self; the same bytes read by another baocao or other plugin specs are read again. The import is \
        one transaction: cut off, it leaves the database as it was.
        """)

    @Option(name: .customLong("db"), help: ArgumentHelp("The corpus database to create or update.", valueName: "file"))
    var database: String

    @Option(name: .customLong("plugins"), help: ArgumentHelp("Resolve these manifest plugins' indicators too (repeatable).", valueName: "dir"))
    var pluginFolders: [String] = []

    @Flag(name: .customLong("quiet"), help: "Print nothing but errors.")
    var quiet = false

    @Argument(help: ArgumentHelp("The reports: files, folders of .md or .txt files, or globs.", valueName: "report"))
    var reports: [String]

    func run() throws {
        let terminal = Terminal(noColorFlag: false)
        do {
            let files = try ReportLoader.reportFiles(reports)
            // The built-in specs from the cache the other commands keep them in: parsing their TOML would
            // cost an import of a few reports as much as reading them does.
            let plugins = ReportLoader.loadPlugins(pluginFolders: pluginFolders, userPlugins: true, specCache: BaseDirectories.cache)
            for error in plugins.errors { Output.error(terminal.error(error.description)) }
            let started = MonotonicClock.now
            let summary = try CorpusImporter.run(paths: files, database: database, registry: plugins.registry)
            let seconds = Double(MonotonicClock.now - started) / 1e9
            if !quiet {
                var line = "imported \(summary.imported.count) report(s)"
                if !summary.replaced.isEmpty { line += ", replaced \(summary.replaced.count)" }
                if !summary.reread.isEmpty { line += ", read again \(summary.reread.count) (first read by another baocao or other plugin specs)" }
                if !summary.skipped.isEmpty { line += ", skipped \(summary.skipped.count) already there" }
                let megabytes = (Decimal(summary.bytes) / 1_000_000).rounded(places: 1)
                let time = Decimal(Int(seconds * 100)) / 100
                line += " into \(database) (\(NumberStyle.vietnamese.format(megabytes)) MB of text in \(NumberStyle.vietnamese.format(time)) s)"
                Output.standard(line)
            }
        } catch let error as ReportLoader.LoadError {
            Output.error(terminal.error("error: \(error.description)"))
            throw ExitCodeError(status: .usage)
        } catch let error as CorpusError {
            Output.error(terminal.error("error: \(error.description)"))
            throw ExitCodeError(status: .usage)
        }
    }
}
