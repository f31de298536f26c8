import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small binary writer for baocao's caches (facts, plugin specs): integers in as many bytes as
/// they need (LEB128, zigzag for the sign: most are line numbers and small
/// ids), length-prefixed UTF-8 strings, decimals written as their exact digits.
public struct BinaryWriter {
    /// `capacity`: the bytes to make room for at once, when the size is known roughly.
    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// What was written. Bytes, not `Data`: appending one byte to `Data` takes its generic path.
    public private(set) var bytes: [UInt8] = []

    public var data: Data { Data(bytes) }

    public mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: (Int64(value) << 1) ^ (Int64(value) >> 63))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func append(_ other: BinaryWriter) { bytes += other.bytes }

    /// Eight bytes, little-endian, whatever the value (the checksum).
    public mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public var count: Int { bytes.count }

    /// Four bytes, little-endian, whatever the value: a cell of a table read
    /// in place (``BinaryReader/uint32(_:at:)``), without reading the cells before it.
    public mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    /// A string's bytes alone, with no length: a piece of a blob a table of offsets cuts.
    public mutating func utf8(_ value: String) { bytes += value.utf8 }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    public mutating func decimal(_ value: Decimal) { string(DecimalDescription.of(value)) }

    public mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let value { byte(1); write(&self, value) } else { byte(0) }
    }
}

/// Reads what ``BinaryWriter`` wrote; any inconsistency is an error, never a crash.
///
/// It reads the bytes where they are (the cache file is mapped into memory),
/// so it lives only inside `withUnsafeBytes` of its data: what it returns is
/// copied out (strings, scalars, numbers).
public struct BinaryReader {
    public struct Malformed: Error { public init() {} }

    @usableFromInline let bytes: UnsafeRawBufferPointer
    /// Where the next read starts.
    public var offset: Int

    @inlinable
    public init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Eight bytes, little-endian, as ``BinaryWriter/word(_:)`` wrote them.
    public mutating func word() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        defer { offset += 8 }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    /// The four bytes at `offset` of `bytes`, little-endian, as ``BinaryWriter/uint32(_:)`` wrote them.
    @inlinable
    public static func uint32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
    }

    /// Passes over `count` bytes.
    public mutating func skip(_ count: Int) throws {
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        offset += count
    }

    /// The bytes from here to the end.
    public var rest: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: bytes[offset...]) }

    public var isAtEnd: Bool { offset == bytes.count }

    /// The next integer. Inlined, with one byte (most integers: small ids,
    /// columns, counts) read without a loop: decoding a store reads thousands.
    @inlinable
    public mutating func int() throws -> Int {
        if offset < bytes.count, bytes[offset] < 0x80 {
            let value = Int(bytes[offset])
            offset += 1
            return (value >> 1) ^ -(value & 1)
        }
        return try longInt()
    }

    @usableFromInline
    mutating func longInt() throws -> Int {
        // Two bytes (line numbers, most string numbers) without the loop.
        if bytes.count - offset >= 2, bytes[offset + 1] < 0x80 {
            let value = Int(bytes[offset] & 0x7F) | Int(bytes[offset + 1]) << 7
            offset += 2
            return (value >> 1) ^ -(value & 1)
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
        guard signed >= Int64(Int.min), signed <= Int64(Int.max) else { throw Malformed() }
        return Int(signed)
    }

    @inlinable
    public mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func string() throws -> String { try Self.text(try rawBytes()) }

    /// `raw` as a String, if it is well-formed UTF-8.
    public static func text(_ raw: UnsafeRawBufferPointer) throws -> String {
        // Decoded on the fast path, then compared with the bytes: any repair of
        // ill-formed UTF-8 shows as a difference. (`String(validating:as:)` is
        // generic over the encoding, and not specialised here.)
        var text = String(decoding: raw, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            decoded.count == raw.count && (raw.isEmpty || memcmp(decoded.baseAddress!, raw.baseAddress!, raw.count) == 0)
        }
        guard same else { throw Malformed() }
        return text
    }

    /// A string's bytes, checked to be well-formed UTF-8. ASCII (most folded
    /// text) needs no String at all; other text is checked like any string.
    public mutating func utf8() throws -> [UInt8] {
        let raw = try rawBytes()
        if raw.contains(where: { $0 >= 0x80 }) { _ = try Self.text(raw) }
        return [UInt8](raw)
    }

    /// A length-prefixed run of bytes.
    @inlinable
    public mutating func rawBytes() throws -> UnsafeRawBufferPointer {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    public mutating func decimal() throws -> Decimal {
        // Read without Foundation's string parser, which goes through a locale.
        guard let value = DecimalText.parseDescription(try rawBytes()) else { throw Malformed() }
        return value
    }

    // Inlined so that no generic metadata is looked up per value read.
    @inlinable
    public mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try byte() == 1 ? read(&self) : nil
    }
}
