import FoundationEssentials
import Platform
import Report
import Facts
import FactReading
import PluginKit

/// `baocao import REPORTS… --db FILE`: reads each report, resolves every
/// indicator in it, and writes the report, its sentences (with a search
/// index that ignores case, accents, đ and i/y spellings), its facts and its
/// indicators' values into the database. One transaction: an import cut off
/// at any moment leaves the database as it was. A report already there with
/// the same bytes is skipped; one whose file changed replaces its old self.
public enum CorpusImporter {
    /// What an import did.
    public struct Summary: Sendable {
        public var imported: [String] = []
        public var replaced: [String] = []
        public var skipped: [String] = []
        /// Bytes of report text read and imported.
        public var bytes = 0
    }

    public static func run(paths: [String], database path: String, registry: PluginRegistry,
                           progress: (String) -> Void = { _ in }) throws(CorpusError) -> Summary {
        let database = try SQLiteDatabase(path: path, writable: true)
        try CorpusSchema.check(database, empty: true)
        try database.execute(CorpusSchema.create)
        try database.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('format', '\(CorpusSchema.format)')")
        try database.execute("BEGIN IMMEDIATE")
        do throws(CorpusError) {
            let writer = try CorpusWriter(database)
            var summary = Summary()
            for report in paths {
                let data: Data
                do { data = try ReportReader.contents(of: report) } catch { throw CorpusError("\(report): \(error)") }
                let name = ReportReader.name(of: report)
                let checksum = String(data.withUnsafeBytes { Checksum.of($0) }, radix: 16)
                switch try writer.existing(name: name, checksum: checksum) {
                case .same:
                    summary.skipped.append(name)
                    continue
                case .changed(let id):
                    try writer.remove(report: id)
                    summary.replaced.append(name)
                case .absent:
                    summary.imported.append(name)
                }
                let document: ReportDocument
                do { document = try ReportReader.read(data: data, name: name, path: report) } catch { throw CorpusError("\(report): \(error)") }
                let store = FactStore(documents: [document])
                try writer.write(store, path: report, checksum: checksum, bytes: data.count, registry: registry)
                summary.bytes += data.count
                progress(name)
            }
            try writer.writeMeta(registry: registry)
            try database.execute("COMMIT")
            return summary
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }
}
