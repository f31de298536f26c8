import ArgumentParser
import Platform
import Query
import Shell

/// The options every mode shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("report"), help: ArgumentHelp("Load this report instead of the embedded one (repeatable).", valueName: "path"))
    var reports: [String] = []

    @Option(name: .customLong("db"), help: ArgumentHelp("Open this corpus database (made by `baocao import`) instead of reports.", valueName: "file"))
    var database: String?

    @Option(name: .customLong("plugins"), help: ArgumentHelp("Load the manifest plugins (*.toml) in this folder (repeatable).", valueName: "dir"))
    var pluginFolders: [String] = []

    @Option(help: "Output format: table, json, jsonl, csv, markdown or plain.")
    var format: String = "table"

    @Option(help: "Number style: vi (1.234,5, as the report) or en (1,234.5).")
    var numbers: String = "vi"

    @Flag(name: .customLong("no-color"), help: "Never colour the output (also NO_COLOR).")
    var noColor = false

    @Flag(name: .customLong("no-cache"), help: "Read the report afresh instead of from the parsed-store cache ($XDG_CACHE_HOME/baocao).")
    var noCache = false

    @Flag(name: .customLong("no-init"), help: "Do not run $XDG_CONFIG_HOME/baocao/init.bq before the first prompt.")
    var noInit = false

    @Flag(name: .customLong("keep-going"), help: "Go on after a failing statement of piped input or a script (the exit status still says it failed).")
    var keepGoing = false

    func validate() throws {
        guard OutputFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; one of: \(OutputFormat.allCases.map(\.rawValue).joined(by: ", "))")
        }
        guard NumberStyle(rawValue: numbers) != nil else { throw ValidationError("unknown number style '\(numbers)'; vi or en") }
    }

    /// The parsed options as plain values.
    var settings: Settings {
        Settings(reports: reports, database: database, pluginFolders: pluginFolders, format: OutputFormat(rawValue: format) ?? .table,
                 numbers: NumberStyle(rawValue: numbers) ?? .vietnamese, noColor: noColor, noCache: noCache, noInit: noInit,
                 keepGoing: keepGoing)
    }

    /// Loads the reports and makes the engine, or exits with 2 if a report cannot be read.
    func engine() throws -> ShellEngine { try settings.engine() }
}
