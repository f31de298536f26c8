import FoundationEssentials
import Dispatch
import Report
import Facts
import PluginKit
import Query
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// What came of one entry (a statement, or a dot-command).
public enum EntryOutcome {
    /// Text to print (possibly empty).
    case output(String)
    case failure(QueryError)
    /// `.quit`
    case quit
}

/// The shell's state shared by the REPL, scripts and `-c`: the query session,
/// the output format and destination, the number style and the last result.
public final class ShellEngine {
    public let session: QuerySession
    public var renderer: Renderer
    public var terminal: Terminal
    /// The last successful result, shown by `.why` and `.last`, and named `_` in queries.
    public internal(set) var last: Value?
    /// `.timer on`: print how long each query took.
    public var timer = false
    /// `.output FILE`: results go to this file until `.output` alone.
    public var outputFile: String?
    /// `.once FILE`: the next result goes to this file.
    public var onceFile: String?
    /// Set by `.last`: the next output is shown whole, not cut at a screenful.
    public var showWholeNext = false
    /// `.pager`: the command long results are shown through in the REPL; nil: none (cut at a screenful).
    /// Looked for (`$PAGER`, else `less` on the `PATH`) when first needed: one-shot use never pages.
    public lazy var pager: String? = Pager.defaultCommand()
    /// Problems met while starting (a broken plugin manifest): reported then,
    /// and in one-shot and script use they make the exit status non-zero.
    public var startupErrors = 0
    /// What the REPL's banner adds under its line (a corpus read by another
    /// baocao, say): worked out when the banner is shown, never in one-shot use.
    public var startupNotes: () -> [String] = { [] }
    /// A note a one-shot run writes after its answers when standard error is a terminal
    /// (many reports read from files: import them), known once the reports are loaded.
    public var answersNote: String?
    /// The REPL's history, for `.history`.
    public var historyProvider: (() -> [String])?
    /// Runs a script inside this session, for `.run FILE`; set by whoever can report its errors.
    public var scriptRunner: ((String) -> EntryOutcome)?

    /// The plugins, as the language's catalogue: indicators, views, functions.
    public let plugins: PluginCatalog

    public init(store: any FactSource, plugins: PluginCatalog, format: OutputFormat = .table, style: NumberStyle = .vietnamese,
                terminal: Terminal = Terminal(noColorFlag: true)) {
        self.plugins = plugins
        self.session = QuerySession(context: QueryContext(store: store, catalog: plugins))
        self.renderer = Renderer(format: format, style: style)
        self.terminal = terminal
        renderer.holdsSeveralReports = { store.reports.count > 1 }
    }

    public var context: QueryContext { session.context }

    /// Writes a result where `.output` and `.once` say; returns false when it went to the terminal.
    @discardableResult
    public func write(_ text: String) -> Bool {
        guard !text.isEmpty else { return true }
        if let file = onceFile ?? outputFile {
            onceFile = nil
            if append(text + "\n", to: file) { return true }
            Output.error(terminal.error("error: cannot write to '\(file)'; writing here instead"))
        }
        Output.standard(text)
        return false
    }

    /// Writes an error to standard error, coloured on a terminal.
    public func writeError(_ text: String) {
        Output.error(terminal.error(text))
    }

    private func append(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "a") else { return false }
        let written = fputs(text, file) >= 0
        return fclose(file) == 0 && written
    }

    /// One line: the report loaded, how many facts and indicators, where help is.
    /// Indicators are counted, not resolved, so the first prompt comes at once (`.plugins` says which were found).
    public var banner: String {
        let reports = context.store.reports
        let names = reports.count <= 3 ? reports.map(\.name).joined(by: ", ") : "\(reports.count) reports (reports lists them)"
        let domains = plugins.registry.plugins
        let indicators = domains.reduce(0) { $0 + $1.indicatorKeys.count }
        let line = "baocao — \(names): \(context.store.count) facts, \(indicators) indicators in \(domains.count) domains. Type .help for help."
        return ([line] + startupNotes()).joined(by: "\n")
    }
}
