#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 64-bit hash of bytes given in one piece or in chunks, eight bytes at a
/// time (a byte at a time was a twentieth of a one-shot query): the report's
/// part of the cache key, and the check of a cache file's contents.
public struct Checksum {
    private(set) var hash: UInt64 = 0xcbf29ce484222325
    private var count = 0
    /// The bytes of a word not yet whole (a chunk's end), at most seven.
    private var pending: [UInt8] = []

    public init() {}

    /// The checksum of `bytes`.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = Checksum()
        checksum.add(bytes)
        return checksum.value
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        var start = 0
        if !pending.isEmpty {
            while pending.count < 8, start < bytes.count {
                pending.append(bytes[start])
                start += 1
            }
            guard pending.count == 8 else { return }
            mix(pending.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
            pending.removeAll(keepingCapacity: true)
        }
        let words = (bytes.count - start) / 8
        // The running hash in a local: the loop is the whole cost.
        var hash = self.hash
        for index in 0..<words { hash = Self.mixed(hash, bytes.loadUnaligned(fromByteOffset: start + index * 8, as: UInt64.self)) }
        self.hash = hash
        if start + words * 8 < bytes.count { pending.append(contentsOf: bytes[(start + words * 8)...]) }
    }

    public mutating func add<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        let array = Array(bytes)
        array.withUnsafeBytes { add($0) }
    }

    /// The hash of everything added.
    public var value: UInt64 {
        var copy = self
        for byte in pending { copy.mix(UInt64(byte)) }
        copy.mix(UInt64(count))
        return copy.hash
    }

    private mutating func mix(_ word: UInt64) { hash = Self.mixed(hash, word) }

    @inline(__always)
    private static func mixed(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0x9E3779B97F4A7C15
        return product ^ (product >> 29)
    }
}

extension Checksum {
    /// The checksum of the file at `path`, read through one small buffer, or
    /// nil if it cannot be read.
    public static func ofFile(atPath path: String) -> UInt64? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var checksum = Checksum()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 16_384, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count > 0 {
                checksum.add(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return count == 0 ? checksum.value : nil
            }
        }
    }
}
