import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Shows a long result through a pager (`$PAGER`, else `less`), as psql and
/// DuckDB do when standard output is a terminal.
enum Pager {
    /// `$PAGER` when set (empty: none), else `less -FRSX` when `less` is on the
    /// PATH: it quits at once for text that fits, keeps colours, and
    /// scrolls wide tables sideways rather than wrapping them.
    static func defaultCommand() -> String? {
        if let pager = Environment.value("PAGER") { return pager.trimmingWhitespace().isEmpty ? nil : pager }
        let path = Environment.value("PATH") ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").contains { access("\($0)/less", X_OK) == 0 }
        return found ? "less -FRSX" : nil
    }

    /// Pipes `text` to `command`; false when it could not be started (the caller prints instead).
    static func show(_ text: String, through command: String) -> Bool {
        fflush(nil)
        // The user quitting the pager early closes the pipe: that is not baocao's death.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        guard let pipe = popen(command, "w") else { return false }
        _ = fputs(text + "\n", pipe)
        return pclose(pipe) != -1
    }
}
