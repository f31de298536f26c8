import FoundationEssentials
import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// The REPL's history file: `$XDG_STATE_HOME/baocao/history` (else
/// `~/.local/state/baocao/history`), mode 0600, in libedit's format.
///
/// Each entry is added under an exclusive lock by reading the file afresh,
/// appending, and renaming a complete new file into place: a crash never
/// leaves it half-written, and two shells at once both keep their lines.
struct HistoryFile {
    let path: String
    /// libedit, which reads and writes the file.
    let library: UnsafePointer<baocao_editline>

    /// The default path; the folder is created (0700). Nil when there is no home.
    static func defaultPath() -> String? {
        guard let folder = BaseDirectories.state else { return nil }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        return folder + "/history"
    }

    /// Why the history cannot be kept, if it cannot: a file we may not read, or someone else's.
    /// The REPL then keeps history for the session only and never touches the file.
    func problem() -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return "cannot examine the history file \(path)" }
        if info.st_uid != getuid() { return "the history file \(path) belongs to another user" }
        if access(path, R_OK | W_OK) != 0 { return "the history file \(path) is not readable and writable" }
        if (info.st_mode & S_IFMT) != S_IFREG { return "the history file \(path) is not a regular file" }
        return nil
    }

    /// Loads the file into `history`; an unreadable file is left alone (the REPL starts empty).
    func load(into history: OpaquePointer) {
        guard FileManager.default.isReadableFile(atPath: path) else { return }
        _ = baocao_history_load(library, history, path)
    }

    /// Appends `entry` to the file.
    func append(_ entry: String) {
        let lockPath = path + ".lock"
        let lock = open(lockPath, O_RDWR | O_CREAT, 0o600)
        guard lock >= 0 else { return }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { return }
        defer { flock(lock, LOCK_UN) }
        guard let fresh = baocao_history_init(library, 10_000) else { return }
        defer { baocao_history_end(library, fresh) }
        load(into: fresh)
        _ = baocao_history_enter(library, fresh, entry)
        let temporary = path + ".tmp.\(getpid())"
        guard baocao_history_save(library, fresh, temporary) >= 0 else { unlink(temporary); return }
        chmod(temporary, 0o600)
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// The entries in the file, oldest first, with libedit's escapes undone
    /// (`\040` is a space; bytes of any character may be written in octal).
    func entries() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).dropFirst().map { line in
            let bytes = Array(line)
            var decoded: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\"), index + 3 < bytes.count,
                   let code = UInt8(String(decoding: bytes[(index + 1)...(index + 3)], as: UTF8.self), radix: 8) {
                    decoded.append(code)
                    index += 4
                } else if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    decoded.append(bytes[index + 1])
                    index += 2
                } else {
                    decoded.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: decoded, as: UTF8.self)
        }
    }
}
