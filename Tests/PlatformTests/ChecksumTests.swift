import Testing
import Platform

/// `Checksum` keys the caches by content and checks their files: the same
/// bytes in any chunks give the same value, and bytes that differ, another.
@Suite("Checksums of bytes")
struct ChecksumTests {
    static let bytes: [UInt8] = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    func checksum(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { Checksum.of($0) } }

    @Test("bytes added in chunks of any size give the checksum of the whole")
    func chunks() {
        let whole = checksum(Self.bytes)
        for size in [1, 3, 7, 31, 32, 33, 64, 100, 299] {
            var chunked = Checksum()
            var start = 0
            while start < Self.bytes.count {
                let end = min(start + size, Self.bytes.count)
                Self.bytes[start..<end].withUnsafeBytes { chunked.add($0) }
                start = end
            }
            #expect(chunked.value == whole, "chunks of \(size)")
        }
    }

    @Test("every single bit flipped gives a checksum of its own")
    func singleBits() {
        var seen: Set<UInt64> = [checksum(Self.bytes)]
        for bit in 0..<(Self.bytes.count * 8) {
            var flipped = Self.bytes
            flipped[bit / 8] ^= 1 << UInt8(bit % 8)
            seen.insert(checksum(flipped))
        }
        #expect(seen.count == Self.bytes.count * 8 + 1)
    }

    @Test("the same change in two words of one lane does not cancel out, nor does length")
    func pairsAndLength() {
        let base = checksum(Self.bytes)
        for (first, second) in [(7, 39), (7, 71), (0, 32), (15, 47)] {
            var changed = Self.bytes
            changed[first] ^= 0x80
            changed[second] ^= 0x80
            #expect(checksum(changed) != base, "bytes \(first) and \(second)")
        }
        #expect(checksum(Self.bytes + [0]) != base)
        #expect(checksum([]) != checksum([0]))
    }
}
