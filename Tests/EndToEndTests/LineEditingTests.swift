import Testing
import Foundation
import TestSupport

/// The keys readline users expect, in a pseudo-terminal: words with
/// Ctrl/Alt and the arrows, Home and End, Alt-Backspace, the user's
/// ~/.editrc; Ctrl-C during a query; errors in colour.
@Suite("Line editing as readline users expect it", .serialized)
struct LineEditingTests {
    static let ctrlLeft = "\u{1b}[1;5D", ctrlRight = "\u{1b}[1;5C", altLeft = "\u{1b}[1;3D"
    static let home = "\u{1b}[H", end = "\u{1b}[F", altBackspace = "\u{1b}\u{7f}"

    @Test("Ctrl-Left and Alt-Left move by word, and type nothing", arguments: [ctrlLeft, altLeft])
    func wordLeft(_ key: String) throws {
        var shell = try REPLSession(columns: 80)
        // Back over `5`, then type 2 before it: 10 + 25.
        try shell.enter("10 + 5" + key + "2", expecting: "35")
        #expect(try shell.leave() == 0)
    }

    @Test("Ctrl-Right moves to the end of the next word; Home and End to the ends of the line")
    func homeEndAndWordRight() throws {
        var shell = try REPLSession(columns: 80)
        try shell.enter("0 + 5" + Self.home + "1" + Self.end + "0", expecting: "60")
        try shell.enter("1 + 1" + Self.home + Self.ctrlRight + "0", expecting: "11")
        #expect(try shell.leave() == 0)
    }

    @Test("Alt-Backspace deletes the word before the cursor")
    func deleteWord() throws {
        var shell = try REPLSession(columns: 80)
        try shell.enter("10 + 555" + Self.altBackspace + "1", expecting: "11")
        #expect(try shell.leave() == 0)
    }

    @Test("the user's ~/.editrc is read: a key bound to a string types it")
    func editrc() throws {
        let home = try BinaryRunner.temporaryDirectory()
        try "baocao:bind -s ^X \"20 + 22\"\n".write(toFile: home + "/.editrc", atomically: true, encoding: .utf8)
        var shell = try REPLSession(columns: 80, environment: ["HOME": home, "EDITRC": home + "/.editrc"])
        try shell.enter("\u{18}", expecting: "42")
        #expect(try shell.leave() == 0)
    }

    @Test("Ctrl-C during a long query stops it, says so without a caret, and the REPL goes on")
    func interruptQuery() throws {
        var shell = try REPLSession(columns: 80)
        let start = shell.terminal.output.utf8.count
        shell.terminal.type("facts | select n = (facts | select m = (facts | count) | count)\r")
        // The line echoed, then a moment for the query to start: a loaded machine can take longer than
        // a fixed wait to read the line, and a Ctrl-C at the prompt only clears it.
        try shell.terminal.waitFor("count) | count)", after: start)
        Thread.sleep(forTimeInterval: 0.5)
        shell.terminal.type("\u{03}")
        try shell.terminal.waitFor("interrupted", after: start)
        let seen = String(decoding: Array(shell.terminal.output.utf8)[start...], as: UTF8.self)
        #expect(!seen.contains("^C") && !seen.contains("^\r"), "\(seen)")
        try shell.enter("1 + 1", expecting: "2")
        #expect(try shell.leave() == 0)
    }

    @Test("an error in the REPL is in colour, as with -c")
    func colouredErrors() throws {
        var shell = try REPLSession(columns: 80)
        try shell.enter("nonsense", expecting: "\u{1b}[1;31merror:\u{1b}[0m unknown name 'nonsense'")
        #expect(try shell.leave() == 0)
    }
}
