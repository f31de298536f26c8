import Testing
import Foundation
import TestSupport

/// The huge pages a large text's ingest asks for, seen in the running binary's
/// `/proc/PID/smaps`. Seen from outside, because only the binary reads on its
/// main thread, whose heap keeps its advice: a test runs on one of the test
/// runner's threads, whose heap malloc may unmap, advice and all, once it is free.
@Suite("A large text is read in room backed by huge pages")
struct HugePageTests {
    /// The address ranges of process `pid`'s mappings advised for huge pages
    /// (`hg` among an area's flags).
    static func advisedAreas(pid: pid_t) throws -> [Range<Int>] {
        // Read to its end: a /proc file has no size, and a read by size got its first page only.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/\(pid)/smaps"))
        let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        var areas: [Range<Int>] = [], current: Range<Int>?
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if let first = fields.first, first.contains("-"), !first.hasSuffix(":") {
                let bounds = first.split(separator: "-").compactMap { Int($0, radix: 16) }
                current = bounds.count == 2 ? bounds[0]..<bounds[1] : nil
            } else if line.hasPrefix("VmFlags:"), fields.contains("hg"), let area = current {
                areas.append(area)
            }
        }
        return areas
    }

    #if os(Linux)
    @Test("the REPL that read a report of 1.25 MB holds its room advised for huge pages; with a report of 7 KB, none",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/smaps")))
    func advised() throws {
        let fixture = Reports.fixturePath("second-report.md")
        let report = try String(contentsOfFile: fixture, encoding: .utf8)
        let large = try BinaryRunner.temporaryFile("large.md")
        // Just over the threshold: a debug binary reads a megabyte in seconds.
        let text = String(repeating: report + "\n", count: (5 << 18) / report.utf8.count + 1)
        try text.write(toFile: large, atomically: true, encoding: .utf8)
        // Six bytes a text byte, less the part of a huge page at either end of the room.
        let least = 6 * text.utf8.count - 2 * (2 << 20)
        for (path, isLarge) in [(large, true), (fixture, false)] {
            var session = try REPLSession(arguments: ["--no-cache", "--report", path], startTimeout: 60)
            // An answer from the store: the report has been read.
            try session.enter("facts | count", expecting: "\n")
            let advised = try Self.advisedAreas(pid: session.terminal.pid).reduce(0) { $0 + $1.count }
            // The heap grown past the advised room joins its area, so there is no upper bound to check.
            #expect(isLarge ? advised >= least : advised == 0, "\(advised) bytes advised reading \(path)")
            #expect(try session.leave() == 0)
        }
    }
    #endif
}
