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
}
