#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 64-bit hash of bytes given in one piece or in chunks: the report's part
/// of the cache key, and the check of a cache file's contents. Four lanes
/// of eight bytes are mixed side by side, so that the processor multiplies
/// four words at once rather than waiting on each product in turn; the lanes
/// are folded together at the end. Each lane shifts by its own amount: alike,
/// the compiler packed two lanes into one SSE register, which has no 64-bit
/// multiply, and emulated it.
public struct Checksum {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf29ce484222325, 0x84222325cbf29ce4, 0x9E3779B97F4A7C15, 0x7F4A7C159E3779B9)
    private var count = 0
    /// The bytes of a block not yet whole (a chunk's end), at most 31.
    private var pending: [UInt8] = []

    /// Bytes mixed at a time: a word in each lane.
    static let block = 32

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
            while pending.count < Self.block, start < bytes.count {
                pending.append(bytes[start])
                start += 1
            }
            guard pending.count == Self.block else { return }
            pending.withUnsafeBytes { mixBlocks($0, from: 0, count: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = (bytes.count - start) / Self.block
        mixBlocks(bytes, from: start, count: blocks)
        if start + blocks * Self.block < bytes.count { pending.append(contentsOf: bytes[(start + blocks * Self.block)...]) }
    }

    /// Mixes `count` blocks of `bytes` from `start`, the lanes in locals: the loop is the whole cost.
    private mutating func mixBlocks(_ bytes: UnsafeRawBufferPointer, from start: Int, count: Int) {
        guard count > 0, let base = bytes.baseAddress else { return }
        var (a, b, c, d) = lanes
        var word = base + start
        for _ in 0..<count {
            a = Self.mixed(a, word.loadUnaligned(as: UInt64.self), shift: 29)
            b = Self.mixed(b, word.loadUnaligned(fromByteOffset: 8, as: UInt64.self), shift: 31)
            c = Self.mixed(c, word.loadUnaligned(fromByteOffset: 16, as: UInt64.self), shift: 27)
            d = Self.mixed(d, word.loadUnaligned(fromByteOffset: 24, as: UInt64.self), shift: 33)
            word += Self.block
        }
        lanes = (a, b, c, d)
    }

    public mutating func add<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        let array = Array(bytes)
        array.withUnsafeBytes { add($0) }
    }

    /// The hash of everything added.
    public var value: UInt64 {
        var hash = Self.mixed(Self.mixed(Self.mixed(lanes.0, lanes.1), lanes.2), lanes.3)
        for byte in pending { hash = Self.mixed(hash, UInt64(byte)) }
        return Self.mixed(hash, UInt64(count))
    }

    @inline(__always)
    private static func mixed(_ hash: UInt64, _ word: UInt64, shift: UInt64 = 29) -> UInt64 {
        let product = (hash ^ word) &* 0x9E3779B97F4A7C15
        return product ^ (product >> shift)
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
