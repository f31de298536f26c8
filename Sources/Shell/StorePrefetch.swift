import Foundation
import Report
import Facts

/// Reads the embedded report's fact store on another core while the command
/// line is parsed and the line editor set up.
///
/// Parsing arguments (swift-argument-parser reflects over every command) and
/// loading the store take a few milliseconds each, one after the other; the
/// store for the embedded report is what nearly every start needs, so it is
/// started first. When the command line asks for something else (`--report`,
/// `--no-cache`, a command that loads no report) nothing is prefetched, and
/// a prefetched store is used only for the path and cache setting it was read
/// with.
public enum StorePrefetch {
    /// Options and commands after which the embedded, cached store is not what will be loaded.
    static let declining: Set<String> = ["--report", "--no-cache", "--help", "-h", "--version", "help", "plugin", "docs"]

    /// Starts reading the embedded report's store if `arguments` (without the
    /// program name) will load it.
    public static func startIfUseful(arguments: [String]) {
        guard !arguments.contains(where: { declining.contains($0) || $0.hasPrefix("--report=") }),
              let path = EmbeddedReport.path else { return }
        let folder = FactCache.defaultFolder()
        let box = pending
        box.begin(path: path)
        Thread.detachNewThread {
            let result = Result { try FactCache.store(for: try ReportReader.contents(of: path), name: ReportReader.name(of: path),
                                                      path: path, folder: folder) }
            box.finish(result)
        }
    }

    /// The prefetched store for `path`, waiting for it if it is still being read;
    /// nil when none was started for that path or reading it failed (the caller
    /// then reads it itself and reports the error).
    public static func take(path: String) -> FactStore? {
        pending.take(path: path)
    }

    private static let pending = Pending()

    /// The one prefetch of a run, guarded by a condition variable.
    private final class Pending: @unchecked Sendable {
        private let condition = NSCondition()
        private var path: String?
        private var result: Result<FactStore, any Error>?

        func begin(path: String) {
            condition.lock()
            self.path = path
            condition.unlock()
        }

        func finish(_ result: Result<FactStore, any Error>) {
            condition.lock()
            self.result = result
            condition.broadcast()
            condition.unlock()
        }

        func take(path: String) -> FactStore? {
            condition.lock()
            defer { condition.unlock() }
            guard self.path == path else { return nil }
            while result == nil { condition.wait() }
            self.path = nil
            return try? result?.get()
        }
    }
}
