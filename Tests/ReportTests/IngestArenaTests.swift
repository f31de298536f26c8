import Testing
import Foundation
@testable import Report

@Suite("Room with huge pages for a large text")
struct IngestArenaTests {
    /// Bytes of the process's mappings advised for huge pages (`hg` among an area's flags).
    static func advisedBytes() throws -> Int {
        // Read to its end: a /proc file has no size, and a read by size got its first page only.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        var total = 0, size = 0
        for line in smaps.split(separator: "\n") {
            if line.hasPrefix("Size:") { size = Int(line.split(separator: " ")[1]) ?? 0 }
            if line.hasPrefix("VmFlags:"), line.split(separator: " ").contains("hg") { total += size * 1024 }
        }
        return total
    }

    #if os(Linux)
    @Test("a large text's room is advised for huge pages; a report's is not asked for",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/smaps")))
    func advised() throws {
        let before = try Self.advisedBytes()
        IngestArena.reserve(forTextBytes: IngestArena.threshold - 1)
        #expect(try Self.advisedBytes() == before)
        IngestArena.reserve(forTextBytes: 4 << 20)
        // Six bytes a text byte, in whole 2 MB pages: most of 24 MB.
        #expect(try Self.advisedBytes() >= before + (16 << 20))
        // Reading in the room changes nothing read.
        let text = try #require(EmbeddedReport.path.map { try String(contentsOfFile: $0, encoding: .utf8) })
        let corpus = Array(repeating: text, count: 10).joined(separator: "\n\n")
        let document = ReportReader.read(text: corpus, name: "corpus")
        #expect(document.paragraphs.filter { $0.text.contains("1.210 tỷ đồng") }.count
            == ReportReader.read(text: text, name: "report").paragraphs.filter { $0.text.contains("1.210 tỷ đồng") }.count * 10)
    }
    #endif
}
