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
        // A Ctrl-C that lands while libedit is redrawing (not waiting in read) is not seen
        // until the next key, as in any libedit program; press it again as a person would.
        if (try? terminal.waitFor("baocao> ", after: mark, timeout: 3)) == nil { terminal.type("\u{03}") }
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

/// More of the REPL as people use it: completion, editing, long results, the init file, two shells.
@Suite("The REPL: completion, editing, long results", .serialized)
struct REPLInteractionTests {
    /// The REPL with no pager (`PAGER` empty) unless one is given, in a terminal `columns` wide.
    func start(state: String, arguments: [String] = [], pager: String = "", columns: UInt16 = 200) throws -> PseudoTerminal {
        try PseudoTerminal(executable: BinaryRunner.executable, arguments: arguments,
                           environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state,
                                         "XDG_CONFIG_HOME": state, "PATH": "/usr/bin:/bin", "PAGER": pager],
                           columns: columns)
    }

    func ready(_ terminal: PseudoTerminal, after mark: Int = 0) throws -> Int {
        let offset = try terminal.waitFor("baocao> ", after: mark)
        try terminal.waitForRawMode()
        return offset
    }

    @Test("Tab completes one match in place and lists several")
    func completion() throws {
        let terminal = try start(state: try BinaryRunner.temporaryDirectory())
        var mark = try ready(terminal)
        terminal.type("economy.tourism.rev\t")  // two matches: the first Tab adds what they share
        try terminal.waitFor("enue", after: mark)
        terminal.type("\t")  // nothing more in common: the second lists them
        try terminal.waitFor("economy.tourism.revenue_per_arrival", after: mark)
        mark = try terminal.waitFor("baocao> ", after: mark)
        terminal.type("\u{15}economy.touri\tarr\t\r")  // Ctrl-U clears; one match completes, then the answer
        try terminal.waitFor("3.176.000 lượt", after: mark)
        _ = try ready(terminal, after: mark)
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("Ctrl-R searches the history")
    func reverseSearch() throws {
        let terminal = try start(state: try BinaryRunner.temporaryDirectory())
        var mark = try ready(terminal)
        terminal.type("2 ha in m2\r")
        mark = try ready(terminal, after: mark)
        terminal.type("1 + 1\r")
        mark = try ready(terminal, after: mark)
        terminal.type("\u{12}ha")  // Ctrl-R, then the words to find
        try terminal.waitFor("ha", after: mark)
        terminal.type("\r")
        try terminal.waitFor("20.000 m²", after: mark)
        _ = try ready(terminal, after: mark)
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("a Vietnamese line is edited with the arrow keys")
    func editing() throws {
        let terminal = try start(state: try BinaryRunner.temporaryDirectory())
        let mark = try ready(terminal)
        // Type a misspelt search, go left over the closing quote and three letters, fix the word.
        terminal.type("search \"giải phóng mặt bằg\" | count")
        terminal.type(String(repeating: "\u{1b}[D", count: 9))  // left over ` | count` and `"`
        terminal.type("\u{1b}[D")  // and over `g`, to stand after `ằ`
        terminal.type("n")
        terminal.type("\r")
        let count = try BinaryRunner.run(["-c", "search \"giải phóng mặt bằng\" | count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try terminal.waitFor("\n\(count)\r", after: mark)
        _ = try ready(terminal, after: mark)
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("a long result is cut at a screenful, and .last shows it whole")
    func screenful() throws {
        let terminal = try start(state: try BinaryRunner.temporaryDirectory())
        var mark = try ready(terminal)
        terminal.type("facts | take 100\r")
        try terminal.waitFor("more lines not shown (.last shows the whole result;", after: mark)
        mark = try ready(terminal, after: mark)
        terminal.type(".last\r")
        try terminal.waitFor("#99", after: mark)
        _ = try ready(terminal, after: mark)
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("the init file runs before the first prompt, unless --no-init")
    func initFile() throws {
        let state = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: state + "/baocao", withIntermediateDirectories: true)
        try "let welcome = 42 ha\n".write(toFile: state + "/baocao/init.bq", atomically: true, encoding: .utf8)
        for (arguments, expected) in [([String](), "42 ha"), (["--no-init"], "unknown name 'welcome'")] {
            let terminal = try start(state: state, arguments: arguments)
            let mark = try ready(terminal)
            terminal.type("welcome\r")
            try terminal.waitFor(expected, after: mark)
            _ = try ready(terminal, after: mark)
            terminal.type("\u{04}")
            #expect(try terminal.waitForExit() == 0)
        }
    }

    @Test("Ctrl-C during a long query stops it and the REPL lives on")
    func interruptQuery() throws {
        let terminal = try start(state: try BinaryRunner.temporaryDirectory())
        var mark = try ready(terminal)
        // Every fact searched against every sentence, once for each fact: minutes
        // of work, so the interrupt comes first however fast searching gets.
        terminal.type("facts | where count(facts | where count(search(text)) > 1) > 1 | count\r")
        Thread.sleep(forTimeInterval: 0.3)
        terminal.type("\u{03}")
        try terminal.waitFor("error:\u{1b}[0m interrupted", after: mark)
        mark = try ready(terminal, after: mark)
        terminal.type("1 + 1\r")
        try terminal.waitFor("\n2\r", after: mark)
        _ = try ready(terminal, after: mark)
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("two shells at once both keep their history lines")
    func twoShells() throws {
        let state = try BinaryRunner.temporaryDirectory()
        let first = try start(state: state), second = try start(state: state)
        let a = try ready(first), b = try ready(second)
        first.type("1 + 1\r")
        second.type("2 + 2\r")
        let a2 = try ready(first, after: a)
        _ = try ready(second, after: b)
        first.type("3 + 3\r")
        // The prompt after `3 + 3`'s answer: Ctrl-D typed while a line is being
        // answered meets the terminal in cooked mode, which turns it into a NUL
        // for the line editor, and the shell waited for more (a test that timed out).
        _ = try ready(first, after: a2)
        first.type("\u{04}")
        second.type("\u{04}")
        #expect(try first.waitForExit() == 0)
        #expect(try second.waitForExit() == 0)
        let history = try String(contentsOfFile: state + "/baocao/history", encoding: .utf8)
        for line in ["1\\040+\\0401", "2\\040+\\0402", "3\\040+\\0403"] {
            #expect(history.contains(line), "history lost \(line): \(history)")
        }
    }
}
