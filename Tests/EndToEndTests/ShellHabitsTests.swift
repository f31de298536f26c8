import Testing
import Foundation
import TestSupport

/// The shell as people who know sqlite3 and DuckDB expect it, in a real
/// pseudo-terminal at 80 and 160 columns: tables that fit, settings that show
/// themselves, a pager.
@Suite("Shell habits from sqlite3 and DuckDB", .serialized)
struct ShellHabitsTests {
    /// The display width of each line of a result, escape sequences and carriage returns aside.
    static func lineWidths(_ text: String) -> [Int] {
        let plain = text.replacingOccurrences(of: "\u{1b}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
        return plain.split(separator: "\n").map { $0.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }.count }
    }

    @Test("a table fits the terminal: at 80 columns columns are cut or left out and named; at 160 all show", arguments: [UInt16(80), 160])
    func tablesFit(_ columns: UInt16) throws {
        var shell = try REPLSession(columns: columns)
        let scorecard = try shell.enter("scorecard | take 5", expecting: "economy.tourism.revenue")
        let facts = try shell.enter("facts | take 5", expecting: "#4")
        for line in Self.lineWidths(scorecard + facts) where !line.description.isEmpty {
            #expect(line <= Int(columns) + "baocao> ".count, "a line of \(line) columns at \(columns)")
        }
        if columns == 80 {
            #expect(scorecard.contains("left out to fit 80 columns"))
        } else {
            #expect(!scorecard.contains("left out") && scorecard.contains("change") && scorecard.contains("label"))
        }
        #expect(try shell.leave() == 0)
    }

    @Test("numbers stand right-aligned on their decimal mark")
    func numbersAligned() throws {
        var shell = try REPLSession(columns: 80)
        let table = try shell.enter("[1.5 ha, 10 ha, 120.25 ha] | select value", expecting: "120,25 ha")
        #expect(table.contains("  1,5 ha") && table.contains(" 10 ha") && table.contains("120,25 ha"))
        #expect(try shell.leave() == 0)
    }

    @Test("every setting shows its value when given none, .show lists them, and a path is checked when set")
    func settings() throws {
        var shell = try REPLSession(columns: 80)
        try shell.enter(".format", expecting: "format: table")
        try shell.enter(".numbers en", expecting: "baocao> ")
        try shell.enter(".numbers", expecting: "numbers: en")
        try shell.enter(".maxrows 3", expecting: "baocao> ")
        try shell.enter("facts", expecting: "more rows (.maxrows all shows them)")
        let show = try shell.enter(".show", expecting: "maxrows: 3")
        #expect(show.contains("width: auto (80 columns now)") && show.contains("pager: off"))
        try shell.enter(".output /nonexistent/folder/x.txt", expecting: "cannot write to '/nonexistent/folder/x.txt'")
        try shell.enter(".maxrows all", expecting: "baocao> ")
        try shell.enter(".width 160", expecting: "baocao> ")
        let wide = try shell.enter("scorecard | take 2", expecting: "economy.exports")
        #expect(wide.contains("label") && wide.contains("change") && !wide.contains("left out"))
        try shell.enter(".help scorecard", expecting: "each target with this year's value")
        try shell.enter(".help missed", expecting: "fell short of plan")
        try shell.enter(".show", expecting: "output: stdout")
        #expect(try shell.leave() == 0)
    }

    @Test("a result longer than the screen goes through the pager")
    func pager() throws {
        var shell = try REPLSession(pager: "sed s/^/PAGED:/", columns: 160, rows: 24)
        try shell.enter("facts | take 60", expecting: "PAGED:#59")
        try shell.enter(".pager off", expecting: "baocao> ")
        try shell.enter("facts | take 60", expecting: "more lines not shown")
        #expect(try shell.leave() == 0)
    }

    @Test(".history shows every entry, the newest too, however long")
    func history() throws {
        var shell = try REPLSession(columns: 80, rows: 24)
        for index in 1...30 { try shell.enter("\(index) + 0", expecting: "\(index)\r") }
        try shell.enter(".history", expecting: "30  30 + 0")
        #expect(try shell.leave() == 0)
    }

    @Test("Tab knows where the cursor is: fields in a step, units after in, words of the report in search, a setting's values")
    func completion() throws {
        var shell = try REPLSession(columns: 80)
        let count = try BinaryRunner.run(["-c", "facts | where unit == \"ha\" | count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try shell.enter("facts | where un\t== \"ha\" | count", expecting: "\n\(count)\r")
        try shell.enter("economy.tourism.revenue in ty d\t", expecting: "1.746 tỷ đồng")
        let lich = try BinaryRunner.run(["-c", "search \"du lịch\" | count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try shell.enter("search \"du lic\t\" | count", expecting: "\n\(lich)\r")
        try shell.enter(".format js\t", expecting: "baocao> ")
        try shell.enter(".format", expecting: "format: json")
        // Several matches are listed with what each is.
        let start = shell.terminal.output.utf8.count
        shell.terminal.type("facts | s\t")
        try shell.terminal.waitFor("a table of fields or expressions", after: start)
        try shell.enter("\u{15}1 + 1", expecting: "2")
        #expect(try shell.leave() == 0)
    }
}
