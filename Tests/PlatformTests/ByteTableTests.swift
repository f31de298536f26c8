import Testing
import Platform

/// `ByteTable` finds a value by the bytes it was stored under, wherever those bytes lie.
@Suite("Values found by a run of bytes")
struct ByteTableTests {
    func lookUp(_ table: ByteTable<Int>, _ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { table.value(for: $0) }
    }

    @Test("the same bytes in another buffer find the value; a prefix, a longer run or other bytes do not")
    func sameBytesOnly() {
        var table = ByteTable<Int>()
        let stored: [UInt8] = Array("tỉ đồng".utf8)
        stored.withUnsafeBufferPointer { table.insert(1, for: $0) }
        [UInt8]().withUnsafeBufferPointer { table.insert(2, for: $0) }
        #expect(lookUp(table, Array("tỉ đồng".utf8)) == 1)
        #expect(lookUp(table, Array("tỉ đồn".utf8)) == nil)
        #expect(lookUp(table, Array("tỉ đồngg".utf8)) == nil)
        #expect(lookUp(table, Array("tỷ đồng".utf8)) == nil)
        #expect(lookUp(table, []) == 2)
    }

    @Test("a value is made once for its bytes, then found")
    func madeOnce() {
        var table = ByteTable<String>()
        var made = 0
        for word in ["ha", "m2", "ha", "ha", "m2"] {
            let found = Array(word.utf8).withUnsafeBufferPointer { bytes in
                table.value(for: bytes) { made += 1; return word.uppercased() }
            }
            #expect(found == word.uppercased())
        }
        #expect(made == 2)
    }
}
