#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Shell

/// Carries an exit status out of a command.
struct ExitCodeError: Error {
    var status: ExitStatus
}

/// Ends the process at once (the C library's `exit`, which ArgumentParser's
/// `ParsableCommand.exit` hides inside a command's methods).
func exitProcess(_ status: Int32) -> Never { exit(status) }
