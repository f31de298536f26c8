import Testing
import Foundation

/// baocao's code imports FoundationEssentials, never the whole of Foundation:
/// one use of NSString, FileHandle, Bundle or the like links Foundation and ICU
/// into the static binary (82 MB instead of 33, and a millisecond more at every
/// start). See docs/PERFORMANCE.md.
@Suite("No whole-Foundation import in shipped code")
struct FoundationImportTests {
    @Test func onlyFoundationEssentials() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var offenders: [String] = []
        for folder in ["Sources", "Plugins"] {
            let base = root.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(atPath: base.path)
            while let file = enumerator?.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import Foundation") || line.hasPrefix("import struct Foundation")
                    || line.hasPrefix("import class Foundation") {
                    if !line.hasPrefix("import FoundationEssentials") { offenders.append("\(folder)/\(file): \(line)") }
                }
            }
        }
        #expect(offenders.isEmpty, "whole-Foundation imports: \(offenders)")
    }
}
