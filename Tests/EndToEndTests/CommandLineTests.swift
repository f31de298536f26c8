import Testing
import Foundation
import TestSupport

/// The real binary, run as people run it: -c, scripts, stdin, exit codes.
@Suite("baocao from the shell")
struct CommandLineTests {
    @Test("-c prints the 2023 tourism revenue with its unit and source line, from any folder")
    func oneShot() throws {
        let result = try BinaryRunner.run(["-c", "economy.tourism.revenue"], directory: try BinaryRunner.temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1.746 tỷ đồng (ước; vượt 118,3% kế hoạch)\n"))
        #expect(result.stdout.contains("line 45"))
        #expect(result.stderr.isEmpty)
    }

    @Test("the README's quick start shows what -c prints, line for line")
    func readmeQuickStart() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "Scripts/run -c 'economy.tourism.revenue'\n```\n```\n"
        let start = try #require(readme.range(of: command))
        let shown = try #require(readme[start.upperBound...].components(separatedBy: "```").first)
        let result = try BinaryRunner.run(["-c", "economy.tourism.revenue"])
        #expect(result.stdout == shown)
    }

    @Test("-c is repeatable and --numbers en writes international numbers")
    func repeated() throws {
        let result = try BinaryRunner.run(["--numbers", "en", "--format", "plain", "-c", "1 tỷ đồng + 500 triệu đồng", "-c", "economy.tourism.arrivals"])
        #expect(result.stdout == "1.5 tỷ đồng\n3,176,000 lượt\n")
    }

    @Test("--format json -c facts dumps the whole store")
    func jsonFacts() throws {
        let result = try BinaryRunner.run(["--format", "json", "-c", "facts"])
        #expect(result.status == 0)
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(facts.count > 600)
        let revenue = try #require(facts.first { $0["text"] as? String == "1.746 tỉ đồng" })
        #expect(revenue["unit"] as? String == "tỷ đồng")
        #expect((revenue["value"] as? NSNumber)?.intValue == 1746)
        #expect(revenue["line"] as? Int == 45)
        for key in ["value", "unit", "text", "qualifiers", "section", "footnote", "line", "sentence"] {
            #expect(revenue.keys.contains(key), "missing \(key)")
        }
        let count = try BinaryRunner.run(["-c", "facts | count"])
        #expect(count.stdout == "\(facts.count)\n")
    }

    @Test("a saved script runs with `run` and from stdin, with the same output")
    func scripts() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let script = folder + "/tourism.bq"
        try """
        # Tourism against plan
        let revenue = economy.tourism.revenue
        revenue.attainment
        facts |
          where unit == "tỷ đồng" |
          count
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let run = try BinaryRunner.run(["run", script])
        #expect(run.status == 0)
        #expect(run.stdout == "218,3%\n10\n")
        let piped = try BinaryRunner.run([], stdin: try String(contentsOfFile: script, encoding: .utf8))
        #expect(piped.stdout == run.stdout)
        #expect(piped.status == 0)
    }

    @Test("errors go to stderr with a distinct exit code", arguments: [
        (["-c", "economy.turism.revenue"], Int32(1), "error: unknown indicator 'economy.turism.revenue' — did you mean 'economy.tourism.revenue'?"),
        (["-c", "1 ha + 2 tấn"], Int32(1), "error: unit mismatch"),
        (["-c", "(1 +"], Int32(3), "error: expected an expression"),
        (["--report", "/no/such/file.md", "-c", "1"], Int32(2), "error: cannot read report '/no/such/file.md': no such file"),
        (["run", "/no/such/script.bq"], Int32(2), "error: cannot read script '/no/such/script.bq'"),
        (["--format", "yaml", "-c", "1"], Int32(2), "unknown format 'yaml'"),
    ] as [([String], Int32, String)])
    func errors(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a script error names FILE:LINE:COL with a caret, and stops unless --keep-going")
    func scriptErrorLocation() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let script = folder + "/bad.bq"
        try "1 + 1\n\neconomy.tourism.revenue /\n  0\n2 + 2\n".write(toFile: script, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["run", script])
        #expect(result.status == 1)
        #expect(result.stdout == "2\n")
        #expect(result.stderr == "\(script):3:25: error: division by zero\n  economy.tourism.revenue /\n                          ^\n")
        let going = try BinaryRunner.run(["run", "--keep-going", script])
        #expect(going.stdout == "2\n4\n")
        #expect(going.status == 1)
    }

    @Test("--report loads another report of the same kind")
    func otherReport() throws {
        let result = try BinaryRunner.run(["--report", Reports.fixturePath("second-report.md"), "--format", "plain", "-c", "economy.tourism.revenue"])
        #expect(result.stdout == "1.210 tỷ đồng\n")
    }

    @Test("a table's row answers an indicator, with the row's line and the sentence read from it")
    func tableRow() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let report = folder + "/bang.md"
        try """
        ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

        Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2026

