import Testing
import Foundation
import TestSupport

/// The caches as a user meets them: a second run answers exactly as the first,
/// from the parsed store and the indicators the first one resolved; a damaged
/// cache file is read past, never trusted; `--no-cache` writes nothing.
@Suite("Caches, run as people run baocao")
struct CacheTests {
    static let queries = ["economy.tourism.revenue", "security.traffic.deaths.previous", "missed | select path, status", "scorecard | count"]

    @Test("a second run answers as the first, from the caches the first wrote, and a damaged cache is read past")
    func secondRun() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_CACHE_HOME": folder]
        let arguments = ["--format", "json"] + Self.queries.flatMap { ["-c", $0] }
        let fresh = try BinaryRunner.run(["--no-cache"] + arguments, environment: environment)
        #expect(fresh.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)

        let first = try BinaryRunner.run(arguments, environment: environment)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/baocao")
        #expect(files.contains { $0.hasSuffix(".facts") })
        #expect(files.contains { $0.hasSuffix(".resolved") })
        let second = try BinaryRunner.run(arguments, environment: environment)
        #expect(first.stdout == fresh.stdout)
        #expect(second.stdout == fresh.stdout)
        #expect(second.stderr == fresh.stderr)

        // Every cache file cut short: each is refused and written anew, and the answers stay.
        for name in files where !name.hasSuffix(".tmp") {
            let path = folder + "/baocao/" + name
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        }
        let damaged = try BinaryRunner.run(arguments, environment: environment)
        #expect(damaged.status == 0)
        #expect(damaged.stdout == fresh.stdout)
        #expect(try BinaryRunner.run(arguments, environment: environment).stdout == fresh.stdout)
    }
}
