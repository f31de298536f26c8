import Testing
import Foundation
import TestSupport

/// The REPL in a real pseudo-terminal: the prompt, an answer, history, Ctrl-C, Ctrl-D.
@Suite("The REPL in a pseudo-terminal", .serialized)
struct REPLTests {
    func start(state: String) throws -> PseudoTerminal {
        try PseudoTerminal(executable: BinaryRunner.executable, arguments: [],
                           environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state,
                                         "PATH": "/usr/bin:/bin"])
    }

    @Test("a prompt appears, an expression is answered, Ctrl-D leaves with status 0")
    func answerAndLeave() throws {
        let state = try BinaryRunner.temporaryDirectory()
        let terminal = try start(state: state)
        try terminal.waitFor("Type .help for help.")
        try terminal.waitFor("baocao> ")
        try terminal.waitForRawMode()
        var mark = terminal.output.utf8.count
        terminal.type("economy.tourism.revenue\r")
        try terminal.waitFor("1.746 tỷ đồng (ước; vượt 118,3% kế hoạch)", after: mark)
        try terminal.waitFor("line 45", after: mark)
        mark = try terminal.waitFor("baocao> ", after: mark)
        try terminal.waitForRawMode()
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: state + "/baocao/history", encoding: .utf8)
        #expect(history.contains("economy.tourism.revenue"))
        let mode = try FileManager.default.attributesOfItem(atPath: state + "/baocao/history")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("Ctrl-C clears the line and the REPL lives on; errors show a caret")
    func interruptAndErrors() throws {
        let state = try BinaryRunner.temporaryDirectory()
        let terminal = try start(state: state)
        try terminal.waitFor("baocao> ")
        try terminal.waitForRawMode()
        var mark = terminal.output.utf8.count
        terminal.type("1 + half a line")
        try terminal.waitFor("half a line", after: mark)
        terminal.type("\u{03}")
        mark = try terminal.waitFor("baocao> ", after: mark)
        try terminal.waitForRawMode()
        terminal.type("economy.turism.revenue\r")
        try terminal.waitFor("did you mean 'economy.tourism.revenue'?", after: mark)
        mark = try terminal.waitFor("baocao> ", after: mark)
        try terminal.waitForRawMode()
        terminal.type("(1 +\r")
        try terminal.waitFor("...> ", after: mark)
        try terminal.waitForRawMode()
        terminal.type("2) * 3\r")
        try terminal.waitFor("9", after: mark)
        try terminal.waitFor("baocao> ", after: mark)
        try terminal.waitForRawMode()
        terminal.type(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("a Vietnamese line is read as UTF-8 and history is recalled after a restart")
    func vietnameseAndHistory() throws {
        let state = try BinaryRunner.temporaryDirectory()
        do {
            let terminal = try start(state: state)
            try terminal.waitFor("baocao> ")
            try terminal.waitForRawMode()
            let mark = terminal.output.utf8.count
            terminal.type("search \"giải phóng mặt bằng\" | count\r")
            try terminal.waitFor("baocao> ", after: mark + 10)
            try terminal.waitForRawMode()
            terminal.type("\u{04}")
            #expect(try terminal.waitForExit() == 0)
        }
        let terminal = try start(state: state)
        try terminal.waitFor("baocao> ")
        try terminal.waitForRawMode()
        let mark = terminal.output.utf8.count
        terminal.type("\u{1b}[A\r")  // Up: the last line of the previous session
        let count = try BinaryRunner.run(["-c", "search \"giải phóng mặt bằng\" | count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try terminal.waitFor("\n\(count)\r", after: mark)
        try terminal.waitForRawMode()
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }
}
