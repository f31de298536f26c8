#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values found by a run of bytes (a database row's blob or text), looked up
/// where the bytes lie: no array is made to look one up, and the run is
/// hashed and compared whole. (`[UInt8]` as a dictionary key is hashed byte
/// by byte, with a new key array for each look-up.)
public struct ByteTable<Value> {
    @usableFromInline var buckets: [Int: [(bytes: [UInt8], value: Value)]] = [:]

    public init() {}

    @inlinable
    public func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let bucket = buckets[Self.hash(bytes)] else { return nil }
        for entry in bucket where Self.same(entry.bytes, bytes) { return entry.value }
        return nil
    }

    @inlinable
    public mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        buckets[Self.hash(bytes), default: []].append((Array(bytes), value))
    }

    /// The value for `bytes`, made by `make` the first time they are looked up.
    @inlinable
    public mutating func value(for bytes: UnsafeBufferPointer<UInt8>, making make: () -> Value) -> Value {
        if let known = value(for: bytes) { return known }
        let made = make()
        insert(made, for: bytes)
        return made
    }

    /// Eight bytes at a time, multiplied and folded: the dictionary hashes the result again with its
    /// own seed, and equal hashes are told apart by their bytes, so this need only spread them.
    @usableFromInline
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < raw.count {
            tail = tail << 8 | UInt64(raw[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    @usableFromInline
    static func same(_ stored: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        stored.count == bytes.count && stored.withUnsafeBufferPointer { mine in
            mine.isEmpty || memcmp(mine.baseAddress!, bytes.baseAddress!, mine.count) == 0
        }
    }
}
