import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// What the shell needs to know about the terminal: whether to colour, and its size.
public struct Terminal: Sendable {
    /// Colour only on a terminal, never with `NO_COLOR` set or `--no-color`.
    public var colour: Bool

    public init(noColorFlag: Bool = false) {
        colour = !noColorFlag && Environment.value("NO_COLOR") == nil && isatty(STDERR_FILENO) != 0
            && Environment.value("TERM") != "dumb"
    }

    /// `error:` in bold red when colouring, wherever it starts a line (the
    /// REPL's error follows its caret line).
    public func error(_ text: String) -> String {
        guard colour, text.hasPrefix("error:") || text.contains("\nerror:") else { return text }
        let red = "\u{1b}[1;31merror:\u{1b}[0m"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("error:") ? red + line.dropFirst("error:".count) : String(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Stops the terminal echoing Ctrl-C as `^C` while a query runs (the REPL
    /// says what came of it); returns the settings to put back on leaving.
    public static func hideControlEcho() -> termios? {
        var original = termios()
        guard isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &original) == 0 else { return nil }
        var quiet = original
        quiet.c_lflag &= ~tcflag_t(ECHOCTL)
        return tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0 ? original : nil
    }

    /// Puts back settings ``hideControlEcho()`` changed.
    public static func restore(_ settings: termios) {
        var settings = settings
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Lines of the terminal on standard output, if it is one.
    public static var rows: Int? { size.map { Int($0.ws_row) } }

    /// Columns of the terminal on standard output, if it is one.
    public static var columns: Int? { size.map { Int($0.ws_col) } }

    private static var size: winsize? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return nil }
        return size
    }
}
