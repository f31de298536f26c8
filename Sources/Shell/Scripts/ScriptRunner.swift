import FoundationEssentials
import Report
import Query
import Facts
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// A statement of a script: its text (possibly several lines) and the line it starts on.
public struct ScriptEntry: Equatable, Sendable {
    public var text: String
    public var firstLine: Int
}

/// Runs saved query scripts (and piped input) line by line: a statement
/// continues over lines while a bracket is open or a line ends with `|` or
/// an operator.
public struct ScriptRunner {
    public var engine: ShellEngine
    /// Go on after a failing statement instead of stopping at the first.
    public var keepGoing = false

    public init(engine: ShellEngine, keepGoing: Bool = false) {
        self.engine = engine
        self.keepGoing = keepGoing
    }

    /// Splits a script into entries: one per statement or dot-command, blank lines skipped.
    public static func entries(of source: String) -> [ScriptEntry] {
        var entries: [ScriptEntry] = []
        var buffer = ""
        var firstLine = 1
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            var line = String(rawLine).precomposed
            if line.hasSuffix("\r") { line.removeLast() }
            if buffer.isEmpty {
                firstLine = index + 1
                if line.trimmingWhitespace().isEmpty { continue }
            }
            buffer += buffer.isEmpty ? line : "\n" + line
            let isDotCommand = buffer.trimmingWhitespace().hasPrefix(".")
            if !isDotCommand && Parser.needsContinuation(buffer) && index < lines.count - 1 { continue }
            entries.append(ScriptEntry(text: buffer, firstLine: firstLine))
            buffer = ""
        }
        return entries
    }

    /// Runs `source`, printing results to stdout and errors to stderr; returns the exit status.
    public func run(source: String, name: String) -> ExitStatus {
        var status = ExitStatus.success
        if engine.scriptRunner == nil { engine.scriptRunner = { Self.runFile($0, in: engine) } }
        for entry in Self.entries(of: source) {
            switch engine.handle(entry.text) {
            case .output(let text):
                engine.write(text)
            case .quit:
                return status
            case .failure(let error):
                engine.writeError(ErrorReport.inScript(error, file: name, source: entry.text, firstLine: entry.firstLine))
                let failed: ExitStatus = error.phase == .syntax ? .syntaxError : .queryFailed
                if !keepGoing { return failed }
                if status == .success { status = failed }
            }
        }
        return status
    }
}

extension ScriptRunner {
    /// `.run FILE` and the init file: runs a script in the engine's session, going on after errors.
    static func runFile(_ path: String, in engine: ShellEngine) -> EntryOutcome {
        guard let data = FileManager.default.contents(atPath: path), let source = String(validating: data, as: UTF8.self) else {
            return .failure(.runtime("cannot read script '\(path)' as UTF-8 text"))
        }
        let status = ScriptRunner(engine: engine, keepGoing: true).run(source: source, name: path)
        return status == .success ? .output("") : .output("(\(path) had errors)")
    }
}
