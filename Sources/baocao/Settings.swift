import FoundationEssentials
import Query
import Shell
import Platform
import PluginKit

/// The options every mode shares, as plain values: what `CommonOptions`
/// parses with ArgumentParser and `QuickArguments` reads by hand.
struct Settings {
    var reports: [String] = []
    /// A corpus database to open instead of reports.
    var database: String?
    var pluginFolders: [String] = []
    var format: OutputFormat = .table
    var numbers: NumberStyle = .vietnamese
    var noColor = false
    var noCache = false
    var noInit = false
    /// Go on after a failing statement of piped input or a script.
    var keepGoing = false

    /// Loads the reports and makes the engine, or exits with 2 if a report cannot be read.
    func engine() throws -> ShellEngine {
        let terminal = Terminal(noColorFlag: noColor)
        do {
            if let database {
                guard reports.isEmpty else {
                    Output.error(terminal.error("error: --db and --report do not go together: import the reports into the database"))
                    throw ExitCodeError(status: .usage)
                }
                let corpus = try ReportLoader.openCorpus(at: database, pluginFolders: pluginFolders, cache: !noCache)
                for error in corpus.pluginErrors { Output.error(terminal.error(error.description)) }
                let engine = ShellEngine(store: corpus.store, plugins: corpus.plugins, format: format, style: numbers, terminal: terminal)
                engine.startupErrors = corpus.pluginErrors.count
                let store = corpus.store
                engine.startupNotes = { ReportLoader.staleNote(store, path: database).map { [$0] } ?? [] }
                return engine
            }
            let loaded = try ReportLoader.load(reportPaths: reports, pluginFolders: pluginFolders, cache: !noCache)
            // A broken manifest is reported and left out; baocao starts without it.
            for error in loaded.pluginErrors { Output.error(terminal.error(error.description)) }
            let engine = ShellEngine(store: loaded.store, plugins: loaded.plugins, format: format, style: numbers, terminal: terminal)
            engine.startupErrors = loaded.pluginErrors.count
            let note = ReportLoader.importNote(for: loaded.store, paths: reports)
            engine.startupNotes = { note.map { [$0] } ?? [] }
            engine.answersNote = note
            return engine
        } catch let error as ReportLoader.LoadError {
            Output.error(terminal.error("error: \(error.description)"))
            throw ExitCodeError(status: .usage)
        }
    }
}
