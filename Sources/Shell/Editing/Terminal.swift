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

    /// `error:` in bold red when colouring.
    public func error(_ text: String) -> String {
        guard colour, text.hasPrefix("error:") else { return text }
        return "\u{1b}[1;31merror:\u{1b}[0m" + text.dropFirst("error:".count)
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
