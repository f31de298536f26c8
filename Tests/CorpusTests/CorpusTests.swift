import Testing
import Foundation
import Platform
import Report
import Facts
import Query
import PluginKit
import BuiltinPlugins
@testable import Corpus
import TestSupport

/// A corpus database answers as the reports themselves do: the same facts,
/// the same indicators' values, found by the same searches.
@Suite("A corpus database")
struct CorpusTests {
    static let corpusFolder = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus").path
    static let reportPaths = [EmbeddedReport.path ?? ""] + ((try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted().map { corpusFolder + "/" + $0 }

    /// The corpus of the shipped report and the genre corpus, imported once.
    static let database: String = {
        let path = (try? BinaryRunner.temporaryFile("corpus.db")) ?? ""
        _ = try? CorpusImporter.run(paths: reportPaths, database: path, registry: BuiltinPlugins.registry())
        return path
    }()

    static func open() throws -> CorpusStore { try CorpusStore(path: database, registry: BuiltinPlugins.registry()) }

    @Test("every indicator in every report reads as the report read in memory gives it")
    func indicatorsAsInMemory() throws {
        let corpus = try Self.open()
        #expect(corpus.reports.count == Self.reportPaths.count)
        var shares = 0, changesAlone = 0, summed = 0
        defer { #expect(shares > 0, "some report of the corpus gives a share of plan and no figure") }
        defer { #expect(summed > 0, "some report of the corpus counts a value in parts") }
        defer { #expect(changesAlone > 0, "some report of the corpus gives a change on last year and no figure") }
        for path in Self.reportPaths {
            let store = FactStore(documents: [try ReportReader.read(path: path)])
            let memory = IndicatorResolver(registry: BuiltinPlugins.registry(), store: store)
            let name = ReportReader.name(of: path)
            for plugin in BuiltinPlugins.all {
                for indicator in plugin.indicators {
                    let live = memory.value(of: indicator, in: plugin, report: nil)
                    let stored = corpus.value(of: indicator, in: plugin, report: name)
                    #expect(stored.actual?.formattedValue() == live.actual?.formattedValue(), "\(name) \(live.path)")
                    #expect(stored.actual?.sentence == live.actual?.sentence, "\(name) \(live.path)")
                    #expect(stored.planTarget?.stated.formattedValue() == live.planTarget?.stated.formattedValue(), "\(name) \(live.path) target")
                    #expect(stored.status == live.status, "\(name) \(live.path) status")
                    #expect(stored.share?.sentence == live.share?.sentence, "\(name) \(live.path) share")
                    if stored.share != nil { shares += 1 }
                    #expect(stored.attainment == live.attainment, "\(name) \(live.path) attainment")
                    #expect(stored.previous == live.previous, "\(name) \(live.path) previous")
                    #expect(stored.change?.formattedValue() == live.change?.formattedValue(), "\(name) \(live.path) change")
                    #expect(stored.changeDerivation?.quantity == live.changeDerivation?.quantity, "\(name) \(live.path) change stated")
                    if stored.actual == nil, stored.change != nil { changesAlone += 1 }
                    #expect(stored.parts.map(\.value) == live.parts.map(\.value), "\(name) \(live.path) parts")
                    if !stored.parts.isEmpty { summed += 1 }
                }
            }
        }
    }

    @Test("the shipped report's facts come back whole: value, unit, text, qualifiers, sentence, source")
    func factsWhole() throws {
        let corpus = try Self.open()
        let store = Reports.embeddedStore
        let shipped = try #require(corpus.reports.first { $0.name == "1113-BC-UBND-2023" })
        let stored = corpus.facts.filter { shipped.factIDs.contains($0.id) }
        #expect(stored.count == store.count)
        for (mine, theirs) in zip(stored, store.facts) {
            #expect(mine.quantity == theirs.quantity && mine.text == theirs.text && mine.upper == theirs.upper
                    && mine.denominator == theirs.denominator)
            #expect(mine.qualifiers.map(\.kind) == theirs.qualifiers.map(\.kind))
            #expect(mine.sentence == theirs.sentence && mine.sectionPath == theirs.sectionPath && mine.location == theirs.location)
            #expect(mine.footnote == theirs.footnote && mine.part == theirs.part && mine.referrerSentence == theirs.referrerSentence)
        }
    }

    @Test("search ignores case, accents, đ and i/y spellings, as the store's does", arguments: ["giải phóng mặt bằng", "GIAI PHONG", "tỉ đồng", "du lịch"])
    func search(_ text: String) throws {
        let corpus = try Self.open()
        let shipped = try #require(corpus.reports.first { $0.name == "1113-BC-UBND-2023" })
        let found = corpus.search(text).filter { shipped.factIDs.contains($0.id) }.map(\.text)
        #expect(!found.isEmpty)
        #expect(found == Reports.embeddedStore.search(text).map(\.text))
    }

    @Test("a search counted from the index finds as many facts as the search makes", arguments: ["giải phóng mặt bằng", "du lịch", "tỉ đồng", "", "không có câu nào như thế"])
    func searchCount(_ text: String) throws {
        let corpus = try Self.open()
        #expect(corpus.searchCount(text) == corpus.search(text).count)
        #expect(Reports.embeddedStore.searchCount(text) == Reports.embeddedStore.search(text).count)
    }

    @Test("a report imported again is skipped; a changed one replaces its old self")
    func incremental() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let database = folder + "/c.db"
        let report = folder + "/r.md"
        let text = try String(contentsOfFile: Self.reportPaths[1], encoding: .utf8)
        try text.write(toFile: report, atomically: true, encoding: .utf8)
        let first = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        #expect(first.imported == ["r"])
        let again = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        #expect(again.skipped == ["r"] && again.imported.isEmpty)
        try text.replacingOccurrences(of: "640 tỉ đồng", with: "650 tỉ đồng").write(toFile: report, atomically: true, encoding: .utf8)
        let changed = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        #expect(changed.replaced == ["r"])
        let corpus = try CorpusStore(path: database, registry: BuiltinPlugins.registry())
        #expect(corpus.reports.count == 1)
        #expect(corpus.value(at: "economy.tourism.revenue")?.actual?.formattedValue() == "650 tỷ đồng")
        #expect(corpus.search("650 tỉ đồng").map(\.text).contains("650 tỉ đồng"))
        #expect(corpus.search("640 tỉ đồng").isEmpty)
        try expectFactsAreTheReports(database)
    }

    @Test("a new corpus made with much text has 16 KB pages, with little 4 KB; one made with other pages keeps them")
    func pageSize() throws {
        func pageSize(_ path: String) throws -> Int? {
            let size = try SQLiteDatabase(path: path, writable: false).prepare("PRAGMA page_size")
            return try size.step() ? size.int(0) : nil
        }
        #expect(CorpusSchema.pageSize(forText: CorpusSchema.largePagesFrom) == 16_384)
        #expect(CorpusSchema.pageSize(forText: CorpusSchema.largePagesFrom - 1) == 4_096)
        // The genre corpus and the shipped report are little text: a corpus of them keeps SQLite's pages.
        #expect(try pageSize(Self.database) == 4_096)
        // Much text: the shipped report copied until its copies pass the threshold.
        let folder = try BinaryRunner.temporaryDirectory()
        let text = try String(contentsOfFile: Self.reportPaths[0], encoding: .utf8)
        let copies = CorpusSchema.largePagesFrom / text.utf8.count + 1
        for index in 0..<copies {
            try text.replacingOccurrences(of: "1.746 tỉ đồng", with: "\(1_000 + index) tỉ đồng")
                .write(toFile: folder + "/r\(index).md", atomically: true, encoding: .utf8)
        }
        let large = folder + "/large.db"
        let paths = (0..<copies).map { folder + "/r\($0).md" }
        #expect(try CorpusImporter.run(paths: paths, database: large, registry: BuiltinPlugins.registry()).imported.count == copies)
        #expect(try pageSize(large) == 16_384)
        // An empty file of 16 KB pages taking one report keeps them, and reads as any corpus.
        let made = folder + "/made.db"
        try SQLiteDatabase(path: made, writable: true).execute("PRAGMA page_size = 16384; VACUUM")
        _ = try CorpusImporter.run(paths: [Self.reportPaths[1]], database: made, registry: BuiltinPlugins.registry())
        #expect(try pageSize(made) == 16_384)
        #expect(try CorpusStore(path: made, registry: BuiltinPlugins.registry()).reports.count == 1)
        try expectFactsAreTheReports(large)
    }

    /// Every fact row lies in its report's range of ids, and no row is left of a report replaced.
    func expectFactsAreTheReports(_ path: String) throws {
        let database = try SQLiteDatabase(path: path, writable: false)
        let check = try database.prepare("""
            SELECT (SELECT count(*) FROM facts), (SELECT sum(fact_count) FROM reports),
                   (SELECT count(*) FROM facts f JOIN reports r ON f.report = r.id AND f.id >= r.first_fact AND f.id < r.first_fact + r.fact_count)
            """)
        #expect(try check.step())
        #expect(check.int(0) == check.int(1) && check.int(0) == check.int(2) && check.int(0) > 0)
    }

    @Test("a report named twice in one import, a batch apart, is imported then replaced (or skipped) as in two imports")
    func namedTwice() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let text = try String(contentsOfFile: Self.reportPaths[1], encoding: .utf8)
        // More reports than a batch before the second `r.md`, which another folder holds with another figure.
        var paths: [String] = []
        for index in 0...CorpusImporter.batchSize {
            let path = folder + "/r\(index).md"
            try text.replacingOccurrences(of: "640 tỉ đồng", with: "\(700 + index) tỉ đồng").write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        try FileManager.default.createDirectory(atPath: folder + "/later", withIntermediateDirectories: true)
        try text.replacingOccurrences(of: "640 tỉ đồng", with: "650 tỉ đồng").write(toFile: folder + "/later/r0.md", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: folder + "/r1.md", toPath: folder + "/later/r1.md")
        let database = folder + "/c.db"
        let summary = try CorpusImporter.run(paths: paths + [folder + "/later/r0.md", folder + "/later/r1.md"], database: database,
                                             registry: BuiltinPlugins.registry())
        #expect(summary.replaced == ["r0"] && summary.skipped == ["r1"])
        let corpus = try CorpusStore(path: database, registry: BuiltinPlugins.registry())
        #expect(corpus.reports.count == CorpusImporter.batchSize + 1)
        let revenue = corpus.values(of: try #require(corpus.registry.plugin(named: "economy")?.indicator(key: "tourism.revenue")),
                                    in: try #require(corpus.registry.plugin(named: "economy")))
        #expect(revenue.first { $0.report == "r0" }?.actual?.formattedValue() == "650 tỷ đồng")
        #expect(revenue.first { $0.report == "r2" }?.actual?.formattedValue() == "702 tỷ đồng")
        try expectFactsAreTheReports(database)
    }

    @Test("a report's period is written as its name and count and read back the same", arguments: [
        ReportPeriod.year, .months(9), .lastMonths(6), .quarter(2), .month(10), .span(first: 7, last: 11), .years(first: 2021, last: 2025),
        .schoolYear,
    ])
    func periodRoundTrip(_ period: ReportPeriod) {
        #expect(CorpusStore.period(period.name, CorpusWriter.periodCount(period)) == period)
    }

    @Test("a file that is not a corpus, or a corpus of another format, is refused with what to do")
    func refused() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let text = folder + "/text.db"
        try "not a database at all".write(toFile: text, atomically: true, encoding: .utf8)
        // Said plainly, not with the SQL that failed; the file may be the user's own, so nothing says to remove it.
        #expect { _ = try CorpusStore(path: text, registry: BuiltinPlugins.registry()) } throws: { error in
            (error as? CorpusError)?.description
                == "\(text): not a corpus baocao can read: file is not a database (a corpus is made by: baocao import REPORTS… --db NEW-FILE)"
        }
        #expect { _ = try CorpusImporter.run(paths: [Self.reportPaths[1]], database: text, registry: BuiltinPlugins.registry()) } throws: { error in
            (error as? CorpusError)?.description == "\(text): cannot import into it: file is not a database (name a new file for the corpus)"
        }
        let other = folder + "/other.db"
        _ = try CorpusImporter.run(paths: [Self.reportPaths[1]], database: other, registry: BuiltinPlugins.registry())
        // A damaged corpus (cut short) is refused as one, whatever SQLite says of it.
        let damaged = folder + "/damaged.db"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: other))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: damaged))
        let opened = try BinaryRunner.run(["--db", damaged, "-c", "reports | count"])
        #expect(opened.status == 2 && opened.stderr.contains("\(damaged): not a corpus baocao can read: ") && !opened.stderr.contains("SELECT"))
        let result = try BinaryRunner.run(["--db", other, "-c", "reports | count"])
        #expect(result.stdout == "1\n")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update meta set value='baocao-corpus-0' where key='format'\"); c.commit()", other]
        try sqlite.run()
        sqlite.waitUntilExit()
        let refused = try BinaryRunner.run(["--db", other, "-c", "reports | count"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("format baocao-corpus-0") && refused.stderr.contains("rebuild it"))
    }
}
