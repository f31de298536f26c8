import Testing
import Foundation
import TestSupport

/// The saved scripts of Scripts/queries test themselves through `baocao check`.
@Suite("Saved query scripts")
struct SavedQueryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let scripts: [String] = {
        let folder = root.appendingPathComponent("Scripts/queries").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".bq") }.sorted().map { folder + "/" + $0 }
    }()

    @Test("every saved script meets its # => expectations", arguments: scripts)
    func check(_ script: String) throws {
        let result = try BinaryRunner.run(["check", script])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(", 0 not"))
        #expect(result.stderr.isEmpty)
    }

    @Test("there are saved scripts for tourism, the budget, site clearance, what was missed and the scorecard")
    func present() {
        let names = Set(Self.scripts.map { URL(fileURLWithPath: $0).lastPathComponent })
        #expect(names.isSuperset(of: ["tourism.bq", "budget.bq", "site-clearance.bq", "missed.bq", "scorecard.bq"]))
    }

    @Test("a mismatch is reported at its line, and the exit status is 1")
    func mismatch() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let script = folder + "/wrong.bq"
        try "1 + 1   # => 2\n\n2 ha in m2   # => 2 m²\neconomy.nonsense   # => 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check", script])
        #expect(result.status == 1)
        #expect(result.stdout == "checked 1 script(s): 1 expectation(s) met, 2 not\n")
        #expect(result.stderr.contains("\(script):3: expected 2 m², got 20.000 m²"))
        #expect(result.stderr.contains("\(script):4:1: error: unknown indicator 'economy.nonsense'"))
    }
}
