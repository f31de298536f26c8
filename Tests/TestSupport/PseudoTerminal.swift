import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives a program in a pseudo-terminal, as a person at a terminal would:
/// the child gets a new session with the pty as its controlling terminal.
/// Spawned with posix_spawn (no fork inside the multi-threaded test runner).
public final class PseudoTerminal {
    public let master: Int32
    public let pid: pid_t
    private var transcript = Data()

    /// A terminal `columns` wide (by default wide enough that libedit never wraps a line) and `rows` high.
    public init(executable: String, arguments: [String], environment: [String: String], columns: UInt16 = 200, rows: UInt16 = 40) throws {
        var masterFD: Int32 = -1, slaveFD: Int32 = -1
        guard openpty(&masterFD, &slaveFD, nil, nil, nil) == 0 else { throw PTYError.system("openpty", errno) }
        var nameBuffer = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slaveFD, &nameBuffer, nameBuffer.count) == 0 else { throw PTYError.system("ttyname_r", errno) }
        let slavePath = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slaveFD, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened by path after setsid, the slave becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, masterFD)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc ≥ 2.26) is defined only under _GNU_SOURCE, so Swift does not see it.
        let spawnSetSID: Int16 = 0x80
        // The test runner may block or ignore signals; the child starts with defaults, as from a shell.
        var emptyMask = sigset_t(), defaults = sigset_t()
        sigemptyset(&emptyMask)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, spawnSetSID | Int16(POSIX_SPAWN_SETSIGMASK) | Int16(POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        close(slaveFD)
        guard status == 0 else { close(masterFD); throw PTYError.system("posix_spawn", status) }
        self.master = masterFD
        self.pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    public enum PTYError: Error, CustomStringConvertible {
        case system(String, Int32)
        case timeout(String, transcript: String)

        public var description: String {
            switch self {
            case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
            case .timeout(let what, let transcript): "timed out waiting for \(what); the terminal showed:\n\(transcript)"
            }
        }
    }

    /// Everything the program has written so far.
    public var output: String { String(decoding: transcript, as: UTF8.self) }

    /// Reads until `text` appears in the output (after `offset` bytes), or fails after `timeout` seconds.
    @discardableResult
    public func waitFor(_ text: String, after offset: Int = 0, timeout: TimeInterval = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let seen = transcript.count > offset ? String(decoding: transcript[offset...], as: UTF8.self) : ""
            if seen.contains(text) { return transcript.count }
            pump(until: deadline)
        }
        throw PTYError.timeout("“\(text)”", transcript: output)
    }

    /// Waits until the program has put the terminal in raw mode (libedit reading a line):
    /// keys typed before that would arrive as plain bytes.
    public func waitForRawMode(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var attributes = termios()
        while Date() < deadline {
            if tcgetattr(master, &attributes) == 0, attributes.c_lflag & tcflag_t(ICANON) == 0 { return }
            pump(until: min(deadline, Date().addingTimeInterval(0.02)))
        }
        throw PTYError.timeout("the line editor to start", transcript: output)
    }

    public func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the program to exit; returns its exit status.
    public func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            pump(until: min(deadline, Date().addingTimeInterval(0.02)))
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                if (status & 0x7f) == 0 { return (status >> 8) & 0xff }
                return 128 + (status & 0x7f)
            }
        }
        throw PTYError.timeout("the program to exit", transcript: output)
    }

    /// Reads what is available on the master until `deadline` (at most one read's worth).
    private func pump(until deadline: Date) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(1, min(100, deadline.timeIntervalSinceNow * 1000)))
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 { transcript.append(contentsOf: buffer[0..<count]) }
    }
}
