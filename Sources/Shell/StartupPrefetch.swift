import FoundationEssentials
import Report
import Query
import Manifests
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads what a plain start needs — the embedded report's store (from the
/// cache), the plugins and the indicator resolver — on another core while
/// the command line is parsed.
///
/// Parsing arguments (swift-argument-parser reflects over every command) and
/// loading the context take a few milliseconds each, one after the other; the
/// default context is what nearly every start needs, so it is started first.
/// When the command line asks for something else (`--report`, `--plugins`,
/// `--no-cache`, a command that loads no report) nothing is prefetched, and
/// the prefetched context is used only when the loader is asked for exactly
/// the default one.
public enum StartupPrefetch {
    /// Options and commands after which the default context is not what will be
    /// loaded. (An array, not a set: the first use of a new generic type costs a
    /// scan of the binary's conformances.)
    static let declining = ["--report", "--plugins", "--no-cache", "--help", "-h", "--version", "help", "plugin", "docs"]

    /// Starts loading the default context if `arguments` (without the program name) will use it.
    public static func startIfUseful(arguments: [String]) {
        guard !arguments.contains(where: { argument in
            declining.contains(argument) || argument.hasPrefix("--report=") || argument.hasPrefix("--plugins=")
        }) else { return }
        pending.begin()
        // A bare POSIX thread: Foundation's Thread sets up NSThread state first,
        // whose first use costs more than the thread itself.
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { _ in
            StartupPrefetch.pending.finish(Result { () throws(ReportLoader.LoadError) in try ReportLoader.loadDefault() })
            return nil
        }, nil)
        if started == 0 { pthread_detach(thread) } else { pending.cancel() }
    }

    /// The prefetched default context, waiting for it if it is still loading;
    /// nil when none was started, or when loading failed (the caller then loads
    /// it itself and reports the error).
    static func take() -> ReportLoader.Loaded? {
        pending.take()
    }

    private static let pending = Pending()

    /// The one prefetch of a run, guarded by a condition variable.
    private final class Pending: @unchecked Sendable {
        private let lock = Lock()
        private var started = false
        private var result: Result<ReportLoader.Loaded, ReportLoader.LoadError>?

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

        func finish(_ result: Result<ReportLoader.Loaded, ReportLoader.LoadError>) {
            lock.lock()
            self.result = result
            lock.broadcast()
            lock.unlock()
        }

        func take() -> ReportLoader.Loaded? {
            lock.lock()
            defer { lock.unlock() }
            guard started else { return nil }
            while result == nil { lock.wait() }
            started = false
            return try? result?.get()
        }
    }
}
