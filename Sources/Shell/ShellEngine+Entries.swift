import Dispatch
import Platform
import Query
import PluginKit

extension ShellEngine {
    /// Runs one entry: a dot-command if it starts with `.`, else query statements.
    public func handle(_ entry: String) -> EntryOutcome {
        // Indicators the entry resolved are kept for the next run (nothing is written when none was).
        defer { plugins.resolver.saveResolutions() }
        let trimmed = entry.trimmingWhitespace()
        if trimmed.hasPrefix("."), !trimmed.hasPrefix(".."), trimmed.count > 1, trimmed.dropFirst().first?.isLetter == true {
            return DotCommands.run(trimmed, in: self)
        }
        return runQuery(entry)
    }

    /// Runs query statements, rendering each result and remembering the last.
    func runQuery(_ entry: String) -> EntryOutcome {
        let start = DispatchTime.now().uptimeNanoseconds
        do throws(QueryError) {
            session.notes = []
            let values = try session.run(entry)
            for note in session.notes { Output.error("note: \(note)") }
            session.notes = []
            var texts: [String] = []
            for value in values {
                last = value
                session.bind("_", to: value)
                texts.append(renderer.render(value))
            }
            if timer {
                let micro = (DispatchTime.now().uptimeNanoseconds - start) / 1_000
                let fraction = String(micro % 1_000_000)
                texts.append("Run time: \(micro / 1_000_000).\(String(repeating: "0", count: 6 - fraction.count) + fraction) s")
            }
            return .output(texts.joined(by: "\n"))
        } catch {
            return .failure(Self.commandMeant(by: entry, failing: error, sources: context.sources))
        }
    }

    /// A query that failed where the entry is a command's name without its dot (`help`, `quit`, `history`), or
    /// `?`: its error says the command that was meant, as psql answers `help`; so does one that is another
    /// shell's habit (`\q`, `SELECT … FROM facts`, ``ShellHabits``). `sources`: the session's.
    static func commandMeant(by entry: String, failing error: QueryError, sources: [String]) -> QueryError {
        var word = entry.trimmingWhitespace()
        if let hint = ShellHabits.backslashMeant(word, sources: sources) ?? ShellHabits.sqlMeant(word) {
            var meant = error
            meant.hint = hint
            return meant
        }
        if word.hasSuffix(";") { word = String(word.dropLast()).trimmingWhitespace() }
        let name = word == "?" ? "help" : word.lowercased()
        guard DotCommands.commands.contains(where: { $0.name == name }) else { return error }
        var meant = error
        meant.hint = "commands start with a dot: did you mean '.\(name)'?"
        return meant
    }
}
