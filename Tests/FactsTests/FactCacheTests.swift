import Testing
@testable import Platform
@testable import Report
@testable import Facts
@testable import FactReading
@testable import FactCache
import Query
import Foundation
import TestSupport

@Suite("The parsed-store cache")
struct FactCacheTests {
    @Test("a store read back from the cache is the store that was written")
    func roundTrip() throws {
        let store = Reports.embeddedStore
        let decoded = try FactCache.decode(FactCache.encode(store), name: store.reports[0].name)
        #expect(decoded.facts == store.facts)
        // Every kind of qualifier is written and read: another place's figure (`Xã Hoàng Đồng hoàn thành 4/4 tiêu chí`) too.
        #expect(store.facts.contains { $0.otherPlace != nil })
        #expect(decoded.references == store.references)
        #expect(decoded.reports.map(\.factIDs) == store.reports.map(\.factIDs))
        #expect(decoded.search("giai phong mat bang").map(\.id) == store.search("giai phong mat bang").map(\.id))
    }

    @Test("every kind of period a header reads is written to the cache and read back", arguments: [
        ("tháng 10 năm 2025", ReportPeriod.month(10)), ("từ 01/7/2025 đến 31/10/2025", .span(first: 7, last: 10)),
        ("6 tháng cuối năm 2025", .lastMonths(6)), ("5 năm 2021 - 2025", .years(first: 2021, last: 2025)),
        ("năm học 2025 - 2026", .schoolYear),
    ])
    func periodRoundTrip(_ named: String, _ period: ReportPeriod) throws {
        let document = ReportReader.read(text: "UBND XÃ AN HÒA\n\nSố: 7/BC-UBND\n\nAn Hòa, ngày 2 tháng 12 năm 2025\n\nBÁO CÁO\n\n"
                                         + "Kết quả thực hiện nhiệm vụ \(named)\n\nThu ngân sách đạt 12 tỷ đồng.\n", name: "t")
        #expect(document.header.period == period)
        let store = FactStore(documents: [document])
        let decoded = try FactCache.decode(FactCache.encode(store), name: "t")
        #expect(decoded.reports[0].header == document.header)
    }

    @Test("facts read one by one from the cache, and their sentences and groups, are the built store's")
    func readOnDemand() throws {
        let store = Reports.embeddedStore
        let decoded = try FactCache.decode(FactCache.encode(store), name: store.reports[0].name)
        #expect(decoded.count == store.count)
        for id in stride(from: store.count - 1, through: 0, by: -37) {  // out of order: each read on its own
            #expect(decoded.fact(id: id) == store.fact(id: id))
            #expect(decoded.sentence(of: id) == store.facts[id].sentence)
            #expect(decoded.sectionPath(of: id) == store.facts[id].sectionPath)
            #expect(decoded.reportName(of: id) == store.facts[id].report)
            #expect(decoded.foldedSentence(of: id) == store.foldedSentence(of: id), "folded sentence of \(id), read alone")
        }
        #expect(decoded.fact(id: store.count) == nil)
        #expect(decoded.foldedSentence(of: store.count).bytes.isEmpty && decoded.foldedSentence(of: -1).bytes.isEmpty)
        #expect(decoded.sentenceStarts() == store.sentenceStarts())
        #expect(decoded.sentenceStarts().count > 100)
    }

    @Test("a damaged, truncated or foreign cache is refused, never trusted")
    func damaged() throws {
        let store = Reports.secondStore
        let data = FactCache.encode(store)
        #expect(throws: (any Error).self) { try FactCache.decode(data.prefix(data.count / 2), name: "second-report") }
        #expect(throws: (any Error).self) { try FactCache.decode(data, name: "another-report") }
        #expect(throws: (any Error).self) { try FactCache.decode(Data("not a cache".utf8), name: "second-report") }
        // Any byte changed after the header is caught by the checksum, before a fact is read.
        for index in stride(from: 30, to: data.count, by: 97) {
            var flipped = [UInt8](data)
            flipped[index] ^= 0x5A
            #expect(throws: (any Error).self) { try FactCache.decode(Data(flipped), name: "second-report") }
        }
    }

    @Test("a checksum is the same however its bytes come in chunks, and differs when a byte does")
    func checksumChunks() throws {
        let bytes = [UInt8](try ReportReaderData.second())
        let whole = bytes.withUnsafeBytes { Checksum.of($0) }
        for size in [1, 3, 7, 8, 9, 31, 32, 33, 1000, bytes.count] {
            var checksum = Checksum()
            for start in stride(from: 0, to: bytes.count, by: size) {
                bytes[start..<min(start + size, bytes.count)].withUnsafeBytes { checksum.add($0) }
            }
            #expect(checksum.value == whole, "chunks of \(size)")
        }
        #expect(Checksum.ofFile(atPath: Reports.fixturePath("second-report.md")) == whole)
        var changed = bytes
        changed[bytes.count / 2] ^= 1
        #expect(changed.withUnsafeBytes { Checksum.of($0) } != whole)
        #expect(Checksum.ofFile(atPath: "/no/such/file") == nil)
    }

    @Test("the cache is found from the report's path, and its errors are the report's")
    func byPath() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let path = Reports.fixturePath("second-report.md")
        let first = try FactCache.store(forReportAt: path, name: "second-report", folder: folder)
        let second = try FactCache.store(forReportAt: path, name: "second-report", folder: folder)
        #expect(second.facts == first.facts)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".facts") }.count == 1)
        #expect(throws: (any Error).self) { try FactCache.store(forReportAt: folder, name: "x", folder: folder) }
        #expect(throws: (any Error).self) { try FactCache.store(forReportAt: "/no/such/report.md", name: "x", folder: folder) }
    }

    @Test("a stale or unreadable cache file is rebuilt")
    func rebuilt() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let data = try ReportReaderData.second()
        let first = try FactCache.store(for: data, name: "second-report", path: "second-report.md", folder: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".facts") }
        #expect(files.count == 1)
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: folder + "/" + files[0]))
        let second = try FactCache.store(for: data, name: "second-report", path: "second-report.md", folder: folder)
        #expect(second.facts == first.facts)
        let rewritten = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + files[0]))
        #expect(rewritten.count > 1_000)
    }

    @Test("a new cache file removes the report's week-old ones, and no other report's")
    func staleRemoved() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let old = Date(timeIntervalSinceNow: -8 * 24 * 3600)
        for (name, date) in [("second-report-0a1b.facts", old), ("second-report-2c3d.facts", Date()),
                             ("other-report-0a1b.facts", old)] {
            let path = folder + "/" + name
            _ = FileManager.default.createFile(atPath: path, contents: Data("stale".utf8))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }
        _ = try FactCache.store(for: try ReportReaderData.second(), name: "second-report", path: "second-report.md", folder: folder)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(!files.contains("second-report-0a1b.facts"))  // a week old: removed
        #expect(files.contains("second-report-2c3d.facts"))   // recent: another baocao may use it
        #expect(files.contains("other-report-0a1b.facts"))    // another report's
        #expect(files.filter { $0.hasPrefix("second-report-") }.count == 2)
    }
}

enum ReportReaderData {
    static func second() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: Reports.fixturePath("second-report.md"))) }
}