        I. Kinh tế

        | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Thực hiện 6 tháng | So với kế hoạch (%) |
        |---|---|---|---|---|
        | Doanh thu du lịch | tỷ đồng | 150 | 71,5 | 47,7 |
        """.write(toFile: report, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--report", report, "-c", "economy.tourism.revenue", "-c", ".why"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("71,5 tỷ đồng (đạt 47,7% kế hoạch; mục tiêu 150 tỷ đồng)\n"))
        #expect(result.stdout.contains("line 9"))
        #expect(result.stdout.contains("“Doanh thu du lịch đạt 71,5 tỷ đồng, bằng 47,7% kế hoạch (kế hoạch 150 tỷ đồng).”"))
    }

    @Test("the table of what was missed shows the plan each missed, not next year's target")
    func missedBesidePlan() throws {
        let table = try BinaryRunner.run(["-c", "missed"])
        #expect(table.status == 0, "\(table.stderr)")
        let header = try #require(table.stdout.split(separator: "\n").first)
        #expect(header.contains("plan") && !header.contains("target"), "\(table.stdout)")
        #expect(table.stdout.contains("11–12%"), "\(table.stdout)")
        let all = try BinaryRunner.run(["-c", "indicators | take 2"])
        #expect(all.stdout.split(separator: "\n").first?.contains("target") == true, "\(all.stdout)")
    }

    @Test("an indicator the report lists as missed without its figure answers null and says it was missed")
    func missedWithoutFigure() throws {
        let report = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus/20-yen-binh-2025.md").path
        let run = try BinaryRunner.run(["--report", report, "-c", "land.urban.urbanization_rate", "-c", "land.urban.urbanization_rate.status"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("null  (land.urban.urbanization_rate: “Tỷ lệ đô thị hóa” has no figure in this report, which lists it"))
        #expect(run.stdout.hasSuffix("status: missed\nmissed\n"), "\(run.stdout)")
    }

    @Test("with several reports loaded a table of indicators or facts says whose each row is, even when one report has them all, and keeps both in 80 columns")
    func severalReportsTable() throws {
        let folder = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus").path
        let run = try BinaryRunner.run(["--report", folder + "/20-yen-binh-2025.md", "--report", folder + "/34-muong-la-2025.md", "-c", "missed"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("report            indicator") == true, "\(run.stdout)")
        #expect(lines.contains { $0.hasPrefix("20-yen-binh-2025  economy.budget.revenue") }, "\(run.stdout)")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(run.stdout)")
        // Facts too, found by a search across both.
        let search = try BinaryRunner.run(["--report", folder + "/20-yen-binh-2025.md", "--report", folder + "/34-muong-la-2025.md",
                                           "-c", "search \"du lịch\" | take 2"])
        #expect(search.stdout.split(separator: "\n").first?.hasPrefix("report ") == true, "\(search.stdout)")
    }

    @Test("an amount the report gives only as a share of plan answers null with the share, its status and source, in the numbers asked for")
    func shareWithoutFigure() throws {
        let report = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus/34-muong-la-2025.md").path
        let run = try BinaryRunner.run(["--report", report, "-c", "land.investment.disbursed", "-c", ".why"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("null  (land.investment.disbursed: “Giá trị giải ngân (ước cả năm)” has no figure in this report,"
                                     + " which puts it at 92,3% of plan)\n  status: below plan (92,3% of plan)\n  source: "), "\(run.stdout)")
        #expect(run.stdout.contains("no figure in this report, only its share of plan:"), "\(run.stdout)")
        let english = try BinaryRunner.run(["--report", report, "--numbers", "en", "-c", "land.investment.disbursed"])
        #expect(english.stdout.contains("92.3% of plan)\n  status: below plan (92.3% of plan)"), "\(english.stdout)")
    }

    @Test("an indicator whose report gives only its change on last year prints the change, its status and its source")
    func changeWithoutFigure() throws {
        let report = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus/20-yen-binh-2025.md").path
        let run = try BinaryRunner.run(["--report", report, "-c", "social.poor_households", "-c", ".why",
                                        "-c", "social.poor_households.change"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("null  (social.poor_households: “Số hộ nghèo” has no figure in this report,"
                                     + " only its change on last year: -286 hộ)\n  status: met\n  source: Phần I › II › 3"), "\(run.stdout)")
        #expect(run.stdout.contains("no figure in this report, only its change on last year:\n  fact #"), "\(run.stdout)")
        #expect(run.stdout.contains("\n-286 hộ (vượt 46 hộ kế hoạch)\n"), "\(run.stdout)")
        let csv = try BinaryRunner.run(["--report", report, "--format", "csv", "-c", "social.poor_households"])
        #expect(csv.stdout.contains(",previous,change,change_unit,section,"), "\(csv.stdout)")
        #expect(csv.stdout.contains(",-286,hộ,Phần I › II › 3"), "\(csv.stdout)")
    }

    @Test("--report takes a folder of reports or a glob, and each indicator answers for each report")
    func manyReports() throws {
        let corpus = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus").path
        let folder = try BinaryRunner.run(["--report", corpus, "--format", "plain", "-c", "reports | count",
                                           "-c", "economy.tourism.revenue | where place == \"Thanh Mai\" and year == 2024 | select actual"])
        #expect(folder.status == 0)
        let reports = Reports.genreCorpusFiles.count
        #expect(reports >= 43 && folder.stdout.hasPrefix("\(reports)\n"))
        #expect(folder.stdout.hasSuffix("{actual: 568 tỷ đồng}\n"))
        let glob = try BinaryRunner.run(["--report", corpus + "/0[12]-*.md", "--format", "plain", "-c", "reports | select name"])
        #expect(glob.stdout == "{name: 01-thanh-mai-2025}\n{name: 02-thanh-mai-2024}\n")
        let none = try BinaryRunner.run(["--report", corpus + "/zz*.md", "-c", "1"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no file matches this pattern"))
    }

    @Test("a folder's reports are its .md and .txt files (a PDF's text saved as such); a folder of neither is refused")
    func textFilesInFolders() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let report = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus/01-thanh-mai-2025.md").path
        try FileManager.default.copyItem(atPath: report, toPath: folder + "/thanh-mai.txt")
        _ = FileManager.default.createFile(atPath: folder + "/notes.toml", contents: Data("x = 1\n".utf8))
        let run = try BinaryRunner.run(["--report", folder, "--format", "plain", "-c", "reports | select name, place"])
        #expect(run.stdout == "{name: thanh-mai, place: Thanh Mai}\n", "\(run.stdout)")
        try FileManager.default.removeItem(atPath: folder + "/thanh-mai.txt")
        let none = try BinaryRunner.run(["--report", folder, "-c", "1"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("a folder with no .md, .txt or .html reports"), "\(none.stderr)")
    }

    @Test("bad report files give a clear message and exit 2", arguments: ["empty", "binary", "directory"])
    func badReports(_ kind: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        var path = folder + "/report.md"
        switch kind {
        case "empty": _ = FileManager.default.createFile(atPath: path, contents: Data())
        case "binary": _ = FileManager.default.createFile(atPath: path, contents: Data([0x41, 0xC3, 0x28, 0x00, 0xFF]))
        default: path = folder
        }
        let result = try BinaryRunner.run(["--report", path, "-c", "facts | count"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: report '\(path)'"))
    }
}
