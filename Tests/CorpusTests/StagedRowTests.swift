import Testing
import Foundation
import TestSupport
@testable import Corpus

/// Rows written with ``SQLiteStatement/run(binding:)`` stage their text and
/// blobs in the statement's memory, which SQLite reads where it lies: every
/// row must come back as it was bound, however its sizes grow that memory.
@Suite("Rows whose text is staged")
struct StagedRowTests {
    func database() throws -> SQLiteDatabase {
        let path = try BinaryRunner.temporaryFile("staged.db")
        let database = try SQLiteDatabase(path: path, writable: true)
        try database.execute("CREATE TABLE rows (id INTEGER, name TEXT, note TEXT, coding BLOB, tail TEXT)")
        return database
    }

    @Test("short and long text, empty and NULL text and blobs come back as bound, across the memory's growth")
    func rowsComeBack() throws {
        let database = try database()
        let insert = try database.prepare("INSERT INTO rows VALUES (?, ?, ?, ?, ?)")
        // Sizes from none to well past the first block of staged memory, in an order that makes it grow mid-import.
        let sizes = [0, 1, 15, 16, 300, 5_000, 3, 20_000, 2]
        var expected: [(String, String?, [UInt8], String)] = []
        for (row, size) in sizes.enumerated() {
            let name = String(repeating: "đ", count: size)
            let note: String? = row % 3 == 0 ? nil : "ghi chú \(row)"
            let coding = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ row) }
            let tail = "hàng \(row)"
            try insert.run { $0.int(row); $0.text(name); $0.text(note); $0.blob(coding); $0.text(tail) }
            expected.append((name, note, coding, tail))
        }
        let read = try database.prepare("SELECT id, name, note, coding, tail FROM rows ORDER BY id")
        var row = 0
        while try read.step() {
            #expect(read.int(0) == row)
            #expect(read.text(1) == expected[row].0)
            #expect(read.optionalText(2) == expected[row].1)
            #expect(read.withBytes(3) { Array($0) } == expected[row].2)
            #expect(read.text(4) == expected[row].3)
            row += 1
        }
        #expect(row == sizes.count)
    }

    @Test("a statement bound from values after staged rows reads none of their bytes")
    func valuesAfterStaged() throws {
        let database = try database()
        let insert = try database.prepare("INSERT INTO rows VALUES (?, ?, ?, ?, ?)")
        try insert.run { $0.int(1); $0.text("một"); $0.text("hai"); $0.blob([1, 2]); $0.text("ba") }
        // Two values: the other parameters are NULL, not the staged row's.
        try insert.run([.int(2), .text("bốn")])
        let read = try database.prepare("SELECT note, coding, tail FROM rows WHERE id = 2")
        #expect(try read.step())
        #expect(read.isNull(0) && read.isNull(1) && read.isNull(2))
    }
}
