import Testing
@testable import Platform
import Foundation

@Suite("Room with huge pages for a large text")
struct IngestArenaTests {
    /// The address ranges of the process's mappings advised for huge pages
    /// (`hg` among an area's flags), neighbouring areas joined.
    static func advisedAreas() throws -> [Range<Int>] {
        // Read to its end: a /proc file has no size, and a read by size got its first page only.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        var areas: [Range<Int>] = [], current: Range<Int>?
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if let first = fields.first, first.contains("-"), !first.hasSuffix(":") {
                let bounds = first.split(separator: "-").compactMap { Int($0, radix: 16) }
                current = bounds.count == 2 ? bounds[0]..<bounds[1] : nil
            } else if line.hasPrefix("VmFlags:"), fields.contains("hg"), let area = current {
                if let last = areas.last, last.upperBound == area.lowerBound {
                    areas[areas.count - 1] = last.lowerBound..<area.upperBound
                } else {
                    areas.append(area)
                }
            }
        }
        return areas
    }

    #if os(Linux)
    @Test("a large text's room is advised for huge pages, and the kernel holds the advice; a report's is not asked for",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/smaps")))
    @MainActor func advised() throws {
        #expect(IngestArena.reserve(forTextBytes: IngestArena.threshold - 1).isEmpty)
        // On the main thread, whose heap is the one malloc never gives back once told so. A
        // thread's own heap is unmapped whenever it is wholly free, whatever malloc was told,
        // and other tests' threads are busy meanwhile.
        let advised = IngestArena.reserve(forTextBytes: 4 << 20)
        // /proc/self/smaps is read in pieces: other tests mapping memory meanwhile can hide an
        // area from one reading, so a few readings are taken before an area counts as missing.
        func held(_ areas: [Range<Int>]) -> Bool {
            advised.allSatisfy { range in areas.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound } }
        }
        var areas = try Self.advisedAreas()
        for _ in 0..<5 where !held(areas) { areas = try Self.advisedAreas() }
        // Six bytes a text byte, in whole 2 MB pages: most of 24 MB.
        #expect(advised.reduce(0) { $0 + $1.count } >= 16 << 20)
        for range in advised {
            #expect(areas.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound },
                    "\(range) not among the advised areas \(areas)")
        }
    }
    #endif
}
