import FoundationEssentials
import Platform
import Report
import Facts
import FactReading
import PluginKit
import Dispatch

/// `baocao import REPORTS… --db FILE`: reads each report, resolves every
/// indicator in it, and writes the report, its sentences (with a search
/// index that ignores case, accents, đ and i/y spellings), its facts and its
/// indicators' values into the database. One transaction: an import cut off
/// at any moment leaves the database as it was. A report already there with
/// the same bytes, read the same way, is skipped; the same bytes read by
/// another baocao or other specs are read again; a report whose file changed
/// replaces its old self.
public enum CorpusImporter {
    /// What an import did.
    public struct Summary: Sendable {
        public var imported: [String] = []
        public var replaced: [String] = []
        /// Reports whose bytes were there, read by another baocao or other specs: read again.
        public var reread: [String] = []
        public var skipped: [String] = []
        /// Bytes of report text read and imported.
        public var bytes = 0
    }

    /// How many reports are read at once, across the cores.
    static let batchSize = 16

    /// Imports the reports at `paths`; `reading` names how they are read
    /// (``CorpusReading``, by default of `registry` and this binary).
    public static func run(paths: [String], database path: String, registry: PluginRegistry, reading: String? = nil,
                           progress: (String) -> Void = { _ in }) throws(CorpusError) -> Summary {
        let database = try SQLiteDatabase(path: path, writable: true)
        if try CorpusSchema.check(database, empty: true) == nil {
            // A new corpus: its pages sized for the text it is made with, before its first table.
            let bytes = paths.reduce(0) { $0 + (FileStatus.size($1) ?? 0) }
            try database.execute("PRAGMA page_size = \(CorpusSchema.pageSize(forText: bytes))")
        }
        let reading = reading ?? CorpusReading.identity(of: registry)
        // Outside the import's transaction: the journal mode cannot change inside one.
        try database.execute(CorpusSchema.create)
        try database.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('format', '\(CorpusSchema.format)')")
        try CorpusSchema.upgrade(database)
        try database.execute("BEGIN IMMEDIATE")
        do throws(CorpusError) {
            let writer = try CorpusWriter(database)
            var summary = Summary()
            _ = registry.plugins  // every spec read before the workers share the registry
            // Reports are parsed and their indicators resolved a batch at a time on
            // every core, while the batch before is written (one by one, SQLite's
            // connection being one thread's): the writing no longer leaves a core
            // idle, and this thread does only what needs the database.
            var inFlight: PreparingBatch?
            func writeInFlight() throws(CorpusError) {
                guard let batch = inFlight else { return }
                inFlight = nil
                for prepared in batch.wait() {
                    let report = try prepared.get()
                    try writer.write(report)
                    summary.bytes += report.bytes
                    progress(report.store.reports.first?.name ?? report.path)
                }
            }
            // Prepared once, when a report is first read: an import that skips every report compiles no rule.
            lazy var indicators = PreparedIndicator.all(in: registry)
            var start = paths.startIndex
            while start < paths.endIndex {
                let batch = paths[start..<min(start + batchSize, paths.endIndex)]
                start = batch.endIndex
                // A name the batch in flight also has is looked up once that batch is written.
                if let inFlight, batch.contains(where: { inFlight.names.contains(ReportReader.name(of: $0)) }) { try writeInFlight() }
                var files: [(data: Data, name: String, path: String, checksum: String)] = []
                for report in batch {
                    let data: Data
                    do { data = try ReportReader.contents(of: report) } catch { throw failure(error, reading: report) }
                    let name = ReportReader.name(of: report)
                    let checksum = String(data.withUnsafeBytes { Checksum.of($0) }, radix: 16)
                    switch try writer.existing(name: name, checksum: checksum, reading: reading) {
                    case .same:
                        summary.skipped.append(name)
                        continue
                    case .reread(let id):
                        try writer.remove(report: id)
                        summary.reread.append(name)
                    case .changed(let id):
                        try writer.remove(report: id)
                        summary.replaced.append(name)
                    case .absent:
                        summary.imported.append(name)
                    }
                    files.append((data, name, report, checksum))
                }
                let read = files, prepared = files.isEmpty ? [] : indicators
                let next = PreparingBatch(names: Set(files.map(\.name))) {
                    ConcurrentMap.map(read) { file -> Result<CorpusWriter.Prepared, CorpusError> in
                        let document: ReportDocument
                        do { document = try ReportReader.read(data: file.data, name: file.name, path: file.path) } catch {
                            return .failure(failure(error, reading: file.path))
                        }
                        return .success(CorpusWriter.prepare(document, path: file.path, checksum: file.checksum, bytes: file.data.count,
                                                             registry: registry, indicators: prepared, reading: reading))
                    }
                }
                try writeInFlight()
                inFlight = next
            }
            try writeInFlight()
            try writer.writeMeta(registry: registry)
            try database.execute("COMMIT")
            return summary
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }
}

extension CorpusImporter {
    /// A report's error as the import says it: a ``ReportError`` names its file already.
    static func failure(_ error: any Error, reading path: String) -> CorpusError {
        error is ReportError ? CorpusError("\(error)") : CorpusError("\(path): \(error)")
    }
}

/// A batch of reports being read on the other cores: its results are waited
/// for when the batch before it has been written.
private final class PreparingBatch: @unchecked Sendable {
    /// The reports' names, for a later batch that names one of them again.
    let names: Set<String>
    private var prepared: [Result<CorpusWriter.Prepared, CorpusError>] = []
    private let done = DispatchGroup()

    init(names: Set<String>, prepare: @escaping @Sendable () -> [Result<CorpusWriter.Prepared, CorpusError>]) {
        self.names = names
        done.enter()
        DispatchQueue.global().async {
            self.prepared = prepare()
            self.done.leave()
        }
    }

    /// The prepared reports (or why one could not be read), in the batch's order, once all are ready.
    func wait() -> [Result<CorpusWriter.Prepared, CorpusError>] {
        done.wait()
        return prepared
    }
}
