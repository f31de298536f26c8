import Foundation
import Query

/// The interactive shell: a prompt, lines read through libedit, history kept
/// across sessions, Ctrl-C to clear a line and Ctrl-D to leave.
public struct REPL {
    static let prompt = "baocao> "
    static let continuationPrompt = "   ...> "

    public var engine: ShellEngine

    public init(engine: ShellEngine) { self.engine = engine }

    /// Runs until `.quit` or Ctrl-D; returns the exit status (0).
    public func run() -> ExitStatus {
        guard let editor = LineEditor(program: "baocao", historyPath: LineEditor.defaultHistoryPath()) else {
            Output.error("error: cannot start the line editor; reading plain lines instead")
            return ScriptRunner(engine: engine, keepGoing: true).run(source: readAllStandardInput(), name: "<stdin>")
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
                if buffer.isEmpty && line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                buffer += buffer.isEmpty ? line : "\n" + line
                let isDotCommand = buffer.trimmingCharacters(in: .whitespaces).hasPrefix(".")
                if !isDotCommand && Parser.needsContinuation(buffer) { continue }
                let entry = buffer
                buffer = ""
                editor.remember(entry)
                switch engine.handle(entry) {
                case .output(let text): if !text.isEmpty { Output.standard(text) }
                case .quit: return .success
                case .failure(let error):
                    Output.error(ErrorReport.inREPL(error, input: entry, promptWidth: REPL.prompt.count))
                }
            }
        }
    }
}

/// All of standard input as text (for scripts piped in).
func readAllStandardInput() -> String {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return String(decoding: data, as: UTF8.self)
}
