#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, from `stat(2)`. FoundationEssentials' `FileManager`
/// answers "is it a directory" only through `ObjCBool`, which lives in the rest
/// of Foundation (and would link ICU into baocao).
public enum FileStatus {
    /// Whether `path` exists (following symbolic links).
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// Whether `path` is a directory (following symbolic links).
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The size in bytes of the file at `path`, or nil if it cannot be had.
    public static func size(_ path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    /// The names in the folder at `path` (without `.` and `..`), or nil if it cannot be read.
    /// (`readdir`: what finding the embedded report and pruning the cache need, no more.)
    public static func entries(of path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        // The name read in place, up to its NUL: `readdir` returns records only as long as their
        // name, and copying the whole `dirent` (`entry.pointee`) read past the last one's end,
        // a crash where that end was a page's.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
        while let entry = readdir(directory) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
