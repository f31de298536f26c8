import Testing
import Foundation
import Query
import Shell
import TestSupport

@Suite("The shell engine: dot-commands, formats, errors")
struct ShellEngineTests {
    func engine(_ format: OutputFormat = .table) -> ShellEngine {
        ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog(), format: format)
    }

    func output(_ outcome: EntryOutcome) -> String? {
        if case .output(let text) = outcome { return text }
        return nil
    }

    @Test("an indicator prints with its qualifiers, target, status and source line")
    func indicatorOutput() throws {
        let text = try #require(output(engine().handle("economy.tourism.revenue")))
        #expect(text == """
        1.746 tỷ đồng (ước; vượt 118,3% kế hoạch)
          economy.tourism.revenue · Doanh thu du lịch · next year's target: 2.288 tỷ đồng · status: met
          note: “vượt 118,3% kế hoạch” is read as 218,3% of plan; reports also write it for 118,3%
          source: Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ, line 45
        """)
    }

    @Test("dot-commands work by unambiguous prefix and suggest the nearest when unknown")
    func dotCommands() throws {
        let shell = engine()
        #expect(output(shell.handle(".fo json")) == "")
        #expect(shell.renderer.format == .json)
        guard case .failure(let unknown) = shell.handle(".fromat json") else { Issue.record("accepted .fromat"); return }
        #expect(unknown.description == "unknown command '.fromat' — did you mean '.format'?")
        guard case .failure(let ambiguous) = shell.handle(".f") else { Issue.record("accepted .f"); return }
        #expect(ambiguous.message == "ambiguous command '.f'")
        guard case .quit = shell.handle(".quit") else { Issue.record(".quit did not quit"); return }
        #expect(output(shell.handle(".help"))?.contains(".describe KEY|#ID") == true)
        // A command's name without its dot, or `?`, fails as a query that says which command was meant.
        for (entry, meant) in [("help", ".help"), ("  Quit ", ".quit"), ("?", ".help"), ("history", ".history")] {
            guard case .failure(let error) = shell.handle(entry) else { Issue.record("accepted \(entry)"); continue }
            #expect(error.hint == "commands start with a dot: did you mean '\(meant)'?")
        }
        guard case .failure(let other) = shell.handle("helps") else { Issue.record("accepted helps"); return }
        #expect(other.hint?.hasPrefix("commands start") != true)
    }

    @Test(".describe and .why show the sentence, section and line")
    func provenance() throws {
        let shell = engine()
        let described = try #require(output(shell.handle(".describe economy.tourism.arrivals")))
        #expect(described.contains("sentence: “Tổng lượt khách du lịch ước đạt 3.176.000 lượt khách"))
        #expect(described.contains("line:     39"))
        _ = shell.handle("economy.tourism.revenue_per_arrival")
        let why = try #require(output(shell.handle(".why")))
        #expect(why.hasPrefix("economy.tourism.revenue_per_arrival = economy.tourism.revenue / economy.tourism.arrivals"))
        #expect(why.contains("economy.tourism.arrivals = 3.176.000 lượt — Phần I › II › 1 › a)"))
    }

    @Test("_ names the last result")
    func lastResult() throws {
        let shell = engine()
        _ = shell.handle("2 ha")
        #expect(output(shell.handle("_ in m2")) == "20.000 m²")
    }

    @Test("formats: json is exact, csv quotes, markdown pipes, plain is bare")
    func formats() throws {
        #expect(output(engine(.json).handle("1 tỷ đồng + 500 triệu đồng")) == #"{"value":1.5,"unit":"tỷ đồng"}"#)
        #expect(output(engine(.plain).handle("economy.tourism.revenue")) == "1.746 tỷ đồng")
        let csv = try #require(output(engine(.csv).handle("missed | select path, actual")))
        // CSV is data: plain numbers in a column, their units in the next.
        #expect(csv == "path,actual,actual_unit\neconomy.growth,10.15,%\nsecurity.traffic.accidents,27,vụ")
        // A column is split by any row's quantity, not the first's alone; a unit column selected is not doubled.
        let changes = try #require(output(engine(.csv).handle("indicators | where value != null | select path, change | take 8")))
        #expect(changes.hasPrefix("path,change,change_unit\neconomy.growth,,\n") && changes.hasSuffix("\neconomy.exports,2.5,%"))
        let units = try #require(output(engine(.csv).handle("indicators | where path == \"economy.exports\" | select change, change_unit")))
        #expect(units == "change,change_unit\n2.5,%")
        let facts = try #require(output(engine(.csv).handle("facts | where id == 2")))
        #expect(facts.hasPrefix("report,id,value,upper,of,unit,dimension,text,role,qualifiers,estimate,section,line,column,footnote,sentence\n"
            + "1113-BC-UBND-2023,2,10.15,,,%,percent,\"10,15%\",primary,target;status,false,Phần I › II › 1 Về kinh tế,33,76,,"))
        let indicators = try #require(output(engine(.csv).handle("indicators | where path == \"social.jobs_created\"")))
        #expect(indicators.contains(",2465,,,người,2.465 người,2300,2500,người,range,2300,người,met,"))
        // What baocao computes (a plan implied by a share) is written to six places; a count's last year, by a change
        // in percent, is the nearest whole count.
        let computed = try #require(output(engine(.csv).handle("indicators | where path == \"economy.tourism.domestic\"")))
        #expect(computed.contains(",met,111.2,2765265.28777,,2394840,"))
        let selected = try #require(output(engine(.csv).handle("indicators | where path == \"economy.tourism.domestic\" | select plan")))
        #expect(selected == "plan,plan_unit\n2765265.28777,lượt")
        let computedJSON = try #require(output(engine(.json).handle("economy.tourism.domestic")))
        #expect(computedJSON.contains(#""previous":{"value":2394840,"unit":"lượt"}"#))
        let markdown = try #require(output(engine(.markdown).handle("[1, 2] | select value")))
        #expect(markdown == "| value |\n| --- |\n| 1 |\n| 2 |")
        let json = try #require(output(engine(.json).handle("facts | take 1")))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["unit"] as? String == "năm")
    }

    @Test("tables line up Vietnamese text by display width")
    func tableWidths() throws {
        let table = try #require(output(engine().handle("indicators | take 2 | select path, label")))
        let lines = table.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("economy.growth              Tốc độ tăng"))
    }

    @Test("the banner says what is loaded")
    func banner() {
        #expect(engine().banner.hasPrefix("baocao — 1113-BC-UBND-2023: "))
        #expect(engine().banner.hasSuffix("Type .help for help."))
    }
}
