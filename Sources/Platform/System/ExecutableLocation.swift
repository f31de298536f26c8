#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the running executable is: the files baocao ships beside its binary
/// (the embedded report, the built-in plugins' specs) are found from there,
/// with POSIX calls rather than SwiftPM's resource bundle, whose accessor links
/// the whole of Foundation.
public enum ExecutableLocation {
    /// The folder of the running executable.
    public static let folder: String? = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let executable = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = executable.lastIndex(of: "/") else { return nil }
        return String(executable[..<slash])
    }()

    /// The running binary as caches key on it, its size and modification
    /// time: a rebuilt baocao may read reports and specs differently.
    public static let identity: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "" }
        #if canImport(Glibc)
        return "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)"
        #else
        return "\(info.st_size)-\(info.st_mtimespec.tv_sec)-\(info.st_mtimespec.tv_nsec)"
        #endif
    }()

    /// The folder of the source file at `filePath` (a `#filePath`): where a
    /// binary run from its build folder finds what its sources hold.
    public static func sourceFolder(of filePath: String) -> String? {
        guard let slash = filePath.lastIndex(of: "/") else { return nil }
        return String(filePath[..<slash])
    }
}
