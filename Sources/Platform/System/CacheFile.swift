import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of one of baocao's caches — the parsed report, a plugin spec, the
/// indicators resolved in a report — framed, written and cleared up the same
/// way: a magic naming the format, a checksum of the rest, then the body; the
/// file written whole and renamed into place; old files removed after a week.
/// A file that does not pass its magic and checksum is the caller's to ignore
/// and write anew.
public enum CacheFile {
    /// The bytes of a cache file: `magic`, a checksum of `body`, then `body`.
    public static func framed(_ body: BinaryWriter, magic: String) -> Data {
        var out = BinaryWriter()
        out.string(magic)
        out.word(body.data.withUnsafeBytes { Checksum.of($0) })
        out.append(body)
        return out.data
    }

    /// A reader of a file's `bytes` at the start of its body (offsets stay the
    /// file's); throws when the file is not of format `magic` or its body does
    /// not match its checksum.
    public static func body(of bytes: UnsafeRawBufferPointer, magic: String) throws -> BinaryReader {
        var reader = BinaryReader(bytes)
        guard try reader.string() == magic else { throw BinaryReader.Malformed() }
        let sum = try reader.word()
        guard Checksum.of(reader.rest) == sum else { throw BinaryReader.Malformed() }
        return reader
    }

    /// Writes `data` to `path` in `folder` (made if missing) whole: to a
    /// temporary file beside it, renamed over it, so that a reader finds the old
    /// file or the new one, never half of one. Nothing is written when that fails.
    public static func write(_ data: Data, to path: String, in folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp.\(getpid())"
        if FileManager.default.createFile(atPath: temporary, contents: data), rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// How long a cache file outlives its last write: each new baocao binary,
    /// report text or spec names new files, and the old ones would pile up;
    /// another baocao (an older install beside a build) may still use them for a while.
    public static let staleAge = 7 * 24 * 60 * 60

    /// Removes the files of `folder` whose names `matches` accepts, other than
    /// the paths in `current`, not written for ``staleAge``.
    public static func removeStale(in folder: String, besides current: Set<String>, where matches: (String) -> Bool) {
        guard let names = FileStatus.entries(of: folder) else { return }
        let now = time(nil)
        for entry in names where matches(entry) {
            let path = folder + "/" + entry
            var status = stat()
            guard !current.contains(path), stat(path, &status) == 0, Int(now - status.st_mtim.tv_sec) > staleAge else { continue }
            unlink(path)
        }
    }
}
