import FoundationEssentials
import Facts
import Shell

/// The options every mode shares, as plain values: what `CommonOptions`
/// parses with ArgumentParser and `QuickArguments` reads by hand.
struct Settings {
    var reports: [String] = []
    var pluginFolders: [String] = []
    var format: OutputFormat = .table
    var numbers: NumberStyle = .vietnamese
    var noColor = false
    var noCache = false
    var noInit = false

    /// Loads the reports and makes the engine, or exits with 2 if a report cannot be read.
    func engine() throws -> ShellEngine {
        let terminal = Terminal(noColorFlag: noColor)
        do {
            let (context, manifestErrors) = try ReportLoader.context(reportPaths: reports, pluginFolders: pluginFolders, cache: !noCache)
            // A broken manifest is reported and left out; baocao starts without it.
            for error in manifestErrors { Output.error(terminal.error(error.description)) }
            return ShellEngine(context: context, format: format, style: numbers, terminal: terminal)
        } catch {
            Output.error(terminal.error("error: \(error.description)"))
            throw ExitCodeError(status: .usage)
        }
    }
}
