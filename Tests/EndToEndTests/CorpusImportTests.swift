import Testing
import Foundation
import TestSupport

/// `baocao import` and `--db`, as people run them: an import cut off at any
/// moment leaves the database as it was, and readers see whole corpora.
@Suite("baocao import and --db")
struct CorpusImportTests {
    /// A folder of `count` copies of the shipped report, each a report of its own (a number varied).
    static func copies(_ count: Int) throws -> String {
        let folder = try BinaryRunner.temporaryDirectory()
        let corpus = PackageLayout.root.appendingPathComponent("Sources/Report/Resources/1113-BC-UBND-2023.md").path
        let text = try String(contentsOfFile: corpus, encoding: .utf8)
        for index in 0..<count {
            let varied = text.replacingOccurrences(of: "1.746 tỉ đồng", with: "\(1_000 + index) tỉ đồng")
            try varied.write(toFile: folder + "/copy-\(String(format: "%03d", index)).md", atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("an import killed at any moment leaves the database answering as before it")
    func killed() throws {
        let folder = try Self.copies(12)
        let database = try BinaryRunner.temporaryDirectory() + "/corpus.db"
        let first = try BinaryRunner.run(["import", "--db", database, folder + "/copy-000.md"])
        #expect(first.status == 0)
        for delay in [0.05, 0.3, 0.8] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BinaryRunner.executable)
            process.arguments = ["import", "--quiet", "--db", database, folder]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            // Readers while it imports see the corpus as it was (WAL): never a report half written.
            let reader = try BinaryRunner.run(["--db", database, "--format", "plain", "-c", "reports | count"])
            #expect(reader.stdout == "1\n" || reader.stdout == "12\n", "a reader during the import saw \(reader.stdout)\(reader.stderr)")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let count = try BinaryRunner.run(["--db", database, "--format", "plain", "-c", "reports | count"])
            #expect(count.status == 0, "after a kill at \(delay) s: \(count.stderr)")
            #expect(count.stdout == "1\n" || count.stdout == "12\n", "a partial corpus after a kill at \(delay) s: \(count.stdout)")
        }
        let whole = try BinaryRunner.run(["import", "--db", database, folder])
        #expect(whole.status == 0)
        let revenue = try BinaryRunner.run(["--db", database, "--format", "plain", "-c",
                                            "economy.tourism.revenue | where report == \"copy-011\" | select actual"])
        #expect(revenue.stdout == "{actual: 1.011 tỷ đồng}\n")
    }

    @Test("the same language answers from the database: indicators a row a report, search, reports, .why")
    func answers() throws {
        let folder = try Self.copies(3)
        let database = try BinaryRunner.temporaryDirectory() + "/corpus.db"
        let imported = try BinaryRunner.run(["import", "--db", database, folder])
        #expect(imported.stdout.hasPrefix("imported 3 report(s) into"))
        let result = try BinaryRunner.run(["--db", database, "--format", "plain",
                                           "-c", "economy.tourism.revenue | select report, actual, status",
                                           "-c", "search \"doanh thu du lich\" | count",
                                           "-c", "missed | count"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            {report: copy-000, actual: 1.000 tỷ đồng, status: met}
            {report: copy-001, actual: 1.001 tỷ đồng, status: met}
            {report: copy-002, actual: 1.002 tỷ đồng, status: met}
            15
            6

            """)
        let both = try BinaryRunner.run(["--db", database, "--report", folder, "-c", "1"])
        #expect(both.status == 2)
    }

    @Test("a report that cannot be read stops the import with its name, once, and the database keeps what it had")
    func unreadableReport() throws {
        let folder = try Self.copies(20)
        let database = try BinaryRunner.temporaryDirectory() + "/corpus.db"
        #expect(try BinaryRunner.run(["import", "--db", database, folder + "/copy-000.md"]).status == 0)
        // Past the first batch, so that it is found while the batch before it is being written.
        let bad = folder + "/copy-017.md"
        try Data([0x62, 0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: bad))
        let failed = try BinaryRunner.run(["import", "--db", database, folder])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("not UTF-8") && failed.stderr.components(separatedBy: "copy-017.md").count == 2, "\(failed.stderr)")
        let count = try BinaryRunner.run(["--db", database, "--format", "plain", "-c", "reports | count"])
        #expect(count.stdout == "1\n")
    }

    @Test("reports read by another baocao: the REPL says how many and how to read them again; an import does")
    func readByAnother() throws {
        let folder = try Self.copies(2)
        let database = try BinaryRunner.temporaryDirectory() + "/corpus.db"
        #expect(try BinaryRunner.run(["import", "--db", database, folder]).status == 0)
        let fresh = try REPLSession(arguments: ["--db", database])
        #expect(!fresh.terminal.output.contains("note:"))
        _ = try fresh.leave()
        // As another baocao would have left them: another reading for one of the two.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update reports set reading='old' where id=1\"); c.commit()", database]
        try sqlite.run()
        sqlite.waitUntilExit()
        var stale = try REPLSession(arguments: ["--db", database])
        #expect(stale.terminal.output.contains("note: 1 of the 2 reports were read by another baocao or other plugin specs"))
        _ = try stale.enter("reports | count", expecting: "2")
        _ = try stale.leave()
        let again = try BinaryRunner.run(["import", "--db", database, folder])
        #expect(again.stdout.contains("read again 1 (first read by another baocao or other plugin specs)"), "\(again.stdout)")
        #expect(again.stdout.contains("skipped 1 already there"))
    }
}
