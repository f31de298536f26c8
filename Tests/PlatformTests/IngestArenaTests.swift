import Testing
@testable import Platform
import Foundation

@Suite("Room with huge pages for a large text")
struct IngestArenaTests {
    #if os(Linux)
    @Test("a large text's room is advised for huge pages, a report's is not asked for",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/smaps")))
    func advised() throws {
        #expect(IngestArena.reserve(forTextBytes: IngestArena.threshold - 1).isEmpty)
        let advised = IngestArena.reserve(forTextBytes: 4 << 20)
        // Six bytes a text byte, in whole 2 MB pages: most of 24 MB. That the kernel holds the
        // advice is seen in the binary (HugePageTests): a test's thread may have a heap that
        // malloc unmaps, advice and all, once it is free.
        #expect(advised.reduce(0) { $0 + $1.count } >= 16 << 20)
    }
    #endif
}
