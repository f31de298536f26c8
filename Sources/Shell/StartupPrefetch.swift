import FoundationEssentials
import Report
import Query
import Manifests
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads the embedded report's store (from the cache) and groups its
/// sentences for the finding rules on another core, while the main thread
/// reads the command line and registers the plugins.
///
/// The store is the larger part of a start; it is what nearly every start
/// needs, so it is started first. When the command line asks for something
/// else (`--report`, `--no-cache`, a command that loads no report) nothing is
/// prefetched, and the prefetched store is used only when the loader is asked
/// for the embedded report through the cache.
public enum StartupPrefetch {
    /// Options and commands after which the default context is not what will be
    /// loaded. (An array, not a set: the first use of a new generic type costs a
    /// scan of the binary's conformances.)
    static let declining = ["--report", "--no-cache", "--help", "-h", "--version", "help", "plugin", "docs"]

    /// Starts loading the default context if `arguments` (without the program name) will use it.
    public static func startIfUseful(arguments: [String]) {
        guard !arguments.contains(where: { argument in
            declining.contains(argument) || argument.hasPrefix("--report=")
        }) else { return }
        pending.begin()
        // A bare POSIX thread: Foundation's Thread sets up NSThread state first,
        // whose first use costs more than the thread itself.
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { _ in
            StartupPrefetch.pending.finish(Result { () throws(ReportLoader.LoadError) in try ReportLoader.loadDefaultStore() })
            return nil
        }, nil)
        if started == 0 { pthread_detach(thread) } else { pending.cancel() }
    }

    /// The prefetched default store, waiting for it if it is still loading;
    /// nil when none was started, or when loading failed (the caller then loads
    /// it itself and reports the error).
    static func take() -> ReportLoader.LoadedStore? {
        pending.take()
    }

    private static let pending = Pending()

    /// The one prefetch of a run, guarded by a condition variable.
    private final class Pending: @unchecked Sendable {
        private let lock = Lock()
        private var started = false
        private var result: Result<ReportLoader.LoadedStore, ReportLoader.LoadError>?

        func begin() {
            lock.lock()
            started = true
            lock.unlock()
        }

        /// The thread could not start: nothing will be handed over.
        func cancel() {
            lock.lock()
            started = false
            lock.unlock()
        }

        func finish(_ result: Result<ReportLoader.LoadedStore, ReportLoader.LoadError>) {
            lock.lock()
            self.result = result
            lock.broadcast()
            lock.unlock()
        }

        func take() -> ReportLoader.LoadedStore? {
            lock.lock()
            defer { lock.unlock() }
            guard started else { return nil }
            while result == nil { lock.wait() }
            started = false
            return try? result?.get()
        }
    }
}
