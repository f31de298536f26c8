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
        guard let editor = LineEditor(program: "baocao", historyPath: HistoryFile.defaultPath()) else {
            engine.writeError("error: cannot start the line editor (libedit); reading plain lines instead")
            return ScriptRunner(engine: engine, keepGoing: true).run(source: readAllStandardInput(), name: "<stdin>")
        }
        engine.session.isCancelled = { Interrupt.isRaised }
        let completer = Completer(engine: engine)
        editor.completions = { completer.complete($0) }
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
                switch engine.handle(entry) {
                case .output(let text): writeScreenful(text)
                case .quit: return .success
                case .failure(let error):
                    engine.writeError(ErrorReport.inREPL(error, input: entry, promptWidth: REPL.prompt.count))
                }
            }
        }
    }

    /// A long result is cut at a screenful, with a line saying what was left out.
    private func writeScreenful(_ text: String) {
        let whole = engine.showWholeNext
        engine.showWholeNext = false
        guard !whole, engine.outputFile == nil, engine.onceFile == nil, let rows = Terminal.rows else {
            engine.write(text)
            return
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let room = max(5, rows - 3)
        guard lines.count > room else {
            engine.write(text)
            return
        }
        engine.write(lines.prefix(room).joined(separator: "\n"))
        engine.write("… \(lines.count - room) more lines not shown (.last shows the whole result)")
    }

    /// `$XDG_CONFIG_HOME/baocao/init.bq`, else `~/.config/baocao/init.bq`.
    static func initFilePath() -> String? { BaseDirectories.config.map { $0 + "/init.bq" } }
}

/// All of standard input as text (for scripts piped in).
func readAllStandardInput() -> String {
    String(decoding: StandardStreams.readAllInput(), as: UTF8.self)
}
