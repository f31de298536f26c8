import Foundation

/// The baocao REPL in a pseudo-terminal, as the end-to-end tests start it:
/// its own state folder, no pager unless one is given, a terminal of a given width.
public struct REPLSession {
    public let terminal: PseudoTerminal
    public let state: String
    /// Where the output of the last command begins, for the next wait.
    public private(set) var mark = 0

    public init(arguments: [String] = [], pager: String = "", columns: UInt16 = 200, rows: UInt16 = 40,
                environment extra: [String: String] = [:], startTimeout: TimeInterval = 10) throws {
        state = try BinaryRunner.temporaryDirectory()
        let environment = ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state,
                           "XDG_CONFIG_HOME": state, "PATH": "/usr/bin:/bin", "PAGER": pager].merging(extra) { $1 }
        terminal = try PseudoTerminal(executable: BinaryRunner.executable, arguments: arguments, environment: environment,
                                      columns: columns, rows: rows)
        mark = try terminal.waitFor("baocao> ", timeout: startTimeout)
        try terminal.waitForRawMode()
    }

    /// Types `line` and Enter, and waits for `expected` in what follows, then for the next prompt.
    @discardableResult
    public mutating func enter(_ line: String, expecting expected: String) throws -> String {
        let start = terminal.output.utf8.count
        terminal.type(line + "\r")
        try terminal.waitFor(expected, after: start)
        mark = try terminal.waitFor("baocao> ", after: start)
        try terminal.waitForRawMode()
        return String(decoding: Array(terminal.output.utf8)[start...], as: UTF8.self)
    }

    /// Ctrl-D, and the exit status.
    public func leave() throws -> Int32 {
        terminal.type("\u{04}")
        return try terminal.waitForExit()
    }
}
