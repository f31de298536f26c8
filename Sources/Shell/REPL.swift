import FoundationEssentials
import Report
import Query
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// The interactive shell: a prompt, lines read through libedit, history kept
/// across sessions, Tab completion, Ctrl-C to clear a line and Ctrl-D to leave.
public struct REPL {
    static let prompt = "baocao> "
    static let continuationPrompt = "   ...> "

    public var engine: ShellEngine
    /// Run `$XDG_CONFIG_HOME/baocao/init.bq` before the first prompt.
    public var runInitFile = true

    public init(engine: ShellEngine, runInitFile: Bool = true) {
        self.engine = engine
        self.runInitFile = runInitFile
    }

    /// Runs until `.quit` or Ctrl-D; returns the exit status (0).
    public func run() -> ExitStatus {
        // The terminal's settings as found, to leave it as it was.
        let settings = Terminal.hideControlEcho()
        defer { settings.map(Terminal.restore) }
        guard let editor = LineEditor(program: "baocao", historyPath: HistoryFile.defaultPath()) else {
            engine.writeError("error: cannot start the line editor (libedit); reading plain lines instead")
            return ScriptRunner(engine: engine, keepGoing: true).run(source: readAllStandardInput(), name: "<stdin>")
        }
        engine.session.isCancelled = { Interrupt.isRaised }
        let completer = Completer(engine: engine)
        editor.completions = { completer.completions($0) }
        engine.historyProvider = { editor.entries }
        engine.scriptRunner = { ScriptRunner.runFile($0, in: engine) }
        if runInitFile, let initFile = REPL.initFilePath(), FileManager.default.fileExists(atPath: initFile) {
            _ = ScriptRunner.runFile(initFile, in: engine)
        }
        Output.standard(engine.banner)
        var buffer = ""
        while true {
            switch editor.readLine(prompt: buffer.isEmpty ? REPL.prompt : REPL.continuationPrompt) {
            case .endOfInput:
                Output.standard("")
                return .success
            case .interrupted:
                buffer = ""
                Output.standard("")
                continue
            case .line(let line):
                if buffer.isEmpty && line.trimmingWhitespace().isEmpty { continue }
                buffer += buffer.isEmpty ? line : "\n" + line
                let isDotCommand = buffer.trimmingWhitespace().hasPrefix(".")
                if !isDotCommand && Parser.needsContinuation(buffer) { continue }
                let entry = buffer
                buffer = ""
                editor.remember(entry)
                Interrupt.reset()
                // libedit turns `^C` echo back on between lines: off again while the query runs.
                _ = Terminal.hideControlEcho()
                switch engine.handle(entry) {
                case .output(let text): writeScreenful(text, isResult: !isDotCommand || entry.trimmingWhitespace().hasPrefix(".last"))
                case .quit: return .success
                case .failure(let error):
                    engine.writeError(ErrorReport.inREPL(error, input: entry, promptWidth: REPL.prompt.count))
                }
            }
        }
    }

    /// Output longer than the screen goes through the pager when there is one;
    /// without, a query's result is cut at a screenful, with a line saying
    /// what was left out (`.last` shows it whole), and a command's shown whole.
    private func writeScreenful(_ text: String, isResult: Bool) {
        let whole = engine.showWholeNext
        engine.showWholeNext = false
        guard engine.outputFile == nil, engine.onceFile == nil, let rows = Terminal.rows else {
            engine.write(text)
            return
        }
        let columns = max(1, Terminal.columns ?? 80)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Lines as the terminal shows them: a long one wraps onto several.
        let shown = lines.reduce(0) { $0 + max(1, (TextWidth.of(String($1)) + columns - 1) / columns) }
        let room = max(5, rows - 3)
        guard shown > room else {
            engine.write(text)
            return
        }
        if let pager = engine.pager, Pager.show(text, through: pager) { return }
        guard isResult, !whole else {
            engine.write(text)
            return
        }
        engine.write(lines.prefix(room).joined(separator: "\n"))
        engine.write("… \(lines.count - room) more lines not shown (.last shows the whole result; .pager on pages it)")
    }

    /// `$XDG_CONFIG_HOME/baocao/init.bq`, else `~/.config/baocao/init.bq`.
    static func initFilePath() -> String? { BaseDirectories.config.map { $0 + "/init.bq" } }
}

/// All of standard input as text (for scripts piped in).
func readAllStandardInput() -> String {
    String(decoding: StandardStreams.readAllInput(), as: UTF8.self)
}
