import Testing
import Foundation
import Query
import Shell
import TestSupport

@Suite("Tab completion")
struct CompleterTests {
    let completer = Completer(engine: ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog()))

    @Test("namespaces, indicator keys, fields, functions, steps and dot-commands", arguments: [
        ("econ", "econ", ["economy."]),
        ("economy.tourism.rev", "economy.tourism.rev", ["economy.tourism.revenue", "economy.tourism.revenue_per_arrival"]),
        ("economy.tourism.revenue.sta", "economy.tourism.revenue.sta", ["economy.tourism.revenue.status"]),
        ("land.clearance_sh", "land.clearance_sh", ["land.clearance_share("]),
        ("land.clearance_", "land.clearance_", ["land.clearance_share(", "land.clearance_summary("]),
        ("facts | wh", "wh", ["where"]),
        ("rou", "rou", ["round"]),
        (".fo", ".fo", [".format"]),
        (".describe economy.budget.sp", "economy.budget.sp", ["economy.budget.spending"]),
    ] as [(String, String, [String])])
    func candidates(_ line: String, _ word: String, _ expected: [String]) {
        let (found, candidates) = completer.complete(line)
        #expect(found == word)
        #expect(candidates == expected)
    }

    @Test("several matches share their common prefix")
    func commonPrefix() {
        #expect(Completer.commonPrefix(["economy.tourism.revenue", "economy.tourism.revenue_per_arrival"]) == "economy.tourism.revenue")
        #expect(Completer.commonPrefix([]) == "")
    }

    @Test("file names after .run")
    func files() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        _ = FileManager.default.createFile(atPath: folder + "/tourism.bq", contents: Data())
        _ = FileManager.default.createFile(atPath: folder + "/budget.bq", contents: Data())
        let (word, candidates) = completer.complete(".run \(folder)/to")
        #expect(word == "\(folder)/to")
        #expect(candidates == ["\(folder)/tourism.bq"])
    }
}

@Suite("Dot-commands that hold state")
struct StatefulDotCommandTests {
    func output(_ outcome: EntryOutcome) -> String? {
        if case .output(let text) = outcome { return text }
        return nil
    }

    @Test(".once sends the next result to a file, .output until turned off")
    func outputFiles() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let engine = ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog(), format: .plain)
        _ = engine.handle(".once \(folder)/once.txt")
        #expect(engine.write(try #require(output(engine.handle("economy.tourism.revenue")))))
        #expect(!engine.write("back on screen"))
        #expect(try String(contentsOfFile: folder + "/once.txt", encoding: .utf8) == "1.746 tỷ đồng\n")
        _ = engine.handle(".output \(folder)/all.txt")
        engine.write(try #require(output(engine.handle("1 + 1"))))
        engine.write(try #require(output(engine.handle("2 + 2"))))
        _ = engine.handle(".output")
        #expect(engine.outputFile == nil)
        #expect(try String(contentsOfFile: folder + "/all.txt", encoding: .utf8) == "2\n4\n")
    }

    @Test(".timer adds the run time; .last shows the last result; .help NAME explains a function")
    func timerLastHelp() throws {
        let engine = ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog(), format: .plain)
        _ = engine.handle(".timer on")
        let timed = try #require(output(engine.handle("1 + 1")))
        #expect(timed.hasPrefix("2\nRun time: "))
        #expect(output(engine.handle(".last")) == "2")
        #expect(output(engine.handle(".help round"))?.hasPrefix("round(x, digits = 0)") == true)
        #expect(output(engine.handle(".help land.clearance_share"))?.contains("= round(share(area, land.clearance.actual_area), 1)") == true)
        #expect(output(engine.handle(".help .format"))?.hasPrefix(".format table|json|jsonl|csv|markdown|plain") == true)
        #expect(output(engine.handle(".help economy"))?.contains("economy.tourism.revenue — Doanh thu du lịch") == true)
        guard case .failure(let error) = engine.handle(".help roudn") else { Issue.record("accepted"); return }
        #expect(error.hint == "did you mean 'round'?")
    }

    @Test(".run runs a script in the session, keeping its bindings")
    func run() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        try "let area = 3 ha\n".write(toFile: folder + "/init.bq", atomically: true, encoding: .utf8)
        let engine = ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog(), format: .plain)
        _ = ScriptRunner(engine: engine).run(source: ".run \(folder)/init.bq", name: "x")
        #expect(output(engine.handle("area in m2")) == "30.000 m²")
    }
}

@Suite("Completion that knows where the cursor is")
struct ContextCompletionTests {
    let completer = Completer(engine: ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog()))

    @Test("inside a step, the fields of the rows coming in", arguments: [
        ("facts | where un", "un", ["unit"]),
        ("facts | select se", "se", ["section", "sentence"]),
        ("indicators | sort att", "att", ["attainment"]),
        ("facts | sort value ", "", ["asc", "desc"]),
        ("scorecard | where cha", "cha", ["change"]),
    ] as [(String, String, [String])])
    func fields(_ line: String, _ word: String, _ expected: [String]) {
        let completion = completer.completions(line)
        #expect(completion.word == word)
        #expect(completion.texts == expected)
    }

    @Test("after a number or in, units, matched without accents")
    func units() {
        let afterIn = completer.completions("economy.tourism.revenue in t").texts
        #expect(afterIn.contains("tỷ đồng") && afterIn.contains("triệu đồng") && !afterIn.contains("targets") && !afterIn.contains("true"))
        #expect(completer.completions("economy.tourism.revenue in ty d").texts == ["tỷ đồng"])
        #expect(completer.completions("5 hec").texts == ["hecta", "héc ta", "héc-ta", "hécta"])
        #expect(completer.completions("2 m").texts.contains("m²"))
    }

    @Test("the values of a setting, and every name .help explains")
    func dotArguments() {
        #expect(completer.completions(".format j").texts == ["json", "jsonl"])
        #expect(completer.completions(".numbers ").texts == ["vi", "en"])
        #expect(completer.completions(".pager o").texts == ["on", "off"])
        #expect(completer.completions(".help ro").texts == ["round"])
        #expect(completer.completions(".help score").texts == ["scorecard"])
    }

    @Test("inside search \"…\", the words of the report, matched without accents")
    func reportWords() {
        let completion = completer.completions("search \"giai ph")
        #expect(completion.word == "ph")
        #expect(completion.texts.contains("phóng"))
        let accentless = completer.completions("search \"giai")
        #expect(accentless.texts.contains("giải") && !accentless.extendsWord)
    }

    @Test("several matches carry what each is")
    func descriptions() {
        let steps = completer.completions("facts | s")
        #expect(steps.candidates.contains { $0.text == "select" && $0.description?.hasPrefix("a table of") == true })
        let paths = completer.completions("economy.tourism.rev")
        #expect(paths.candidates.first?.description == "Doanh thu du lịch")
    }
}
