import Testing
import Foundation
import BuiltinPlugins
import PluginKit
@testable import Corpus
import TestSupport

/// A corpus follows how reports are read: the same bytes read by another
/// baocao or other specs are read again by the next import of them, and a
/// corpus of the format before opens and is brought up to this one.
@Suite("A corpus and how its reports were read")
struct CorpusReadingTests {
    /// A folder with one report of the genre corpus as `r.md`.
    func reportFolder() throws -> (folder: String, report: String) {
        let folder = try BinaryRunner.temporaryDirectory()
        let report = folder + "/r.md"
        try FileManager.default.copyItem(atPath: CorpusTests.reportPaths[1], toPath: report)
        return (folder, report)
    }

    func reading(_ database: String) throws -> [String?] {
        let opened = try SQLiteDatabase(path: database, writable: false)
        let rows = try opened.prepare("SELECT reading FROM reports ORDER BY id")
        var readings: [String?] = []
        while try rows.step() { readings.append(rows.isNull(0) ? nil : rows.text(0)) }
        return readings
    }

    @Test("the same bytes read another way are read again; read the same way, or under another name, skipped")
    func readAgain() throws {
        let (folder, report) = try reportFolder()
        let database = folder + "/c.db"
        let registry = BuiltinPlugins.registry()
        _ = try CorpusImporter.run(paths: [report], database: database, registry: registry, reading: "a")
        let same = try CorpusImporter.run(paths: [report], database: database, registry: registry, reading: "a")
        #expect(same.skipped == ["r"] && same.reread.isEmpty)
        let other = try CorpusImporter.run(paths: [report], database: database, registry: registry, reading: "b")
        #expect(other.reread == ["r"] && other.imported.isEmpty && other.skipped.isEmpty)
        #expect(try reading(database) == ["b"])
        try FileManager.default.copyItem(atPath: report, toPath: folder + "/copy.md")
        let copy = try CorpusImporter.run(paths: [folder + "/copy.md"], database: database, registry: registry, reading: "c")
        #expect(copy.skipped == ["copy"] && copy.reread.isEmpty)
        try CorpusTests().expectFactsAreTheReports(database)
        let corpus = try CorpusStore(path: database, registry: registry)
        #expect(corpus.reports.map(\.name) == ["r"])
    }

    @Test("by default a report is read under this binary and these specs: imported twice, it is skipped")
    func defaultReading() throws {
        let (folder, report) = try reportFolder()
        let database = folder + "/c.db"
        _ = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        let again = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        #expect(again.skipped == ["r"])
        #expect(try reading(database) == [CorpusReading.identity(of: BuiltinPlugins.registry())])
    }

    @Test("a corpus of a format before opens as it is; the next import brings it up and reads its reports again",
          arguments: ["baocao-corpus-3", "baocao-corpus-4", "baocao-corpus-5", "baocao-corpus-6"])
    func earlierFormat(_ earlier: String) throws {
        let (folder, report) = try reportFolder()
        let database = folder + "/c.db"
        _ = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        // What the formats before were: before format 7 no `change_without_verdict` column, before format 5 no
        // `share` column, in format 3 no `reading` either, and the name in `meta`.
        let dropReading = earlier == "baocao-corpus-3" ? "ALTER TABLE reports DROP COLUMN reading;" : ""
        let dropShare = earlier == "baocao-corpus-5" || earlier == "baocao-corpus-6" ? "" : "ALTER TABLE indicator_values DROP COLUMN share;"
        try SQLiteDatabase(path: database, writable: true).execute("""
            ALTER TABLE indicator_values DROP COLUMN change_without_verdict;
            \(dropReading)
            \(dropShare)
            UPDATE meta SET value = '\(earlier)' WHERE key = 'format';
            """)
        #expect(CorpusSchema.earlierFormats[earlier] != nil)
        // Its indicators answer as they did, with no share of plan to read.
        let found = try BinaryRunner.run(["--db", database, "--format", "plain", "-c", "indicators | where actual != null | count"])
        #expect(found.status == 0 && (Int(found.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 10, "\(found.stderr)")
        let opened = try BinaryRunner.run(["--db", database, "--format", "plain", "-c", "reports | count"])
        #expect(opened.status == 0 && opened.stdout == "1\n", "\(opened.stderr)")
        let summary = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        #expect(summary.reread == ["r"])
        let format = try SQLiteDatabase(path: database, writable: false).prepare("SELECT value FROM meta WHERE key = 'format'")
        #expect(try format.step() && format.text(0) == CorpusSchema.format)
        #expect(try reading(database).count == 1 && reading(database)[0] != nil)
        try CorpusTests().expectFactsAreTheReports(database)
    }

    @Test("a change said elsewhere, taken without its sentence's verdict (another's), answers without it from the corpus too")
    func changeWithoutVerdict() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = folder + "/r.md"
        try "UBND XÃ AN PHÚ\n\nBÁO CÁO\n\nKết quả năm 2026\n\nThu ngân sách tăng, tỷ lệ hộ nghèo giảm 1,3% - không đạt.\n\nCuối năm tỷ lệ hộ nghèo còn 3,4%.\n"
            .write(toFile: report, atomically: true, encoding: .utf8)
        let database = folder + "/c.db"
        _ = try CorpusImporter.run(paths: [report], database: database, registry: BuiltinPlugins.registry())
        let query = ["--format", "plain", "-c", "social.poor_rate | select change, status"]
        let direct = try BinaryRunner.run(["--no-cache", "--report", report] + query)
        let stored = try BinaryRunner.run(["--db", database] + query)
        #expect(direct.status == 0 && direct.stdout.contains("-1,3%") && direct.stdout.contains("unknown"), "\(direct.stdout)")
        #expect(stored.stdout == direct.stdout, "\(stored.stderr)")
    }

    @Test("a user plugin's spec is part of how reports are read: changed, it reads them again")
    func userSpec() throws {
        let (folder, report) = try reportFolder()
        let plugins = folder + "/plugins"
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
        let spec = Manifests.transport
        func registry() -> PluginRegistry { PluginLoader.load(folders: [plugins], into: BuiltinPlugins.registry()).registry }
        try spec.write(toFile: plugins + "/transport.toml", atomically: true, encoding: .utf8)
        let database = folder + "/c.db"
        _ = try CorpusImporter.run(paths: [report], database: database, registry: registry())
        #expect(try CorpusImporter.run(paths: [report], database: database, registry: registry()).skipped == ["r"])
        try spec.replacingOccurrences(of: "\"sửa chữa, khắc phục\"", with: "\"khắc phục\"").write(toFile: plugins + "/transport.toml", atomically: true, encoding: .utf8)
        #expect(try CorpusImporter.run(paths: [report], database: database, registry: registry()).reread == ["r"])
    }
}
