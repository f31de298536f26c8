import FoundationEssentials
import Platform
import Query
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Shell

/// What `baocao [-c EXPR]…` does, however its command line was read: runs
/// the `-c` expressions, else the REPL on a terminal, else piped input as a script.
struct StartMode {
    var settings: Settings
    var commands: [String]

    func run() throws {
        let engine = try settings.engine()
        if !commands.isEmpty {
            for command in commands {
                switch engine.handle(command) {
                case .output(let text): engine.write(text)
                case .quit: return
                case .failure(let error):
                    engine.writeError(ErrorReport.inlinePublic(error, input: command))
                    throw ExitCodeError(status: error.phase == .syntax ? .syntaxError : .queryFailed)
                }
            }
            // On a terminal, a note such as "import these reports" follows the answers; a script's errors stay its own.
            if let note = engine.answersNote, isatty(STDERR_FILENO) != 0 { engine.writeError(note) }
            // Done: exit now rather than free the store and the indicators one by one on the way out.
            fflush(nil)
            exitProcess((engine.startupErrors > 0 ? ExitStatus.usage : .success).rawValue)
        }
        if isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 {
            let status = REPL(engine: engine, runInitFile: !settings.noInit).run()
            if status != .success { throw ExitCodeError(status: status) }
            return
        }
        guard let source = String(validating: StandardStreams.readAllInput(), as: UTF8.self) else {
            Output.error(engine.terminal.error("error: standard input is not UTF-8 text"))
            throw ExitCodeError(status: .usage)
        }
        let status = ScriptRunner(engine: engine, keepGoing: settings.keepGoing).run(source: source, name: "<stdin>")
        if status != .success { throw ExitCodeError(status: status) }
        if engine.startupErrors > 0 { throw ExitCodeError(status: .usage) }
    }
}
