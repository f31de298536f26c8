import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes mapped into memory, as `Data` that unmaps them when freed.
///
/// Only for files that are replaced whole, never changed in place (the fact
/// cache): a mapped file cut short under a reader would fault. Foundation's
/// `Data(contentsOf:options: .alwaysMapped)` does the same through `URL`,
/// whose path handling costs more than the mapping itself.
public enum MappedFile {
    /// The bytes of the regular file at `path`, or nil if it cannot be opened
    /// and mapped (or is empty).
    public static func data(atPath path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let count = Int(status.st_size)
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return Data(bytesNoCopy: address, count: count, deallocator: .custom { address, count in munmap(address, count) })
    }
}
