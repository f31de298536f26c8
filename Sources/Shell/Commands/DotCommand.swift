
/// A dot-command of the shell: its name, how it is written, what it does.
struct DotCommand: Sendable {
    var name: String
    var usage: String
    var summary: String
    var run: @Sendable (_ argument: String, _ engine: ShellEngine) -> EntryOutcome
}
