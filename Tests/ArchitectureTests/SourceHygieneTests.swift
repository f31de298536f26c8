import Testing
import Foundation
import TestSupport

/// Facts come from the text: no figure of the report may be typed into the
/// code that reads it or into a plugin spec (Sources/ and Plugins/; tests may assert them).
@Suite("No report figure in non-test code")
struct SourceHygieneTests {
    @Test func noReportFiguresInCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let report = try String(contentsOf: root.appendingPathComponent("Sources/Report/Resources/1113-BC-UBND-2023.md"), encoding: .utf8)
        // Figures with four or more significant digits, as the report writes them and in plain form.
        let pattern = try NSRegularExpression(pattern: #"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d{4,}"#)
        var figures: Set<String> = []
        for match in pattern.matches(in: report, range: NSRange(report.startIndex..., in: report)) {
            let text = String(report[Range(match.range, in: report)!])
            let plain = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            let digits = plain.replacingOccurrences(of: ".", with: "")
            if plain.range(of: #"^(19|20)\d\d$"#, options: .regularExpression) != nil || digits.count < 4
                || plain.range(of: #"^10*$"#, options: .regularExpression) != nil { continue }
            figures.insert(text)
            figures.insert(plain)
        }
        var offenders: [String] = []
        for folder in ["Sources", "Plugins"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let file = enumerator?.nextObject() as? String {
                guard file.hasSuffix(".swift") || file.hasSuffix(".toml") else { continue }
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)
                let numbers = try NSRegularExpression(pattern: #"(?<![\w.,])\d[\d.,]*\d(?!\w)"#)
                for match in numbers.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let number = String(text[Range(match.range, in: text)!])
                    if figures.contains(number) { offenders.append("\(folder)/\(file): \(number)") }
                }
            }
        }
        #expect(offenders.isEmpty, "report figures in code: \(offenders)")
    }
}
