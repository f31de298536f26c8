import Testing
import Foundation
import Query
import TestSupport

/// Inputs kept from fuzzing (Tests/Fuzz/Regressions/query): each must be answered or refused, never crash.
@Suite("Fuzz regressions: queries")
struct QueryFuzzRegressionTests {
    static let inputs: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fuzz/Regressions/query").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }()

    @Test(arguments: inputs)
    func replay(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let session = QuerySession(context: Reports.context())
        _ = try? session.run(String(decoding: data, as: UTF8.self))
    }

    @Test func kept() { #expect(!Self.inputs.isEmpty) }
}
