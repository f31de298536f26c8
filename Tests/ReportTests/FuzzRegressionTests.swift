import Testing
import Platform
import Foundation
import Report
import TestSupport

/// Report files kept from fuzzing (Tests/Fuzz/Regressions/report): each must read or be refused, never crash.
@Suite("Fuzz regressions: reports")
struct ReportFuzzRegressionTests {
    static let inputs: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fuzz/Regressions/report").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }()

    @Test(arguments: inputs)
    func replay(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let document = try? ReportReader.read(data: data, name: "fuzz") {
            _ = Reports.store(markdown: String(decoding: data, as: UTF8.self)).facts.count
            _ = document.paragraphs.count
        }
    }

    @Test func kept() { #expect(!Self.inputs.isEmpty) }
}
