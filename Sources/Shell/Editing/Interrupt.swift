import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C in the REPL: a SIGINT handler that only raises a flag. Installed
/// without SA_RESTART, so a line being read is interrupted (libedit returns
/// with EINTR and the line is cleared) and a running query sees the flag at
/// its next step and stops.
enum Interrupt {
    /// Raised by the handler; a signal handler may only store to a plain integer.
    nonisolated(unsafe) static var raised: Int32 = 0

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.raised = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Whether Ctrl-C was pressed since the last `reset()`.
    static var isRaised: Bool { raised != 0 }

    static func reset() { raised = 0 }
}
