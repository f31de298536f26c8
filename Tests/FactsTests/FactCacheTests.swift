import Testing
import Foundation
import Facts
import TestSupport

@Suite("The parsed-store cache")
struct FactCacheTests {
    @Test("a store read back from the cache is the store that was written")
    func roundTrip() throws {
        let store = Reports.embeddedStore
        let decoded = try FactCache.decode(FactCache.encode(store), name: store.reports[0].name)
        #expect(decoded.facts == store.facts)
        #expect(decoded.references == store.references)
        #expect(decoded.reports.map(\.factIDs) == store.reports.map(\.factIDs))
        #expect(decoded.search("giai phong mat bang").map(\.id) == store.search("giai phong mat bang").map(\.id))
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
        }
        #expect(decoded.fact(id: store.count) == nil)
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
}

enum ReportReaderData {
    static func second() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: Reports.fixturePath("second-report.md"))) }
}
