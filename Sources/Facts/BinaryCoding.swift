import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small binary writer for the fact cache: little-endian integers,
/// length-prefixed UTF-8 strings, decimals written as their exact digits.
struct BinaryWriter {
    private(set) var data = Data()

    mutating func int(_ value: Int) {
        var v = Int64(value).littleEndian
        withUnsafeBytes(of: &v) { data.append(contentsOf: $0) }
    }

    mutating func byte(_ value: UInt8) { data.append(value) }

    mutating func string(_ value: String) {
        let bytes = Array(value.utf8)
        int(bytes.count)
        data.append(contentsOf: bytes)
    }

    mutating func decimal(_ value: Decimal) { string(value.description) }

    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let value { byte(1); write(&self, value) } else { byte(0) }
    }
}

/// Reads what ``BinaryWriter`` wrote; any inconsistency is an error, never a crash.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        guard offset + 8 <= bytes.count else { throw Malformed() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        let signed = Int64(bitPattern: value)
        guard signed >= Int64(Int.min), signed <= Int64(Int.max) else { throw Malformed() }
        return Int(signed)
    }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func string() throws -> String {
        // Decoded on the fast path, then compared with the bytes: any repair of
        // ill-formed UTF-8 shows as a difference. (`String(validating:as:)` is
        // generic over the encoding and cost a thousand instructions a call.)
        let raw = try rawBytes()
        var text = String(decoding: raw, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            raw.withUnsafeBufferPointer { original in
                decoded.count == original.count && (original.isEmpty || memcmp(decoded.baseAddress!, original.baseAddress!, original.count) == 0)
            }
        }
        guard same else { throw Malformed() }
        return text
    }

    /// A length-prefixed run of bytes.
    mutating func rawBytes() throws -> ArraySlice<UInt8> {
        let count = try int()
        guard count >= 0, offset + count <= bytes.count else { throw Malformed() }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func decimal() throws -> Decimal {
        // Read without Foundation's string parser, which made decoding the cache slower than it should be.
        guard let value = VietnameseNumber.parseDescription(try rawBytes()) else { throw Malformed() }
        return value
    }

    // Inlined so that no generic metadata is looked up per value read.
    @inline(__always)
    mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try byte() == 1 ? read(&self) : nil
    }
}
